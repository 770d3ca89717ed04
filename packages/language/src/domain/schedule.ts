/**
 * What is wrong with one credit schedule on one metric (§2.6, §5): gaps below the commitment,
 * brackets that pay for a met commitment, worse service earning less credit, and caps outside
 * common practice — plus the bounds that would repair a gap or an overlap. Plain intervals and
 * numbers only, so the checks, the quick fixes, hovers and generators share one arithmetic.
 * Every function sorts at most once and then sweeps: a schedule of n brackets costs O(n log n).
 */
import { rational, rationalFromNumber, rationalToNumber, subtractRational } from './exact.js';
import { compareByMin, intersect, isEmpty, uncovered, type Bound, type Interval } from './interval.js';

/** The direction in which a metric gets worse: availability downwards, latency upwards. */
export type Worse = 'lower' | 'higher';

export interface ScheduleBracket {
    /** Percent of the monthly fee. */
    credit: number;
    interval: Interval;
}

/** Every value of `a` is less than every value of `b` (they may meet, but share nothing). */
export function entirelyBelow(a: Interval, b: Interval): boolean {
    return a.max < b.min || (a.max === b.min && !(a.maxInclusive && b.minInclusive));
}

/** The interval mirrored around 0, so that "higher is worse" can reuse "lower is worse". */
function mirror(i: Interval): Interval {
    return { min: -i.max, minInclusive: i.maxInclusive, max: -i.min, maxInclusive: i.minInclusive };
}

/**
 * The upper bound that ends an interval at `value`: `below` when `value` itself is left out,
 * `at most` when it is included.
 */
export function upperBoundAt(value: number, inclusive: boolean): Bound {
    return { op: inclusive ? 'most' : 'below', value };
}

/** The lower bound that starts an interval at `value`: `at least` or `above`. */
export function lowerBoundAt(value: number, inclusive: boolean): Bound {
    return { op: inclusive ? 'least' : 'above', value };
}

/**
 * Availability below the commitment that earns no credit although lower availability does
 * (`bracket-gap`), ascending. A single excluded value (`below 99%` and `above 99%`) is a gap. The
 * range from 0% up to the lowest bracket is not a gap: nothing below it earns credit either.
 */
export function creditGaps(intervals: readonly Interval[], commitment: number): Interval[] {
    const belowCommitment: Interval = { min: 0, minInclusive: true, max: commitment, maxInclusive: false };
    return uncovered([...intervals], belowCommitment).filter((gap) => !(gap.min === 0 && gap.minInclusive));
}

/**
 * `creditGaps` for a metric that gets worse upwards, such as error rate (0%–100%): values above
 * the commitment that earn no credit although higher values do. Mirrored around 50%, so the
 * range from the highest bracket up to 100% is not a gap, as 0% is not for availability.
 */
export function creditGapsAbove(intervals: readonly Interval[], commitment: number): Interval[] {
    // A commitment outside 0%–100% (reported as a wrong value elsewhere) has no gaps to speak of.
    if (!(commitment >= 0 && commitment <= 100)) return [];
    // Exactly, as decimals: 100 − 99.9 must give back 0.1, not 0.09999999999999432.
    const minus = (x: number) => rationalToNumber(subtractRational(rational(100n), rationalFromNumber(x)));
    const flip = (i: Interval): Interval => ({
        min: minus(i.max),
        minInclusive: i.maxInclusive,
        max: minus(i.min),
        maxInclusive: i.minInclusive,
    });
    // A bracket open downwards (`error-rate below 5%`) reaches −∞: clamped to the metric's 0%–100% first.
    const clamp = (i: Interval): Interval => ({ ...i, min: Math.min(Math.max(i.min, 0), 100), max: Math.max(Math.min(i.max, 100), 0) });
    return creditGaps(intervals.map(clamp).map(flip), 100 - commitment)
        .map(flip)
        .reverse();
}

/**
 * The part of a bracket where the commitment is met (`bracket-above-target`): availability at or
 * above the commitment, or latency at or below the target. Undefined when there is none.
 */
export function partMeetingCommitment(interval: Interval, commitment: number, worse: Worse): Interval | undefined {
    const met: Interval =
        worse === 'lower'
            ? { min: commitment, minInclusive: true, max: Infinity, maxInclusive: false }
            : { min: -Infinity, minInclusive: false, max: commitment, maxInclusive: true };
    return intersect(interval, met);
}

/**
 * The bound that limits a bracket to values that miss the commitment (`below 99.9%` for
 * availability, `above 300 ms` for latency), or undefined when nothing of the bracket would be
 * left, in which case the bracket has to go.
 */
export function clampToCommitment(interval: Interval, commitment: number, worse: Worse): Bound | undefined {
    const bound: Bound = worse === 'lower' ? upperBoundAt(commitment, false) : lowerBoundAt(commitment, false);
    const missed: Interval =
        worse === 'lower'
            ? { min: -Infinity, minInclusive: false, max: commitment, maxInclusive: false }
            : { min: commitment, minInclusive: false, max: Infinity, maxInclusive: false };
    return intersect(interval, missed) ? bound : undefined;
}

