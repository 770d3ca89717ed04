import { describe, expect, it } from 'vitest';
import { type Interval } from '../../packages/language/src/domain/interval.js';
import {
    creditGapsAbove,
    capVerdict,
    clampToCommitment,
    creditGaps,
    entirelyBelow,
    gapNeighbours,
    lowerBoundAt,
    notMonotonic,
    overlapRepairs,
    partMeetingCommitment,
    upperBoundAt,
} from '../../packages/language/src/domain/schedule.js';

/** Interval notation for readable tests: iv('[', 99, 99.5, ')'). */
function iv(open: '[' | '(', min: number, max: number, close: ']' | ')'): Interval {
    return { min, minInclusive: open === '[', max, maxInclusive: close === ']' };
}

describe('entirelyBelow', () => {
    it.each<[Interval, Interval, boolean]>([
        [iv('[', 0, 99, ')'), iv('[', 99, 99.5, ')'), true], // below 99 | at least 99: they meet
        [iv('[', 0, 99, ']'), iv('[', 99, 99.5, ')'), false], // 99 in both
        [iv('[', 0, 99, ']'), iv('(', 99, 99.5, ')'), true],
        [iv('[', 0, 99, ')'), iv('(', 99, 99.5, ')'), true], // 99 in neither: still below
        [iv('[', 0, 99.5, ')'), iv('[', 99, 100, ']'), false],
        [iv('[', 99, 99.5, ')'), iv('[', 0, 99, ')'), false],
    ])('%j below %j is %s', (a, b, expected) => {
        expect(entirelyBelow(a, b)).toBe(expected);
    });
});

describe('creditGaps (bracket-gap)', () => {
    it.each<[string, Interval[], number, Interval[]]>([
        ['contiguous schedule', [iv('[', 99.5, 99.9, ')'), iv('[', 99, 99.5, ')'), iv('[', 0, 99, ')')], 99.9, []],
        ['missing middle bracket', [iv('[', 99.5, 99.9, ')'), iv('[', 0, 99, ')')], 99.9, [iv('[', 99, 99.5, ')')]],
        ['a single excluded value: below 99 and above 99', [iv('[', 0, 99, ')'), iv('(', 99, 99.9, ')')], 99.9, [iv('[', 99, 99, ']')]],
        ['below 99 and at least 99 meet exactly', [iv('[', 0, 99, ')'), iv('[', 99, 99.9, ')')], 99.9, []],
        ['at most 99 and above 99 meet exactly', [iv('[', 0, 99, ']'), iv('(', 99, 99.9, ')')], 99.9, []],
        ['gap up to the commitment', [iv('[', 99, 99.5, ')'), iv('[', 0, 99, ')')], 99.9, [iv('[', 99.5, 99.9, ')')]],
        ['no floor: nothing below the lowest bracket earns credit either', [iv('[', 99, 99.9, ')')], 99.9, []],
        ['no availability brackets', [], 99.9, []],
        ['brackets above the commitment are ignored', [iv('[', 0, 99, ')'), iv('[', 99.9, 100, ']')], 99.9, [iv('[', 99, 99.9, ')')]],
        [
            'two gaps',
            [iv('[', 99.8, 99.9, ')'), iv('[', 99.5, 99.6, ')'), iv('[', 0, 99, ')')],
            99.9,
            [iv('[', 99, 99.5, ')'), iv('[', 99.6, 99.8, ')')],
        ],
    ])('%s', (_, intervals, commitment, expected) => {
        expect(creditGaps(intervals, commitment)).toEqual(expected);
    });
});

describe('partMeetingCommitment (bracket-above-target)', () => {
    it.each<[string, Interval, number, 'lower' | 'higher', Interval | undefined]>([
        ['ends exactly below the commitment', iv('[', 99.5, 99.9, ')'), 99.9, 'lower', undefined],
        ['includes the commitment value itself', iv('[', 99.5, 99.9, ']'), 99.9, 'lower', iv('[', 99.9, 99.9, ']')],
        ['reaches above the commitment', iv('[', 99, 99.9, ')'), 99.5, 'lower', iv('[', 99.5, 99.9, ')')],
        ['latency above the target', iv('(', 0.5, Infinity, ')'), 0.3, 'higher', undefined],
        ['latency bracket starting at the target includes it', iv('[', 0.3, Infinity, ')'), 0.3, 'higher', iv('[', 0.3, 0.3, ']')],
        ['latency above a lower value pays for met targets', iv('(', 0.2, Infinity, ')'), 0.3, 'higher', iv('(', 0.2, 0.3, ']')],
    ])('%s', (_, interval, commitment, worse, expected) => {
        expect(partMeetingCommitment(interval, commitment, worse)).toEqual(expected);
    });

    it('clamps to the commitment, or says nothing is left', () => {
        expect(clampToCommitment(iv('[', 99, 99.9, ')'), 99.5, 'lower')).toEqual({ op: 'below', value: 99.5 });
        expect(clampToCommitment(iv('[', 99.9, 100, ']'), 99.5, 'lower')).toBeUndefined();
        expect(clampToCommitment(iv('[', 99.5, 99.9, ']'), 99.5, 'lower')).toBeUndefined();
        expect(clampToCommitment(iv('(', 0.2, Infinity, ')'), 0.3, 'higher')).toEqual({ op: 'above', value: 0.3 });
    });
});

