/**
 * Tier inheritance (§2.5) on plain data. A tier's clauses are a partial record keyed by clause
 * kind, so "a clause replaces the inherited one of the same kind" is a key overwrite, and a
 * `credits` schedule — one clause — is replaced whole. Responses are keyed by severity, so a
 * `response` line replaces that severity's line only.
 *
 * Cycles are errors (`inheritance-cycle`) but the editor must keep working, so resolution never
 * follows a cycle: a tier on a cycle resolves to its own clauses only, and a tier below a cycle
 * inherits from the ancestors before the first tier on the cycle, not from the cycle itself.
 * Unknown parents are treated as no parent (`unresolved-reference` reports them). With duplicate
 * names (`duplicate-name`), the first declaration is the one others inherit from.
 */

export interface TierSource<C, R = unknown> {
    name: string;
    parent?: string;
    clauses: Partial<C>;
    responses: Record<string, R>;
}

/** A value together with the tier that wrote it. */
export interface Sourced<T> {
    value: T;
    from: string;
}

export interface ResolvedTier<C, R = unknown> {
    name: string;
    /** The ancestors actually inherited from, nearest first (cut at a cycle). */
    inheritsFrom: string[];
    /** True when the tier is itself on an inheritance cycle. */
    inCycle: boolean;
    clauses: { [K in keyof C]?: Sourced<C[K]> };
    responses: Record<string, Sourced<R>>;
}

type ParentOf = (name: string) => string | undefined;

function parentLookup(tiers: ReadonlyArray<{ name: string; parent?: string }>): ParentOf {
    const byName = new Map<string, { name: string; parent?: string }>();
    for (const tier of tiers) if (!byName.has(tier.name)) byName.set(tier.name, tier);
    return (name) => {
        const parent = byName.get(name)?.parent;
        return parent !== undefined && byName.has(parent) ? parent : undefined;
    };
}

/** The chain of known parents, nearest first, each once and never `name` itself. */
export function ancestors(name: string, tiers: ReadonlyArray<{ name: string; parent?: string }>): string[] {
    return ancestorChain(name, parentLookup(tiers));
}

/** `ancestors` for many names of the same tiers: the lookup is built once, not once per name. */
export function ancestorsIn(tiers: ReadonlyArray<{ name: string; parent?: string }>): (name: string) => string[] {
    const parentOf = parentLookup(tiers);
    return (name) => ancestorChain(name, parentOf);
}

// `ancestors` builds the name lookup on every call; callers that walk every tier build it once
// and use this instead, or resolving n tiers costs n² (the benchmark's 3,000-tier documents showed it).
function ancestorChain(name: string, parentOf: ParentOf): string[] {
    const seen = new Set([name]);
    const chain: string[] = [];
    for (let p = parentOf(name); p !== undefined && !seen.has(p); p = parentOf(p)) {
        seen.add(p);
        chain.push(p);
    }
    return chain;
}

/**
 * Each cycle once, in `extends` order, starting with its member declared first:
 * `A extends B`, `B extends A` → [['A', 'B']]; `A extends A` → [['A']].
 */
export function findInheritanceCycles(tiers: ReadonlyArray<{ name: string; parent?: string }>): string[][] {
    const parentOf = parentLookup(tiers);
    const order = new Map<string, number>();
    tiers.forEach((tier, index) => {
        if (!order.has(tier.name)) order.set(tier.name, index);
    });
    const done = new Set<string>();
    const cycles: string[][] = [];
    for (const { name } of tiers) {
        // Every tier has at most one parent, so a walk is a path; it meets a cycle at most once.
        const path: string[] = [];
        const onPath = new Map<string, number>();
        let current: string | undefined = name;
        while (current !== undefined && !done.has(current) && !onPath.has(current)) {
            onPath.set(current, path.length);
            path.push(current);
            current = parentOf(current);
        }
        if (current !== undefined && onPath.has(current)) {
            const cycle = path.slice(onPath.get(current));
            const first = cycle.reduce((best, n, i) => ((order.get(n) ?? 0) < (order.get(cycle[best]) ?? 0) ? i : best), 0);
            cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
        }
        path.forEach((n) => done.add(n));
    }
    return cycles;
}

export function resolveTiers<C, R = unknown>(tiers: ReadonlyArray<TierSource<C, R>>): Map<string, ResolvedTier<C, R>> {
    const byName = new Map<string, TierSource<C, R>>();
    for (const tier of tiers) if (!byName.has(tier.name)) byName.set(tier.name, tier);
    const onCycle = new Set(findInheritanceCycles(tiers).flat());
    const parentOf = parentLookup(tiers);
    const resolved = new Map<string, ResolvedTier<C, R>>();
    for (const tier of byName.values()) {
        const inCycle = onCycle.has(tier.name);
        const inheritsFrom: string[] = [];
        if (!inCycle) {
            for (const name of ancestorChain(tier.name, parentOf)) {
                if (onCycle.has(name)) break;
                inheritsFrom.push(name);
            }
        }
        const clauses: { [K in keyof C]?: Sourced<C[K]> } = {};
        const responses: Record<string, Sourced<R>> = {};
        // Farthest ancestor first, so that nearer tiers overwrite what they redefine.
        for (const name of [...inheritsFrom].reverse().concat(tier.name)) {
            const source = byName.get(name) as TierSource<C, R>;
            for (const key of Object.keys(source.clauses) as Array<keyof C>) {
                const value = source.clauses[key];
                if (value !== undefined) clauses[key] = { value: value as C[typeof key], from: name };
            }
            for (const [severity, value] of Object.entries(source.responses)) {
                responses[severity] = { value, from: name };
            }
        }
        resolved.set(tier.name, { name: tier.name, inheritsFrom, inCycle, clauses, responses });
    }
    return resolved;
}
