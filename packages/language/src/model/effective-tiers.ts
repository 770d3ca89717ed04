import type {
    Agreement,
    Availability,
    Credits,
    ErrorRate,
    Latency,
    Metric,
    MissedResponse,
    Price,
    Response,
    Rpo,
    Rto,
    ServiceClause,
    Support,
    SupportClock,
    Termination,
    Throughput,
    Tier,
    TierClause,
} from '../generated/ast.js';
import { resolveTiers, type ResolvedTier, type Sourced } from '../domain/inheritance.js';
import { memoized } from './memoized.js';

/**
 * The clauses a tier can inherit, each kind once. Latency commitments are keyed by percentile, so
 * a tier that redefines its p95 keeps an inherited p99; termination rights by metric. A clause
 * written in a `service <Name> { … }` block is keyed `service <Name> <kind>`, so that it is
 * inherited per service and per clause like any other.
 */
export interface TierClauses {
    price: Price;
    availability: Availability;
    errorRate: ErrorRate;
    rpo: Rpo;
    rto: Rto;
    throughput: Throughput;
    support: Support;
    clock: SupportClock;
    credits: Credits;
    [latency: `latency ${string}`]: Latency;
    [termination: `termination ${string}`]: Termination;
    [service: `service ${string}`]: ServiceClause;
}

/** A tier as it really is: its own clauses and the inherited ones, each with the tier it came from. */
export interface EffectiveTier extends ResolvedTier<TierClauses, Response> {
    node: Tier;
    /**
     * Set on the view of one service (`serviceView`): the clauses are then that service's, the
     * tier-wide ones with the service's own replacing them.
     */
    service?: string;
}

type Clauses = EffectiveTier['clauses'];

/** `availability`, `error-rate`, `latency p95`: the metric of a bracket or termination right, as a key. */
export function metricKey(metric: Metric | MissedResponse | undefined): string | undefined {
    if (!metric) return undefined;
    switch (metric.$type) {
        case 'AvailabilityMetric':
        case 'ErrorRateMetric':
            return metric.kind;
        case 'LatencyMetric':
            return metric.percentile === undefined ? undefined : `latency ${metric.percentile}`;
        case 'MissedResponse':
            return metric.severity?.$refText ? `response ${metric.severity.$refText}` : undefined;
    }
}

/**
 * The key under which a clause is inherited (and a repeat of it reported); undefined for response
 * lines (keyed by severity elsewhere), service blocks and half-written clauses.
 */
export function clauseKey(clause: TierClause | ServiceClause): keyof TierClauses | undefined {
    switch (clause.$type) {
        case 'Price':
            return 'price';
        case 'Availability':
            return 'availability';
        case 'ErrorRate':
            return 'errorRate';
        case 'Rpo':
            return 'rpo';
        case 'Rto':
            return 'rto';
        case 'Throughput':
            return 'throughput';
        case 'Support':
            return 'support';
        case 'SupportClock':
            return 'clock';
        case 'Credits':
            return 'credits';
        case 'Latency':
            return clause.percentile === undefined ? undefined : `latency ${clause.percentile}`;
        case 'Termination': {
            // Both forms may stand side by side: `in 3 consecutive months` and `in any 4 of 6 months`.
            const metric = metricKey(clause.metric);
            const form = clause.consecutive !== undefined ? 'consecutive' : 'any';
            return metric === undefined ? undefined : `termination ${metric} ${form}`;
        }
        case 'Response':
        case 'ServiceTerms':
            return undefined;
    }
}

/**
 * Every tier of the agreement with inheritance resolved, by name. Parents are found by the name
 * written after `extends`, so this works before linking and on documents with errors. The AST is
 * rebuilt on every change, so caching per agreement node is safe.
 */
export const effectiveTiers: (agreement: Agreement) => Map<string, EffectiveTier> = memoized(computeEffectiveTiers);

/**
 * The names of the tiers that are part of a product line built with `extends`: each tier that
 * extends another or is extended. Computed once per agreement, so that comparing every pair of
 * tiers stays quadratic at worst rather than cubic.
 */
export const tiersInExtendsChains: (agreement: Agreement) => ReadonlySet<string> = memoized((agreement) => {
    const names = new Set<string>();
    for (const [name, tier] of effectiveTiers(agreement)) {
        if (tier.inheritsFrom.length === 0) continue;
        names.add(name);
        for (const ancestor of tier.inheritsFrom) names.add(ancestor);
    }
    return names;
});

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
    const clauses: Record<string, TierClause | ServiceClause> = {};
    for (const clause of tier.clauses) {
        if (clause.$type === 'ServiceTerms') {
            const service = clause.service?.$refText;
            if (!service) continue;
            for (const inner of clause.clauses) {
                const key = clauseKey(inner);
                if (key !== undefined) clauses[`service ${service} ${key}`] ??= inner;
            }
            continue;
        }
        const key = clauseKey(clause);
        if (key !== undefined) clauses[key] ??= clause;
    }
    return clauses as Partial<TierClauses>;
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
export function latencyClauses(tier: EffectiveTier): Array<Sourced<Latency>> {
    return Object.entries(tier.clauses)
        .filter(([key]) => key.startsWith('latency '))
        .map(([, sourced]) => sourced as Sourced<Latency>);
}

/** The effective termination rights of a tier, one per metric, in the order first written. */
export function terminationClauses(tier: EffectiveTier): Array<Sourced<Termination>> {
    return Object.entries(tier.clauses)
        .filter(([key]) => key.startsWith('termination '))
        .map(([, sourced]) => sourced as Sourced<Termination>);
}

/** The names of the services the agreement declares, each once, in declaration order. */
export function serviceNames(agreement: Agreement): string[] {
    return [...new Set(agreement.services.map((service) => service.name).filter((name) => !!name))];
}

/**
 * The tier as it is for one service: the tier-wide clauses, each replaced by the service's own
 * clause of the same kind. Between the two, the nearer tier wins (a clause written in the tier
 * itself before one inherited), and within the same tier the service's clause: a tier that writes
 * `availability 99.95%` for every service overrides an inherited `service API { availability 99.9% }`.
 */
export function serviceView(tier: EffectiveTier, service: string): EffectiveTier {
    const rank = (from: string) => (from === tier.name ? 0 : tier.inheritsFrom.indexOf(from) + 1);
    const prefix = `service ${service} `;
    const clauses: Record<string, Sourced<unknown>> = {};
    for (const [key, sourced] of Object.entries(tier.clauses)) {
        if (!key.startsWith('service ')) clauses[key] = sourced as Sourced<unknown>;
    }
    for (const [key, sourced] of Object.entries(tier.clauses)) {
        if (!key.startsWith(prefix) || !sourced) continue;
        const kind = key.slice(prefix.length);
        const wide = clauses[kind];
        if (!wide || rank(sourced.from) <= rank(wide.from)) clauses[kind] = sourced as Sourced<unknown>;
    }
    return { ...tier, clauses: clauses as Clauses, service };
}

/** The tier-wide view, then one view per declared service (none when the agreement declares no services). */
export function tierViews(tier: EffectiveTier): EffectiveTier[] {
    return [tier, ...serviceNames(tier.node.$container).map((service) => serviceView(tier, service))];
}
