/**
 * A credit schedule on one metric as a function: for every measured value, the credit the period
 * earns (§7.2: none while the commitment is met, the bracket's credit otherwise, at most the cap).
 * The function is constant between the bounds the schedule writes, so it is a list of pieces —
 * single values and the open stretches between them — which is what lets two schedules be
 * compared level by level however differently their brackets are cut.
 */
import { contains, type Interval } from './interval.js';
import type { Worse } from './schedule.js';

export interface CurveBracket {
    /** Percent of the monthly fee. */
    credit: number;
    interval: Interval;
}

export interface CurveInput {
    brackets: readonly CurveBracket[];
    /** The commitment on this metric; a measurement meeting it earns nothing. */
    commitment: number | undefined;
    worse: Worse;
    cap: number | undefined;
    domain: Interval;
}

/** A stretch of measured values and what they earn under the old and the new schedule. */
export interface CurveDifference {
    interval: Interval;
    old: number;
    new: number;
}

/** The credit a measured value earns; the first bracket containing it wins, as in `applicableBracket`. */
export function creditAt(input: CurveInput, value: number): number {
    const { commitment, worse, cap } = input;
    if (commitment !== undefined && (worse === 'lower' ? value >= commitment : value <= commitment)) return 0;
    const bracket = input.brackets.find((b) => contains(b.interval, value));
    const credit = bracket?.credit ?? 0;
    return cap !== undefined && credit > cap ? cap : credit;
}

/** The most one period can earn on this metric: the best-paying bracket, after the cap. */
export function largestCredit(input: CurveInput): number {
    const best = Math.max(0, ...input.brackets.map((b) => b.credit));
    return input.cap !== undefined && best > input.cap ? input.cap : best;
}

/**
 * Where two schedules pay differently, as ascending stretches (adjacent stretches with the same
 * old and new credit merged). Both are evaluated on every piece the bounds of either cut the
 * domain into: one value at each bound, one representative inside each stretch between bounds.
 */
export function curveDifferences(before: CurveInput, after: CurveInput): CurveDifference[] {
    const domain = after.domain;
    const cuts = new Set<number>();
    for (const input of [before, after]) {
        for (const { interval } of input.brackets) for (const v of [interval.min, interval.max]) if (Number.isFinite(v)) cuts.add(v);
        if (input.commitment !== undefined && Number.isFinite(input.commitment)) cuts.add(input.commitment);
    }
    for (const v of [domain.min, domain.max]) if (Number.isFinite(v)) cuts.add(v);
    const points = [...cuts].filter((v) => contains({ ...domain, minInclusive: true, maxInclusive: true }, v)).sort((a, b) => a - b);
    const pieces: Interval[] = [];
    points.forEach((point, index) => {
        if (contains(domain, point)) pieces.push({ min: point, minInclusive: true, max: point, maxInclusive: true });
        const next = points[index + 1] ?? domain.max;
        if (next > point) pieces.push({ min: point, minInclusive: false, max: next, maxInclusive: false });
    });
    const found: CurveDifference[] = [];
    for (const piece of pieces) {
        const probe = piece.min === piece.max ? piece.min : Number.isFinite(piece.max) ? (piece.min + piece.max) / 2 : piece.min + 1;
        const old = creditAt(before, probe);
        const now = creditAt(after, probe);
        if (old === now) continue;
        const last = found[found.length - 1];
        if (
            last &&
            last.old === old &&
            last.new === now &&
            last.interval.max === piece.min &&
            last.interval.maxInclusive !== piece.minInclusive
        ) {
            last.interval = { ...last.interval, max: piece.max, maxInclusive: piece.maxInclusive };
        } else {
            found.push({ interval: piece, old, new: now });
        }
    }
    return found;
}
