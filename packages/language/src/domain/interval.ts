/**
 * Interval algebra for credit brackets (§2.6). Bounds are the literal numbers of the document and
 * are only ever compared, never computed with, so comparisons are exact; measured values, which
 * are computed, are checked as rationals (`containsRational`).
 */
import { compareRational, decimalString, rationalFromNumber, type Rational } from './exact.js';

/** below X: v < X; above X: v > X; least X: v ≥ X; most X: v ≤ X. */
export type BoundOp = 'below' | 'above' | 'least' | 'most';

/** The operator as the language writes it: `below 99.9%`, `at least 1 s`. */
export const BOUND_OPERATOR_WORDS: Readonly<Record<BoundOp, string>> = {
    below: 'below',
    above: 'above',
    least: 'at least',
    most: 'at most',
};

export interface Bound {
    op: BoundOp;
    value: number;
}

export interface Interval {
    min: number;
    minInclusive: boolean;
    max: number;
    maxInclusive: boolean;
}

export const AVAILABILITY_DOMAIN: Interval = { min: 0, minInclusive: true, max: 100, maxInclusive: true };
export const LATENCY_DOMAIN: Interval = { min: 0, minInclusive: true, max: Infinity, maxInclusive: false };

/** A bound as an interval on the whole number line, so that bounds combine by intersection. */
function boundInterval({ op, value }: Bound): Interval {
    switch (op) {
        case 'below':
            return { min: -Infinity, minInclusive: false, max: value, maxInclusive: false };
        case 'most':
            return { min: -Infinity, minInclusive: false, max: value, maxInclusive: true };
        case 'above':
            return { min: value, minInclusive: false, max: Infinity, maxInclusive: false };
        case 'least':
            return { min: value, minInclusive: true, max: Infinity, maxInclusive: false };
    }
}

/** The bracket's interval: its bounds intersected with the metric's domain; may be empty. */
export function intervalFromBounds(bounds: Bound[], domain: Interval): Interval {
    return bounds.map(boundInterval).reduce(intersectRaw, domain);
}

export function isEmpty(i: Interval): boolean {
    return i.min > i.max || (i.min === i.max && !(i.minInclusive && i.maxInclusive));
}

/**
 * Orders lower ends: a smaller value first; at the same value an inclusive end (the interval
 * starts *at* the value) before an exclusive one (it starts just after).
 */
function compareLower(aValue: number, aInclusive: boolean, bValue: number, bInclusive: boolean): number {
    if (aValue !== bValue) return aValue < bValue ? -1 : 1;
    return aInclusive === bInclusive ? 0 : aInclusive ? -1 : 1;
}

/** Orders upper ends: a smaller value first; at the same value exclusive before inclusive. */
function compareUpper(aValue: number, aInclusive: boolean, bValue: number, bInclusive: boolean): number {
    if (aValue !== bValue) return aValue < bValue ? -1 : 1;
    return aInclusive === bInclusive ? 0 : aInclusive ? 1 : -1;
}

/** Sort comparator by lower end, then upper end. */
export function compareByMin(a: Interval, b: Interval): number {
    return compareLower(a.min, a.minInclusive, b.min, b.minInclusive) || compareUpper(a.max, a.maxInclusive, b.max, b.maxInclusive);
}

/** Sort comparator by upper end, then lower end. */
export function compareByMax(a: Interval, b: Interval): number {
    return compareUpper(a.max, a.maxInclusive, b.max, b.maxInclusive) || compareLower(a.min, a.minInclusive, b.min, b.minInclusive);
}

function intersectRaw(a: Interval, b: Interval): Interval {
    const lower = compareLower(a.min, a.minInclusive, b.min, b.minInclusive) >= 0 ? a : b;
    const upper = compareUpper(a.max, a.maxInclusive, b.max, b.maxInclusive) <= 0 ? a : b;
    return { min: lower.min, minInclusive: lower.minInclusive, max: upper.max, maxInclusive: upper.maxInclusive };
}

/** The values in both, or `undefined` when they share none. */
export function intersect(a: Interval, b: Interval): Interval | undefined {
    const shared = intersectRaw(a, b);
    return isEmpty(shared) ? undefined : shared;
}

