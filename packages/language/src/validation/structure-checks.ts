import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Agreement, Claims, Credits, Measurement, ServiceTerms, SlaAstType, Tier } from '../generated/ast.js';
import { clauseKey } from '../model/effective-tiers.js';
import { tierOf } from '../model/owners.js';
import { annualCaps, periodCaps } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related-information.js';

/**
 * Blocks and clauses that may appear at most once, and the blocks a document needs.
 * The grammar collects singular clauses into lists so that a second one is reported here,
 * pointing at the first, instead of silently replacing it.
 */
export function structureChecks(): ValidationChecks<SlaAstType> {
    return {
        Agreement: [checkSingularBlocks, checkRequiredBlocks],
        Measurement: checkSingularMeasurementClauses,
        Tier: checkSingularTierClauses,
        Credits: checkSingleCap,
        ServiceTerms: checkSingularServiceClauses,
        Claims: checkSingularClaimClauses,
    };
}

function reportRepeats(nodes: readonly AstNode[], what: string, accept: ValidationAcceptor): void {
    for (const repeat of nodes.slice(1)) {
        accept('error', `${what} is given more than once; only one is allowed.`, {
            node: repeat,
            code: IssueCodes.DuplicateClause,
            relatedInformation: relatedTo(nodes[0], `The first ${what}`),
        });
    }
}

function checkSingularBlocks(agreement: Agreement, accept: ValidationAcceptor): void {
    reportRepeats(agreement.providers, 'The provider', accept);
    reportRepeats(agreement.customers, 'The customer', accept);
    reportRepeats(agreement.effectives, 'The effective date', accept);
    reportRepeats(agreement.terms, 'The term', accept);
    reportRepeats(agreement.currencies, 'The currency', accept);
    reportRepeats(agreement.scopes, 'The scope', accept);
    reportRepeats(agreement.standards, 'The commitment standard', accept);
    reportRepeats(agreement.measurements, 'The measurement block', accept);
    reportRepeats(agreement.capabilities, 'The capabilities block', accept);
    reportRepeats(agreement.severityBlocks, 'The severities block', accept);
    reportRepeats(agreement.exclusionBlocks, 'The exclusions block', accept);
    reportRepeats(agreement.claims, 'The claims block', accept);
    reportRepeats(agreement.timeZones, 'The time zone', accept);
    reportRepeats(agreement.languages, 'The language', accept);
    reportRepeats(agreement.definitionBlocks, 'The definitions block', accept);
    reportRepeats(agreement.dutyBlocks, 'The duties block', accept);
}

function checkRequiredBlocks(agreement: Agreement, accept: ValidationAcceptor): void {
    // A half-parsed document lacks blocks only because the parser stopped: the syntax error says enough.
    if (AstUtils.getDocument(agreement).parseResult.parserErrors.length > 0) return;
    const measurement = agreement.measurements[0];
    if (!measurement) {
        accept('error', 'The agreement has no measurement block, so no measurement period: add `measurement { period monthly }`.', {
            node: agreement,
            property: 'name',
            code: IssueCodes.MissingPeriod,
        });
    }
    if (agreement.providers.length === 0) {
        accept('error', 'The agreement names no provider: add `provider "…"`.', {
            node: agreement,
            property: 'name',
            code: IssueCodes.MissingBlock,
            data: { block: 'provider' },
        });
    }
    if (agreement.tiers.length === 0) {
        accept('error', 'The agreement defines no tier: add at least one `tier Name { … }`.', {
            node: agreement,
            property: 'name',
            code: IssueCodes.MissingBlock,
            data: { block: 'tier' },
        });
    }
    const pricedTier = agreement.tiers.find((tier) => tier.clauses.some((clause) => clause.$type === 'Price'));
    if (pricedTier && agreement.currencies.length === 0) {
        accept(
            'error',
            `Tier ${pricedTier.name} has a price but the agreement names no currency: add \`currency USD\` (an ISO 4217 code).`,
            {
                node: agreement,
                property: 'name',
                code: IssueCodes.MissingBlock,
                data: { block: 'currency' },
            },
        );
    }
}

function checkSingularMeasurementClauses(measurement: Measurement, accept: ValidationAcceptor): void {
    if (measurement.periods.length === 0) {
        accept('error', 'The measurement block has no period: add `period monthly`, `period quarterly` or `period yearly`.', {
            node: measurement,
            keyword: 'measurement',
            code: IssueCodes.MissingPeriod,
        });
    }
    reportRepeats(measurement.periods, 'The measurement period', accept);
    reportRepeats(measurement.probes, 'The probe clause', accept);
    reportRepeats(measurement.downtimes, 'The downtime definition', accept);
    reportRepeats(measurement.maintenance, 'The maintenance clause', accept);
    reportRepeats(measurement.partialMinutes, 'The partial-minutes rule', accept);
    reportRepeats(measurement.firstPeriods, 'The partial-first-period rule', accept);
    reportRepeats(measurement.minimumOutages, 'The minimum outage', accept);
    reportRepeats(measurement.errorRateIntervals, 'The error-rate interval', accept);
    reportRepeats(measurement.missingData, 'The missing-data rule', accept);
    reportRepeats(measurement.dataSources, 'The data source', accept);
    reportRepeats(measurement.measuredHours, 'The hours availability is measured in', accept);
}

