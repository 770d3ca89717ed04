import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Agreement, Claims, Credits, Measurement, SlaAstType, Tier } from '../generated/ast.js';
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
}

function checkSingularTierClauses(tier: Tier, accept: ValidationAcceptor): void {
    const byKind = new Map<string, AstNode[]>();
    for (const clause of tier.clauses) {
        // A half-parsed response names no severity, a half-parsed latency no percentile: nothing to compare them with.
        if (clause.$type === 'Response' && !clause.severity?.$refText) continue;
        if (clause.$type === 'Latency' && clause.percentile === undefined) continue;
        const key =
            clause.$type === 'Response'
                ? `Response ${clause.severity?.$refText}`
                : clause.$type === 'Latency'
                  ? `Latency ${clause.percentile}`
                  : clause.$type;
        byKind.set(key, [...(byKind.get(key) ?? []), clause]);
    }
    for (const [kind, clauses] of byKind) {
        reportRepeats(clauses, describeTierClause(kind, tier.name), accept);
    }
}

function describeTierClause(kind: string, name: string | undefined): string {
    const [type, detail] = kind.split(' ');
    const tier = name ?? '(unnamed)'; // `tier {` without a name still parses, with a syntax error
    switch (type) {
        case 'Response':
            return `The response line for severity ${detail} in tier ${tier}`;
        case 'Latency':
            return `The ${detail} latency commitment of tier ${tier}`;
        case 'Credits':
            return `The credits schedule of tier ${tier}`;
        default:
            return `The ${type.toLowerCase()} of tier ${tier}`;
    }
}

function checkSingleCap(credits: Credits, accept: ValidationAcceptor): void {
    reportRepeats(credits.caps, 'The cap', accept);
}

function checkSingularClaimClauses(claims: Claims, accept: ValidationAcceptor): void {
    reportRepeats(claims.windows, 'The claim window', accept);
    reportRepeats(claims.applications, 'The applied-to clause', accept);
    reportRepeats(claims.verifications, 'The verification clause', accept);
}