export interface NotMonotonic {
    /** Index of the bracket for the worse values, which pays less. */
    worse: number;
    /** Index of a bracket for better values that pays more (the one paying most). */
    better: number;
}

/**
 * Brackets for worse service that earn less credit than a bracket for better service
 * (`credit-not-monotonic`), one finding per worse bracket, by index. Empty brackets are skipped
 * and overlapping ones are not compared (both are reported on their own).
 */
export function notMonotonic(brackets: readonly ScheduleBracket[], worse: Worse): NotMonotonic[] {
    const intervals = brackets.map((b) => (worse === 'lower' ? b.interval : mirror(b.interval)));
    const order = intervals.map((_, index) => index).filter((index) => !isEmpty(intervals[index]));
    order.sort((x, y) => compareByMin(intervals[x], intervals[y]) || x - y);
    // best[k]: the index of the highest credit among order[k…], the brackets starting highest.
    const best = new Array<number>(order.length);
    for (let k = order.length - 1; k >= 0; k--) {
        const next = best[k + 1];
        best[k] = next !== undefined && brackets[next].credit >= brackets[order[k]].credit ? next : order[k];
    }
    const found: NotMonotonic[] = [];
    for (const index of order) {
        // The first bracket in `order` lying entirely above this one; all after it do too.
        let low = 0;
        let high = order.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (entirelyBelow(intervals[index], intervals[order[middle]])) high = middle;
            else low = middle + 1;
        }
        const better = best[low];
        if (better !== undefined && brackets[better].credit > brackets[index].credit) {
            found.push({ worse: index, better });
        }
    }
    return found.sort((a, b) => a.worse - b.worse);
}

export interface CapRange {
    min: number;
    max: number;
}

/** Caps of 25%–50% of the monthly fee are common practice (§5 `cap-range`). */
export const COMMON_CAP_RANGE: CapRange = { min: 25, max: 50 };

/**
 * `within` the common range, merely `unusual` outside it (a hint), or `impossible`: below 0% or
 * above 100% of the fee, so that credits could exceed what the customer pays (an error).
 */
export function capVerdict(cap: number, range: CapRange = COMMON_CAP_RANGE): 'within' | 'unusual' | 'impossible' {
    if (cap < 0 || cap > 100) return 'impossible';
    return cap < range.min || cap > range.max ? 'unusual' : 'within';
}

/** A bound to rewrite so that two brackets meet instead of overlapping. */
export interface BoundChange {
    /** Which of the two brackets changes. */
    bracket: 'a' | 'b';
    /** The side of its interval that moves. */
    side: 'min' | 'max';
    bound: Bound;
}

/**
 * The ways to make two overlapping intervals meet by moving one boundary: the one starting lower
 * ends where the other starts, or the one starting higher starts where the other ends. Only moves
 * that leave both non-empty are offered.
 */
export function overlapRepairs(a: Interval, b: Interval): BoundChange[] {
    const aFirst = compareByMin(a, b) <= 0;
    const [lower, upper] = aFirst ? [a, b] : [b, a];
    const [lowerName, upperName]: Array<'a' | 'b'> = aFirst ? ['a', 'b'] : ['b', 'a'];
    const repairs: BoundChange[] = [];
    const endLower = upperBoundAt(upper.min, !upper.minInclusive);
    if (!isEmpty({ ...lower, max: endLower.value, maxInclusive: endLower.op === 'most' })) {
        repairs.push({ bracket: lowerName, side: 'max', bound: endLower });
    }
    const startUpper = lowerBoundAt(lower.max, !lower.maxInclusive);
    if (!isEmpty({ ...upper, min: startUpper.value, minInclusive: startUpper.op === 'least' })) {
        repairs.push({ bracket: upperName, side: 'min', bound: startUpper });
    }
    return repairs;
}

/** The brackets next to a gap: the one ending where it begins and the one starting where it ends. */
export interface GapNeighbours {
    below?: number;
    above?: number;
}

function endKey(value: number, inclusive: boolean): string {
    return `${value}|${inclusive}`;
}

/**
 * For each gap, the bracket just below it (extend it upwards to close the gap) and the bracket
 * just above it (extend it downwards), by index. Linear: ends are looked up in maps.
 */
export function gapNeighbours(intervals: readonly Interval[], gaps: readonly Interval[]): GapNeighbours[] {
    if (gaps.length === 0) return [];
    const endingAt = new Map<string, number>();
    const startingAt = new Map<string, number>();
    intervals.forEach((i, index) => {
        if (isEmpty(i)) return;
        if (!endingAt.has(endKey(i.max, i.maxInclusive))) endingAt.set(endKey(i.max, i.maxInclusive), index);
        if (!startingAt.has(endKey(i.min, i.minInclusive))) startingAt.set(endKey(i.min, i.minInclusive), index);
    });
    return gaps.map((gap) => ({
        below: endingAt.get(endKey(gap.min, !gap.minInclusive)),
        above: startingAt.get(endKey(gap.max, !gap.maxInclusive)),
    }));
}