function checkSingularTierClauses(tier: Tier, accept: ValidationAcceptor): void {
    const byKind = new Map<string, AstNode[]>();
    const add = (key: string, clause: AstNode) => {
        const list = byKind.get(key);
        if (list) list.push(clause);
        else byKind.set(key, [clause]);
    };
    for (const clause of tier.clauses) {
        // A half-parsed response names no severity, a half-parsed latency no percentile: nothing to compare them with.
        if (clause.$type === 'Response') {
            if (clause.severity?.$refText) add(`Response ${clause.severity.$refText}`, clause);
            continue;
        }
        if (clause.$type === 'ServiceTerms') {
            if (clause.service?.$refText) add(`Service ${clause.service.$refText}`, clause);
            continue;
        }
        const key = clauseKey(clause);
        if (key !== undefined) add(key, clause);
    }
    for (const [kind, clauses] of byKind) {
        reportRepeats(clauses, describeTierClause(kind, tier.name), accept);
    }
}

/** Each kind of clause once per service block, as in the tier itself. */
function checkSingularServiceClauses(block: ServiceTerms, accept: ValidationAcceptor): void {
    const byKind = new Map<string, AstNode[]>();
    for (const clause of block.clauses) {
        const key = clauseKey(clause);
        if (key === undefined) continue;
        const list = byKind.get(key);
        if (list) list.push(clause);
        else byKind.set(key, [clause]);
    }
    const where = `service ${block.service?.$refText || '?'} in tier ${tierOf(block)?.name ?? '(unnamed)'}`;
    for (const [kind, clauses] of byKind) reportRepeats(clauses, describeClauseKind(kind, where), accept);
}

function describeTierClause(kind: string, name: string | undefined): string {
    const tier = name ?? '(unnamed)'; // `tier {` without a name still parses, with a syntax error
    const [type, detail] = kind.split(' ');
    switch (type) {
        case 'Response':
            return `The response line for severity ${detail} in tier ${tier}`;
        case 'Service':
            return `The block for service ${detail} in tier ${tier}`;
        default:
            return describeClauseKind(kind, `tier ${tier}`);
    }
}

/** `The p95 latency commitment of tier Gold`, `The error rate of service API in tier Gold`. */
function describeClauseKind(kind: string, where: string): string {
    const [type, ...rest] = kind.split(' ');
    const detail = rest.join(' ');
    switch (type) {
        case 'latency':
            return `The ${detail} latency commitment of ${where}`;
        case 'termination': {
            const [metric, form] = [rest.slice(0, -1).join(' '), rest[rest.length - 1]];
            return `The termination right on ${metric} ${form === 'consecutive' ? 'in consecutive periods' : 'in any periods of a window'} of ${where}`;
        }
        case 'credits':
            return `The credits schedule of ${where}`;
        case 'errorRate':
            return `The error rate of ${where}`;
        case 'clock':
            return `The clock clause of ${where}`;
        case 'rpo':
        case 'rto':
            return `The ${type.toUpperCase()} of ${where}`;
        default:
            return `The ${type} of ${where}`;
    }
}

/** One cap per period and one per year: `cap 30% of monthly fee` beside `cap 120000 USD per year` is two terms. */
function checkSingleCap(credits: Credits, accept: ValidationAcceptor): void {
    reportRepeats(periodCaps(credits), 'The cap', accept);
    reportRepeats(annualCaps(credits), 'The annual cap', accept);
}

function checkSingularClaimClauses(claims: Claims, accept: ValidationAcceptor): void {
    reportRepeats(claims.windows, 'The claim window', accept);
    reportRepeats(claims.applications, 'The applied-to clause', accept);
    reportRepeats(claims.verifications, 'The verification clause', accept);
    reportRepeats(claims.contents, 'The claim contents', accept);
    reportRepeats(claims.minimums, 'The minimum credit', accept);
    for (const kind of ['transferable', 'payable', 'forfeited', 'sole']) {
        reportRepeats(
            claims.creditTerms.filter((term) => term.kind === kind),
            `The term on credits being ${kind === 'payable' ? 'payable in cash' : kind === 'forfeited' ? 'forfeited at termination' : kind === 'sole' ? 'the sole remedy' : kind}`,
            accept,
        );
    }
}
