/**
 * Whether a commitment is one operations can keep (§5 realism checks): how many nines, how it
 * compares with what was observed in production, and how much headroom a latency target leaves.
 * Comparisons are exact (rationals), so a target of exactly 1.5 × the observed figure has enough
 * headroom: 270 ms against 180 ms observed is not "under 1.5 × 180 ms".
 */
import { compareRational, multiplyRational, rationalFromNumber, rationalToNumber } from './exact.js';

/** Availability at or above this is hardly achievable (≈ 26 s of downtime in a 30-day month). */
export const UNREALISTIC_NINES = 99.999;
/** Availability at or above this needs redundancy and people on call around the clock. */
export const FOUR_NINES = 99.99;
/** A latency target should be at least this many times the observed percentile. */
export const HEADROOM_FACTOR = 1.5;

/** The figures published SLAs commonly commit to, best first. */
export const COMMON_AVAILABILITY_FIGURES: readonly number[] = [99.99, 99.95, 99.9, 99.5, 99];

/** The nearest common figures below the threshold, best first: what to offer instead of 99.999%. */
export function realisticAlternatives(threshold: number, count = 2): number[] {
    return COMMON_AVAILABILITY_FIGURES.filter((figure) => figure < threshold).slice(0, count);
}

/** The capabilities a four-nines commitment needs (§5 `four-nines-unsupported`), in the spec's order. */
export const FOUR_NINES_CAPABILITIES = ['multi-region', 'automatic-failover', 'on-call 24x7'] as const;
export type FourNinesCapability = (typeof FOUR_NINES_CAPABILITIES)[number];

/** Which of the capabilities behind four nines are not declared. */
export function missingForFourNines(declared: ReadonlySet<string>): FourNinesCapability[] {
    return FOUR_NINES_CAPABILITIES.filter((capability) => !declared.has(capability));
}

/** The slowest target with enough headroom: `factor` × observed, exactly (1.5 × 0.2 s is 0.3 s). */
export function headroomTarget(observed: number, factor = HEADROOM_FACTOR): number {
    return rationalToNumber(multiplyRational(rationalFromNumber(observed), rationalFromNumber(factor)));
}

export type LatencyVerdict = 'stricter-than-observed' | 'little-headroom' | 'ok';

/**
 * A latency target against the observed percentile (both in seconds): faster than observed is
 * a promise already broken (`above-observed`); below `factor` × observed leaves too little
 * headroom (`little-headroom`). The first one wins: a broken promise is not also reported as tight.
 */
export function latencyVerdict(target: number, observed: number, factor = HEADROOM_FACTOR): LatencyVerdict {
    const exactTarget = rationalFromNumber(target);
    const exactObserved = rationalFromNumber(observed);
    if (compareRational(exactTarget, exactObserved) < 0) return 'stricter-than-observed';
    const needed = multiplyRational(exactObserved, rationalFromNumber(factor));
    return compareRational(exactTarget, needed) < 0 ? 'little-headroom' : 'ok';
}

/** A committed availability above the observed one (`above-observed`). */
export function availabilityAboveObserved(commitment: number, observed: number): boolean {
    return compareRational(rationalFromNumber(commitment), rationalFromNumber(observed)) > 0;
}