describe('notMonotonic (credit-not-monotonic)', () => {
    it.each<[string, Array<[number, Interval]>, 'lower' | 'higher', Array<[number, number]>]>([
        [
            'rising credit as availability falls',
            [
                [5, iv('[', 99.5, 99.9, ')')],
                [10, iv('[', 99, 99.5, ')')],
                [25, iv('[', 0, 99, ')')],
            ],
            'lower',
            [],
        ],
        [
            'equal credits are fine',
            [
                [10, iv('[', 99, 99.9, ')')],
                [10, iv('[', 0, 99, ')')],
            ],
            'lower',
            [],
        ],
        [
            'worse availability pays less',
            [
                [20, iv('[', 99, 99.9, ')')],
                [10, iv('[', 0, 99, ')')],
            ],
            'lower',
            [[1, 0]],
        ],
        [
            'names the best-paying better bracket',
            [
                [5, iv('[', 99.5, 99.9, ')')],
                [30, iv('[', 99, 99.5, ')')],
                [25, iv('[', 0, 99, ')')],
                [10, iv('[', 98, 99, ')')],
            ],
            'lower',
            [
                [2, 1],
                [3, 1],
            ],
        ],
        [
            'order in the file does not matter',
            [
                [10, iv('[', 0, 99, ')')],
                [20, iv('[', 99, 99.9, ')')],
            ],
            'lower',
            [[0, 1]],
        ],
        [
            'overlapping brackets are not compared',
            [
                [20, iv('[', 99, 99.9, ']')],
                [10, iv('[', 0, 99, ']')],
            ],
            'lower',
            [],
        ],
        [
            'latency: higher is worse',
            [
                [10, iv('(', 0.5, 1, ']')],
                [5, iv('(', 1, Infinity, ')')],
            ],
            'higher',
            [[1, 0]],
        ],
        [
            'latency rising credit',
            [
                [5, iv('(', 0.5, 1, ']')],
                [10, iv('(', 1, Infinity, ')')],
            ],
            'higher',
            [],
        ],
        [
            'empty brackets are skipped',
            [
                [20, iv('[', 99.5, 99, ')')],
                [10, iv('[', 0, 99, ')')],
            ],
            'lower',
            [],
        ],
    ])('%s', (_, rows, worse, expected) => {
        const found = notMonotonic(
            rows.map(([credit, interval]) => ({ credit, interval })),
            worse,
        );
        expect(found.map((f) => [f.worse, f.better])).toEqual(expected);
    });

    it('stays fast on 100,000 brackets', () => {
        const brackets = Array.from({ length: 100_000 }, (_, i) => ({
            credit: 50 - (i % 7),
            interval: iv('[', i / 1000, (i + 1) / 1000, ')'),
        }));
        const start = performance.now();
        notMonotonic(brackets, 'lower');
        expect(performance.now() - start).toBeLessThan(2000);
    });
});

describe('capVerdict (cap-range)', () => {
    it.each<[number, string]>([
        [25, 'within'],
        [30, 'within'],
        [50, 'within'],
        [24.9, 'unusual'],
        [50.1, 'unusual'],
        [0, 'unusual'],
        [100, 'unusual'],
        [100.5, 'impossible'],
        [150, 'impossible'],
        [-1, 'impossible'],
    ])('%s%%: %s', (cap, verdict) => {
        expect(capVerdict(cap)).toBe(verdict);
    });

    it('uses a configured range', () => {
        expect(capVerdict(20, { min: 20, max: 40 })).toBe('within');
        expect(capVerdict(45, { min: 20, max: 40 })).toBe('unusual');
    });
});

