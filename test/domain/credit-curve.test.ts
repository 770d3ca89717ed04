import { describe, expect, it } from 'vitest';
import { creditAt, curveDifferences, largestCredit, type CurveInput } from '../../packages/language/src/domain/credit-curve.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, type Interval } from '../../packages/language/src/domain/interval.js';

const below = (max: number, min?: number): Interval => ({ min: min ?? 0, minInclusive: true, max, maxInclusive: false });

const standard: CurveInput = {
    brackets: [
        { credit: 5, interval: below(99.9, 99.5) },
        { credit: 10, interval: below(99.5, 99) },
        { credit: 25, interval: below(99) },
    ],
    commitment: 99.9,
    worse: 'lower',
    cap: 25,
    domain: AVAILABILITY_DOMAIN,
};

describe('credit curve', () => {
    it.each([
        [99.95, 0],
        [99.9, 0],
        [99.7, 5],
        [99.5, 5],
        [99.2, 10],
        [99, 10],
        [50, 25],
    ])('at %s%% availability the schedule pays %s%%', (value, credit) => {
        expect(creditAt(standard, value)).toBe(credit);
    });

    it('pays nothing where the commitment is met, and at most the cap', () => {
        expect(creditAt({ ...standard, commitment: 99.5 }, 99.7)).toBe(0);
        expect(creditAt({ ...standard, cap: 8 }, 99.2)).toBe(8);
        expect(largestCredit({ ...standard, cap: 8 })).toBe(8);
        expect(largestCredit({ ...standard, cap: undefined })).toBe(25);
    });

    it('lists the stretches where two schedules pay differently, however their brackets are cut', () => {
        const split: CurveInput = {
            ...standard,
            brackets: [
                { credit: 5, interval: below(99.9, 99.7) },
                { credit: 7, interval: below(99.7, 99) },
                { credit: 25, interval: below(99) },
            ],
        };
        expect(curveDifferences(standard, split)).toEqual([
            { interval: { min: 99, minInclusive: true, max: 99.5, maxInclusive: false }, old: 10, new: 7 },
            { interval: { min: 99.5, minInclusive: true, max: 99.7, maxInclusive: false }, old: 5, new: 7 },
        ]);
        expect(curveDifferences(standard, standard)).toEqual([]);
    });

    it('finds a single value paid differently (a bound moved from "below" to "at most")', () => {
        const atMost: CurveInput = {
            ...standard,
            brackets: [{ credit: 10, interval: { min: 0, minInclusive: true, max: 99, maxInclusive: true } }],
        };
        const belowOnly: CurveInput = { ...standard, brackets: [{ credit: 10, interval: below(99) }] };
        expect(curveDifferences(belowOnly, atMost)).toEqual([
            { interval: { min: 99, minInclusive: true, max: 99, maxInclusive: true }, old: 0, new: 10 },
        ]);
    });

    it('works on latency, which gets worse upwards and has no upper end', () => {
        const latency: CurveInput = {
            brackets: [{ credit: 5, interval: { min: 0.5, minInclusive: false, max: Infinity, maxInclusive: false } }],
            commitment: 0.3,
            worse: 'higher',
            cap: undefined,
            domain: LATENCY_DOMAIN,
        };
        const stricter = {
            ...latency,
            brackets: [{ credit: 5, interval: { min: 0.4, minInclusive: false, max: Infinity, maxInclusive: false } }],
        };
        expect(creditAt(latency, 0.6)).toBe(5);
        expect(curveDifferences(latency, stricter)).toEqual([
            { interval: { min: 0.4, minInclusive: false, max: 0.5, maxInclusive: true }, old: 0, new: 5 },
        ]);
    });
});
