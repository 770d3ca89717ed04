/**
 * Handlers of the server's own requests (see sla-protocol.ts), registered by both servers, the
 * Node one (server/main-node.ts) and the Web Worker one (server/main-browser.ts), after startLanguageServer.
 */
import { DocumentState, isOperationCancelled, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { SlaErrorCodes } from './error-codes.js';
import { InputError } from '../domain/input-error.js';
import { hasErrors } from '../workspace/build-documents.js';
import { formatMoney } from '../domain/money.js';
import type { Agreement } from '../generated/ast.js';
import { findOutputFormat, outputFormatNames } from '../generator/output-formats.js';
import { parseLanguages, type ContractLanguage } from '../generator/locale/languages.js';
import { effectiveTiers } from '../model/effective-tiers.js';
import { formatPercent } from '../domain/interval.js';
import {
    parseDurationInput,
    parseMeasurementInput,
    parsePercentInput,
    tierCredit,
    tierCreditJson,
    tierCreditLines,
    type TierCredit,
} from '../model/tier-credit.js';
import { metricCredit, metricCreditJson, metricCreditLines, type MetricCredit } from '../model/metric-credit.js';
import { creditMetrics } from '../model/credit-tier.js';
import { percentFormatter } from '../model/values.js';
import { computeReport, ReportInputError } from '../report/credit-report.js';
import { incidentsFromLogText } from '../report/incident-log-text.js';
import { reportMarkdown } from '../report/render/report-markdown.js';
import { reportTerms } from '../report/report-terms.js';
import {
    CalculateCreditRequestMethod,
    CreditReportRequestMethod,
    type CreditReportParams,
    type CreditReportResult,
    GenerateRequestMethod,
    TiersRequestMethod,
    type CalculateCreditParams,
    type CalculateCreditResult,
    type CreditMetric,
    type GenerateParams,
    type GenerateResult,
    type SlaDocumentParams,
    type SlaHasErrors,
    type TiersResult,
    encodeBase64,
} from './sla-protocol.js';

export function registerSlaRequests(connection: Connection, shared: LangiumSharedServices): void {
    connection.onRequest(GenerateRequestMethod, async (params: GenerateParams, token): Promise<GenerateResult> => {
        // Checked before anything else: an unknown format is the client's error, never quietly another format.
        const format = typeof params?.format === 'string' ? findOutputFormat(params.format) : undefined;
        if (!format) {
            const named =
                params?.format === undefined
                    ? 'The request names no output format'
                    : `Unknown output format ${JSON.stringify(params.format)}`;
            throw new ResponseError(SlaErrorCodes.UnknownOutputFormat, `${named}: the formats are ${outputFormatNames()}.`);
        }
        const document = await validatedDocument(shared, params, token);
        const errors = errorsOf(document);
        if (errors) return errors;
        const languages = format.languages ? requestedLanguages(params.languages) : undefined;
        const output = await format.generate(document.parseResult.value, { languages });
        return typeof output === 'string'
            ? { kind: 'content', format: format.name, encoding: 'utf8', content: output }
            : { kind: 'content', format: format.name, encoding: 'base64', content: encodeBase64(output) };
    });

    connection.onRequest(TiersRequestMethod, async (params: SlaDocumentParams, token): Promise<TiersResult> => {
        const document = await validatedDocument(shared, params, token);
        const errors = errorsOf(document);
        if (errors) return errors;
        const agreement = document.parseResult.value;
        const percent = percentFormatter(agreement);
        const currency = agreement.currencies[0]?.code ?? '';
        const tiers = [...effectiveTiers(agreement).values()].map((tier) => {
            const availability = tier.clauses.availability?.value.value;
            const price = tier.clauses.price?.value.amount;
            return {
                name: tier.name,
                ...(availability === undefined ? {} : { availability: percent(availability) }),
                ...(price === undefined ? {} : { price: formatMoney(price, currency) }),
                hasCredits: tier.clauses.credits !== undefined,
                creditMetrics: creditMetrics(tier) as CreditMetric[],
            };
        });
        return { kind: 'tiers', tiers };
    });

    connection.onRequest(CalculateCreditRequestMethod, async (params: CalculateCreditParams, token): Promise<CalculateCreditResult> => {
        if (
            typeof params?.tier !== 'string' ||
            typeof params.measurement !== 'string' ||
            (params.days !== undefined && typeof params.days !== 'number') ||
            (params.metric !== undefined && (typeof params.metric !== 'string' || !CREDIT_METRIC.test(params.metric)))
        ) {
            throw new ResponseError(
                SlaErrorCodes.InvalidParams,
                'The request needs a tier and a measurement as text, days, when given, as a number, and a metric, when given, as availability, error-rate or latency p95 (any percentile).',
            );
        }
        const document = await validatedDocument(shared, params, token);
        const errors = errorsOf(document);
        if (errors) return errors;
        try {
            if (params.metric !== undefined && params.metric !== 'availability') {
                // Error rate and latency: what `sla credits --error-rate` and `--latency` compute, from the same functions.
                if (params.days !== undefined) {
                    return { kind: 'invalid', message: `a number of days goes with a downtime, not with ${params.metric}` };
                }
                const percentile = params.metric.startsWith('latency ') ? params.metric.slice('latency '.length) : undefined;
                const query =
                    percentile === undefined
                        ? {
                              tier: params.tier,
                              metric: 'error-rate' as const,
                              value: parsePercentInput(params.measurement, 'error rate', '0.4%'),
                          }
                        : {
                              tier: params.tier,
                              metric: 'latency' as const,
                              percentile,
                              value: parseDurationInput(params.measurement, `latency ${percentile}`),
                          };
                const credit = metricCredit(document.parseResult.value, query, UriUtils.basename(document.uri));
                return {
                    kind: 'credit',
                    summary: metricCreditSummary(credit),
                    lines: metricCreditLines(credit),
                    json: metricCreditJson(credit),
                };
            }
            const query = {
                tier: params.tier,
                ...parseMeasurementInput(params.measurement),
                ...(params.days === undefined ? {} : { days: params.days }),
            };
            if (query.days !== undefined && query.downtime === undefined) {
                return { kind: 'invalid', message: 'a number of days goes with a downtime, not with an availability' };
            }
            const credit = tierCredit(document.parseResult.value, query, UriUtils.basename(document.uri));
            return { kind: 'credit', summary: creditSummary(credit), lines: tierCreditLines(credit), json: tierCreditJson(credit) };
        } catch (error) {
            // Wrong input (and downtime longer than the period) is the person's to correct, not a server failure.
            if (error instanceof InputError) return { kind: 'invalid', message: error.message };
            throw error;
        }
    });

    connection.onRequest(CreditReportRequestMethod, async (params: CreditReportParams, token): Promise<CreditReportResult> => {
        if (typeof params?.logText !== 'string' || typeof params.logName !== 'string') {
            throw new ResponseError(SlaErrorCodes.InvalidParams, 'The request needs the incident log as logName and logText.');
        }
        const document = await validatedDocument(shared, params, token);
        const errors = errorsOf(document);
        if (errors) return errors;
        try {
            const terms = reportTerms(document.parseResult.value);
            const incidents = incidentsFromLogText(params.logText, terms.services);
            const report = computeReport(terms, {
                incidents,
                samples: [],
                sources: [`incident log ${params.logName} (${incidents.length.toLocaleString('en-US')} incidents)`],
                assumptions: [],
            });
            const source = { fileName: UriUtils.basename(document.uri), sha256: await sha256Hex(document.textDocument.getText()) };
            return { kind: 'report', markdown: reportMarkdown(report, source), breach: report.breach };
        } catch (error) {
            if (error instanceof ReportInputError) return { kind: 'invalid', message: `${params.logName}: ${error.message}` };
            throw error;
        }
    });
}

/** The SHA-256 of the agreement's text as UTF-8, in hex: Web Crypto, present in Node and in browser workers. */
async function sha256Hex(text: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The document, validated, of the text the client holds. A request can overtake the rebuild that
 * the client's last change started (the change is queued on the workspace lock), so the state alone
 * does not say the AST is current: compare the parsed text with the open text as well.
 */
export async function validatedDocument(
    shared: LangiumSharedServices,
    params: SlaDocumentParams,
    token: CancellationToken,
): Promise<LangiumDocument<Agreement>> {
    // Any client can send anything: malformed parameters are the client's error, not a crash.
    if (typeof params?.textDocument?.uri !== 'string') {
        throw new ResponseError(SlaErrorCodes.InvalidParams, 'The request needs { textDocument: { uri } }, the document to work on.');
    }
    const uri = URI.parse(params.textDocument.uri);
    const builder = shared.workspace.DocumentBuilder;
    const deadline = Date.now() + 10_000;
    for (;;) {
        await shared.workspace.WorkspaceManager.ready;
        const open = shared.workspace.TextDocuments?.get(uri.toString());
        if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
            // A change cancels the wait with Langium's OperationCancelled, which is no Error: the
            // connection would answer "failed unexpectedly". Answer "cancelled", as Langium's handlers do.
            await builder.waitUntil(DocumentState.Validated, uri, token).catch((error: unknown) => {
                throw isOperationCancelled(error)
                    ? new ResponseError(SlaErrorCodes.RequestCancelled, 'The request has been cancelled')
                    : error;
            });
            const document = shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Agreement>;
            const current =
                document.state >= DocumentState.Validated &&
                (!open || open.getText() === document.parseResult.value.$cstNode?.root.fullText) &&
                (params.textDocument.version === undefined || !open || open.version >= params.textDocument.version);
            if (current) return document;
        } else if (!open) {
            throw new ResponseError(
                SlaErrorCodes.InvalidParams,
                `The language server has no document ${uri.toString()}: open it in the editor first`,
            );
        }
        // Opened or changed but not yet built: the update is queued behind the workspace lock.
        if (token.isCancellationRequested) throw new ResponseError(SlaErrorCodes.RequestCancelled, 'The request has been cancelled');
        if (Date.now() > deadline)
            throw new ResponseError(SlaErrorCodes.ContentModified, 'The document did not finish building in time; try again');
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

function errorsOf(document: LangiumDocument): SlaHasErrors | undefined {
    const diagnostics = document.diagnostics ?? [];
    if (!hasErrors(diagnostics)) return undefined;
    return {
        kind: 'errors',
        errors: diagnostics
            .filter((d) => d.severity === 1)
            .map((d) => ({
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                ...(d.code === undefined ? {} : { code: String(d.code) }),
                // LSP 3.18 allows Markdown messages; the client shows plain text.
                message: typeof d.message === 'string' ? d.message : d.message.value,
            })),
    };
}

/** `Enterprise: 25% service credit = USD 500.00 — 99.5833% is less than 99.9% but …`. */
function creditSummary(credit: TierCredit): string {
    const { result, tier } = credit;
    const measured = credit.measuredText;
    if (result.reason === 'met') return `${tier}: no service credit — ${measured} meets the ${formatPercent(credit.commitment)} commitment`;
    if (result.reason === 'gap') return `${tier}: no service credit — no bracket of the schedule covers ${measured} (see bracket-gap)`;
    const amount = result.amount === undefined ? '' : ` = ${formatMoney(result.amount, credit.currency)}`;
    const capped = result.capped ? ` (the bracket's ${formatPercent(result.bracketCredit)}, capped)` : '';
    const words = credit.bracketWords
        ? ` — ${measured} is ${credit.bracketWords.charAt(0).toLowerCase()}${credit.bracketWords.slice(1)}`
        : '';
    return `${tier}: ${formatPercent(result.credit)} service credit${amount}${capped}${words}`;
}

/** `availability`, `error-rate`, `latency p95`, `latency p99.9`: the metrics a credit request may name. */
const CREDIT_METRIC = /^(?:availability|error-rate|latency p\d+(?:\.\d+)?)$/;

/** `Standard: 5% service credit = USD 100.00 — error rate 1.5% is greater than 1%`. */
function metricCreditSummary(credit: MetricCredit): string {
    const { tier, format } = credit;
    const measured =
        credit.metric === 'latency'
            ? `latency ${credit.percentile} ${format(credit.measured)}`
            : `error rate ${formatPercent(credit.measured)}`;
    if (credit.outcome === 'met') {
        const target =
            credit.metric === 'latency' ? `the ${format(credit.target!)} target` : `the commitment of at most ${format(credit.target!)}`;
        return `${tier}: no service credit — ${measured} meets ${target}`;
    }
    if (credit.outcome === 'no-bracket') return `${tier}: no service credit — no bracket of the schedule covers ${measured}`;
    const amount = credit.amount === undefined ? '' : ` = ${formatMoney(credit.amount, credit.currency)}`;
    const capped = credit.capped ? ` (the bracket's ${formatPercent(credit.bracketCredit)}, capped)` : '';
    const words = credit.bracket ? ` — ${measured} is ${credit.bracket.words.charAt(0).toLowerCase()}${credit.bracket.words.slice(1)}` : '';
    return `${tier}: ${formatPercent(credit.credit)} service credit${amount}${capped}${words}`;
}

/**
 * The languages a generate request asks for (the editor's `sla.contract.language` setting): a
 * language code or two (`en,id`). Anything else is the client's error, never quietly English.
 */
function requestedLanguages(languages: unknown): ContractLanguage[] | undefined {
    if (languages === undefined || languages === null || languages === '') return undefined;
    const parsed = typeof languages === 'string' ? parseLanguages(languages) : { reason: 'not a string' };
    if ('reason' in parsed)
        throw new ResponseError(ErrorCodes.InvalidParams, `Contract language ${JSON.stringify(languages)}: ${parsed.reason}.`);
    return parsed.languages;
}
