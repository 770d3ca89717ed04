import type { Agreement, Availability, Credits, Latency, Price, Response, Support, Tier } from '../generated/ast.js';
import { resolveTiers, type ResolvedTier } from '../domain/inheritance.js';

/**
 * The clauses a tier can inherit, each kind once. Latency commitments are keyed by percentile, so
 * a tier that redefines its p95 keeps an inherited p99.
 */
export interface TierClauses {
    price: Price;
    availability: Availability;
    support: Support;
    credits: Credits;
    [latency: `latency ${string}`]: Latency;
}

/** A tier as it really is: its own clauses and the inherited ones, each with the tier it came from. */
export interface EffectiveTier extends ResolvedTier<TierClauses, Response> {
    node: Tier;
}

const cache = new WeakMap<Agreement, Map<string, EffectiveTier>>();

/**
 * Every tier of the agreement with inheritance resolved, by name. Parents are found by the name
 * written after `extends`, so this works before linking and on documents with errors. The AST is
 * rebuilt on every change, so caching per agreement node is safe.
 */
export function effectiveTiers(agreement: Agreement): Map<string, EffectiveTier> {
    let tiers = cache.get(agreement);
    if (!tiers) {
        tiers = computeEffectiveTiers(agreement);
        cache.set(agreement, tiers);
    }
    return tiers;
}

export function effectiveTier(tier: Tier): EffectiveTier | undefined {
    return effectiveTiers(tier.$container).get(tier.name);
}

function computeEffectiveTiers(agreement: Agreement): Map<string, EffectiveTier> {
    const sources = agreement.tiers.map((tier) => ({
        name: tier.name,
        parent: tier.parent?.$refText,
        clauses: ownClauses(tier),
        responses: ownResponses(tier),
    }));
    const nodes = new Map<string, Tier>();
    for (const tier of agreement.tiers) if (!nodes.has(tier.name)) nodes.set(tier.name, tier);
    const result = new Map<string, EffectiveTier>();
    for (const [name, resolved] of resolveTiers<TierClauses, Response>(sources)) {
        result.set(name, { ...resolved, node: nodes.get(name)! });
    }
    return result;
}

/** The first clause of each kind wins; repeats are reported as `duplicate-clause`. */
function ownClauses(tier: Tier): Partial<TierClauses> {
    const clauses: Partial<TierClauses> = {};
    for (const clause of tier.clauses) {
        switch (clause.$type) {
            case 'Price':
                clauses.price ??= clause;
                break;
            case 'Availability':
                clauses.availability ??= clause;
                break;
            case 'Support':
                clauses.support ??= clause;
                break;
            case 'Credits':
                clauses.credits ??= clause;
                break;
            case 'Latency':
                clauses[`latency ${clause.percentile}`] ??= clause;
                break;
            case 'Response':
                break;
        }
    }
    return clauses;
}

function ownResponses(tier: Tier): Record<string, Response> {
    const responses: Record<string, Response> = {};
    for (const clause of tier.clauses) {
        if (clause.$type === 'Response' && clause.severity?.$refText) {
            responses[clause.severity.$refText] ??= clause;
        }
    }
    return responses;
}

/** The effective latency commitments of a tier, in the order their percentiles were first written. */
export function latencyClauses(tier: EffectiveTier): Array<{ value: Latency; from: string }> {
    return Object.entries(tier.clauses)
        .filter(([key]) => key.startsWith('latency '))
        .map(([, sourced]) => sourced as { value: Latency; from: string });
}
