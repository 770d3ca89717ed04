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

/** The properties of `T` that hold a list of syntax nodes. */
type ListProperty<T> = { [K in keyof T]: T[K] extends readonly AstNode[] ? K : never }[keyof T] & string;

/** Reports the repeats in each listed property of `node`, in the order of `what`. */
function reportRepeatsIn<T extends AstNode>(node: T, what: Partial<Record<ListProperty<T>, string>>, accept: ValidationAcceptor): void {
    for (const [property, description] of Object.entries(what) as Array<[ListProperty<T>, string]>) {
        reportRepeats(node[property] as readonly AstNode[], description, accept);
    }
}

/** The nodes by key, in order of first appearance; nodes without a key are left out. */
function groupBy<N extends AstNode>(nodes: readonly N[], keyOf: (node: N) => string | undefined): Map<string, N[]> {
    const groups = new Map<string, N[]>();
    for (const node of nodes) {
        const key = keyOf(node);
        if (key === undefined) continue;
        const group = groups.get(key);
        if (group) group.push(node);
        else groups.set(key, [node]);
    }
    return groups;
}

/** The blocks an agreement holds at most once. */
const SINGULAR_BLOCKS: Partial<Record<ListProperty<Agreement>, string>> = {
    providers: 'The provider',
    customers: 'The customer',
    effectives: 'The effective date',
    terms: 'The term',
    currencies: 'The currency',
    scopes: 'The scope',
    standards: 'The commitment standard',
    measurements: 'The measurement block',
    capabilities: 'The capabilities block',
    severityBlocks: 'The severities block',
    exclusionBlocks: 'The exclusions block',
    claims: 'The claims block',
    timeZones: 'The time zone',
    languages: 'The language',
    definitionBlocks: 'The definitions block',
    dutyBlocks: 'The duties block',
};

/** The clauses a measurement block holds at most once. */
const SINGULAR_MEASUREMENT_CLAUSES: Partial<Record<ListProperty<Measurement>, string>> = {
    periods: 'The measurement period',
    probes: 'The probe clause',
    downtimes: 'The downtime definition',
    maintenance: 'The maintenance clause',
    partialMinutes: 'The partial-minutes rule',
    firstPeriods: 'The partial-first-period rule',
    minimumOutages: 'The minimum outage',
    errorRateIntervals: 'The error-rate interval',
    missingData: 'The missing-data rule',
    dataSources: 'The data source',
    measuredHours: 'The hours availability is measured in',
};

/** The clauses a claims block holds at most once. */
const SINGULAR_CLAIM_CLAUSES: Partial<Record<ListProperty<Claims>, string>> = {
    windows: 'The claim window',
    applications: 'The applied-to clause',
    verifications: 'The verification clause',
    contents: 'The claim contents',
    minimums: 'The minimum credit',
};

function checkSingularBlocks(agreement: Agreement, accept: ValidationAcceptor): void {
    reportRepeatsIn(agreement, SINGULAR_BLOCKS, accept);
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
    reportRepeatsIn(measurement, SINGULAR_MEASUREMENT_CLAUSES, accept);
}

function checkSingularTierClauses(tier: Tier, accept: ValidationAcceptor): void {
    const byKind = groupBy(tier.clauses, (clause) => {
        // A half-parsed response names no severity, a half-parsed latency no percentile: nothing to compare them with.
        if (clause.$type === 'Response') return clause.severity?.$refText ? `Response ${clause.severity.$refText}` : undefined;
        if (clause.$type === 'ServiceTerms') return clause.service?.$refText ? `Service ${clause.service.$refText}` : undefined;
        return clauseKey(clause);
    });
    for (const [kind, clauses] of byKind) {
        reportRepeats(clauses, describeTierClause(kind, tier.name), accept);
    }
}

/** Each kind of clause once per service block, as in the tier itself. */
function checkSingularServiceClauses(block: ServiceTerms, accept: ValidationAcceptor): void {
    const byKind = groupBy(block.clauses, clauseKey);
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
    reportRepeatsIn(claims, SINGULAR_CLAIM_CLAUSES, accept);
    for (const kind of ['transferable', 'payable', 'forfeited', 'sole']) {
        reportRepeats(
            claims.creditTerms.filter((term) => term.kind === kind),
            `The term on credits being ${kind === 'payable' ? 'payable in cash' : kind === 'forfeited' ? 'forfeited at termination' : kind === 'sole' ? 'the sole remedy' : kind}`,
            accept,
        );
    }
}
