/**
 * A small seeded PRNG (mulberry32): the same seed gives the same documents on every machine, so a
 * failure found by the fuzzer is reproduced by its seed and index alone.
 */
export interface Random {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [0, n). */
    int(n: number): number;
    /** An integer in [min, max]. */
    between(min: number, max: number): number;
    pick<T>(items: readonly T[]): T;
    chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
    let state = seed >>> 0;
    const next = (): number => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n: number) => Math.floor(next() * n);
    return {
        next,
        int,
        between: (min, max) => min + int(max - min + 1),
        pick: (items) => items[int(items.length)],
        chance: (probability) => next() < probability,
    };
}

/** A per-document seed derived from the run's seed and the document's index. */
export function documentSeed(runSeed: number, index: number): number {
    return (Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}