describe('overlapRepairs', () => {
    it('offers ending the lower bracket or starting the upper one where the other begins or ends', () => {
        // credit 5% [99.9, 99.95), credit 10% [99.5, 99.95): the seed-overlap example.
        const a = iv('[', 99.9, 99.95, ')');
        const b = iv('[', 99.5, 99.95, ')');
        expect(overlapRepairs(a, b)).toEqual([{ bracket: 'b', side: 'max', bound: { op: 'below', value: 99.9 } }]);
    });

    it('offers both moves when both leave something', () => {
        const a = iv('[', 99, 99.6, ')');
        const b = iv('[', 99.5, 99.9, ')');
        expect(overlapRepairs(a, b)).toEqual([
            { bracket: 'a', side: 'max', bound: { op: 'below', value: 99.5 } },
            { bracket: 'b', side: 'min', bound: { op: 'least', value: 99.6 } },
        ]);
    });

    it('keeps inclusive ends exact: at most 99 and at least 99 share only 99', () => {
        const a = iv('[', 0, 99, ']');
        const b = iv('[', 99, 99.9, ')');
        expect(overlapRepairs(a, b)).toEqual([
            { bracket: 'a', side: 'max', bound: { op: 'below', value: 99 } },
            { bracket: 'b', side: 'min', bound: { op: 'above', value: 99 } },
        ]);
    });

    it('offers nothing for identical brackets', () => {
        expect(overlapRepairs(iv('[', 99, 99.5, ')'), iv('[', 99, 99.5, ')'))).toEqual([]);
    });
});

describe('bounds at a value', () => {
    it.each([
        [upperBoundAt(99, false), { op: 'below', value: 99 }],
        [upperBoundAt(99, true), { op: 'most', value: 99 }],
        [lowerBoundAt(99, false), { op: 'above', value: 99 }],
        [lowerBoundAt(99, true), { op: 'least', value: 99 }],
    ])('%j', (bound, expected) => {
        expect(bound).toEqual(expected);
    });
});

describe('gapNeighbours', () => {
    it('finds the brackets ending and starting at each gap', () => {
        const intervals = [iv('[', 99.5, 99.9, ')'), iv('[', 0, 99, ')')];
        const gaps = creditGaps(intervals, 99.9);
        expect(gapNeighbours(intervals, gaps)).toEqual([{ below: 1, above: 0 }]);
    });

    it('a gap reaching the commitment has no bracket above', () => {
        const intervals = [iv('[', 99, 99.5, ')'), iv('[', 0, 99, ')')];
        expect(gapNeighbours(intervals, creditGaps(intervals, 99.9))).toEqual([{ below: 0, above: undefined }]);
    });

    it('a single excluded value sits between below and above', () => {
        const intervals = [iv('[', 0, 99, ')'), iv('(', 99, 99.9, ')')];
        expect(gapNeighbours(intervals, creditGaps(intervals, 99.9))).toEqual([{ below: 0, above: 1 }]);
    });
});

describe('creditGapsAbove with a bracket open downwards', () => {
    it('judges it within 0%–100% rather than failing on −∞', () => {
        const open: Interval = { min: -Infinity, minInclusive: false, max: 100, maxInclusive: true };
        const inner: Interval = { min: 0.1, minInclusive: false, max: 1, maxInclusive: true };
        expect(() => creditGapsAbove([inner, open], 0)).not.toThrow();
        expect(creditGapsAbove([inner, open], 0)).toEqual([]);
        const upper: Interval = { min: 3, minInclusive: false, max: Infinity, maxInclusive: false };
        const lower: Interval = { min: -Infinity, minInclusive: false, max: 2, maxInclusive: false };
        expect(creditGapsAbove([lower, upper], 0.5)).toEqual([{ min: 2, minInclusive: true, max: 3, maxInclusive: true }]);
    });
});

describe('creditGapsAbove with figures outside 0%–100%', () => {
    it('finds no gap for a commitment outside the range, and clamps brackets beyond it', () => {
        const inner: Interval = { min: 0.1, minInclusive: false, max: 1, maxInclusive: true };
        expect(creditGapsAbove([inner], Infinity)).toEqual([]);
        expect(creditGapsAbove([inner], -Infinity)).toEqual([]);
        expect(creditGapsAbove([inner], 150)).toEqual([]);
        const beyond: Interval = { min: Infinity, minInclusive: false, max: Infinity, maxInclusive: false };
        expect(() => creditGapsAbove([inner, beyond], 0)).not.toThrow();
    });
});