export function contains(i: Interval, value: number): boolean {
    return (i.minInclusive ? value >= i.min : value > i.min) && (i.maxInclusive ? value <= i.max : value < i.max);
}

function compareToBound(r: Rational, bound: number): number {
    if (bound === Infinity) return -1;
    if (bound === -Infinity) return 1;
    return compareRational(r, rationalFromNumber(bound));
}

/** Exact membership for a computed value: 2589408/25920 is exactly 99.9, so not "below 99.9". */
export function containsRational(i: Interval, r: Rational): boolean {
    const low = compareToBound(r, i.min);
    const high = compareToBound(r, i.max);
    return (i.minInclusive ? low >= 0 : low > 0) && (i.maxInclusive ? high <= 0 : high < 0);
}

/**
 * The parts of `range` that no interval covers, ascending. One sort, then a sweep that tracks
 * where the next uncovered value would begin; a single excluded value is a gap of its own.
 */
export function uncovered(intervals: Interval[], range: Interval): Interval[] {
    if (isEmpty(range)) return [];
    const clipped = intervals.map((i) => intersect(i, range)).filter((i): i is Interval => i !== undefined);
    clipped.sort(compareByMin);
    const gaps: Interval[] = [];
    let start = range.min;
    let startInclusive = range.minInclusive;
    for (const i of clipped) {
        if (compareLower(i.min, i.minInclusive, start, startInclusive) > 0) {
            gaps.push({ min: start, minInclusive: startInclusive, max: i.min, maxInclusive: !i.minInclusive });
        }
        // The first value after this interval, as a lower end.
        if (compareLower(i.max, !i.maxInclusive, start, startInclusive) > 0) {
            start = i.max;
            startInclusive = !i.maxInclusive;
        }
    }
    const tail = { min: start, minInclusive: startInclusive, max: range.max, maxInclusive: range.maxInclusive };
    if (!isEmpty(tail)) gaps.push(tail);
    return gaps;
}

export interface Overlap {
    a: number;
    b: number;
    shared: Interval;
}

/**
 * Every pair of intervals (by index, `a < b`) that shares a value. Sorted by lower end, each
 * interval is compared only with the earlier ones still open at its start, so a schedule without
 * overlaps costs one sort and a linear sweep.
 */
export function overlaps(intervals: Interval[]): Overlap[] {
    const order = intervals.map((_, index) => index).filter((index) => !isEmpty(intervals[index]));
    order.sort((x, y) => compareByMin(intervals[x], intervals[y]) || x - y);
    const found: Overlap[] = [];
    let open: number[] = [];
    for (const index of order) {
        const current = intervals[index];
        open = open.filter((other) => intersect(intervals[other], current) !== undefined);
        for (const other of open) {
            const shared = intersect(intervals[other], current) as Interval;
            found.push({ a: Math.min(other, index), b: Math.max(other, index), shared });
        }
        open.push(index);
    }
    return found.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** `99.95%`: the shortest decimal, never an exponent. */
export function formatPercent(v: number): string {
    return `${decimalString(v)}%`;
}

/**
 * `99.9% ≤ availability < 99.95%`, `availability < 99%`, `availability = 99%`. A side equal to
 * the domain's edge is left out; when both are, the lower one stays so the text still says
 * something.
 */
export function formatInterval(i: Interval, variable: string, format: (v: number) => string, domain: Interval = LATENCY_DOMAIN): string {
    if (i.min === i.max && i.minInclusive && i.maxInclusive) return `${variable} = ${format(i.min)}`;
    const atMin = i.min === -Infinity || (i.min === domain.min && i.minInclusive === domain.minInclusive);
    const atMax = i.max === Infinity || (i.max === domain.max && i.maxInclusive === domain.maxInclusive);
    const fromBelow = `${variable} ${i.minInclusive ? '≥' : '>'} ${format(i.min)}`;
    const fromAbove = `${variable} ${i.maxInclusive ? '≤' : '<'} ${format(i.max)}`;
    if (atMax) return i.min === -Infinity ? variable : fromBelow;
    if (atMin) return fromAbove;
    return `${format(i.min)} ${i.minInclusive ? '≤' : '<'} ${fromAbove}`;
}
