import { describe, expect, it } from 'vitest';
import { rationalFromFraction, rationalFromNumber } from '../../packages/language/src/domain/exact.js';
import {
    AVAILABILITY_DOMAIN,
    compareByMax,
    compareByMin,
    contains,
    containsRational,
    formatInterval,
    formatPercent,
    intersect,
    intervalFromBounds,
    isEmpty,
    LATENCY_DOMAIN,
    overlaps,
    uncovered,
    type Bound,
    type Interval,
} from '../../packages/language/src/domain/interval.js';

/** Interval notation for readable tests: iv('[', 99, 99.5, ')'). */
function iv(open: '[' | '(', min: number, max: number, close: ']' | ')'): Interval {
    return { min, minInclusive: open === '[', max, maxInclusive: close === ']' };
}

describe('intervalFromBounds', () => {
    it.each<[string, Bound[], Interval]>([
        [
            'below 99.9 and at least 99.5',
            [
                { op: 'below', value: 99.9 },
                { op: 'least', value: 99.5 },
            ],
            iv('[', 99.5, 99.9, ')'),
        ],
        ['below 99', [{ op: 'below', value: 99 }], iv('[', 0, 99, ')')],
        ['above 99', [{ op: 'above', value: 99 }], iv('(', 99, 100, ']')],
        ['at most 99', [{ op: 'most', value: 99 }], iv('[', 0, 99, ']')],
        [
            'at least 99 and at most 99',
            [
                { op: 'least', value: 99 },
                { op: 'most', value: 99 },
            ],
            iv('[', 99, 99, ']'),
        ],
        ['no bounds', [], AVAILABILITY_DOMAIN],
        ['below 120 (clipped)', [{ op: 'below', value: 120 }], iv('[', 0, 100, ']')],
        [
            'below 99.5 and below 99',
            [
                { op: 'below', value: 99.5 },
                { op: 'below', value: 99 },
            ],
            iv('[', 0, 99, ')'),
        ],
    ])('availability %s', (_, bounds, expected) => {
        expect(intervalFromBounds(bounds, AVAILABILITY_DOMAIN)).toEqual(expected);
    });

    it('latency above 500 ms is open above', () => {
        expect(intervalFromBounds([{ op: 'above', value: 0.5 }], LATENCY_DOMAIN)).toEqual(iv('(', 0.5, Infinity, ')'));
    });

    it('below 99 and at least 99.5 is empty', () => {
        const i = intervalFromBounds(
            [
                { op: 'below', value: 99 },
                { op: 'least', value: 99.5 },
            ],
            AVAILABILITY_DOMAIN,
        );
        expect(isEmpty(i)).toBe(true);
    });
});

describe('isEmpty', () => {
    it.each<[Interval, boolean]>([
        [iv('[', 99, 99, ']'), false],
        [iv('[', 99, 99, ')'), true],
        [iv('(', 99, 99, ']'), true],
        [iv('(', 99, 99, ')'), true],
        [iv('[', 99.5, 99, ']'), true],
        [iv('(', 99, 99.5, ')'), false],
    ])('%o → %s', (i, empty) => expect(isEmpty(i)).toBe(empty));
});

describe('intersect', () => {
    it.each<[string, Interval, Interval, Interval | undefined]>([
        ['touching [99,99.5) and [99.5,99.9)', iv('[', 99, 99.5, ')'), iv('[', 99.5, 99.9, ')'), undefined],
        ['sharing 99.5: (99,99.5] and [99.5,99.9)', iv('(', 99, 99.5, ']'), iv('[', 99.5, 99.9, ')'), iv('[', 99.5, 99.5, ']')],
        ['(99,99.5] and (99.5,99.9)', iv('(', 99, 99.5, ']'), iv('(', 99.5, 99.9, ')'), undefined],
        ['nested', iv('[', 0, 100, ']'), iv('(', 99, 99.5, ')'), iv('(', 99, 99.5, ')')],
        ['same min, inclusive and exclusive', iv('[', 99, 100, ']'), iv('(', 99, 100, ']'), iv('(', 99, 100, ']')],
        ['same max, inclusive and exclusive', iv('[', 0, 99, ']'), iv('[', 0, 99, ')'), iv('[', 0, 99, ')')],
        ['disjoint', iv('[', 0, 1, ']'), iv('[', 2, 3, ']'), undefined],
    ])('%s', (_, a, b, expected) => {
        expect(intersect(a, b)).toEqual(expected);
        expect(intersect(b, a)).toEqual(expected);
    });
});

describe('contains and containsRational', () => {
    const bracket = iv('[', 99.5, 99.9, ')');
    it.each([
        [99.5, true],
        [99.9, false],
        [99.7, true],
        [99.4999, false],
        [100, false],
    ])('%s → %s', (v, inside) => {
        expect(contains(bracket, v)).toBe(inside);
        expect(containsRational(bracket, rationalFromNumber(v))).toBe(inside);
    });

    it('measures 2592 s of downtime in 30 days as exactly 99.9, outside "below 99.9"', () => {
        const measured = rationalFromFraction((2592000 - 2592) * 100, 2592000);
        expect(containsRational(bracket, measured)).toBe(false);
        expect(containsRational(iv('[', 99.9, 99.99, ')'), measured)).toBe(true);
    });

    it('handles an infinite upper end and a point', () => {
        expect(containsRational(iv('(', 0.5, Infinity, ')'), rationalFromNumber(1e21))).toBe(true);
        expect(containsRational(iv('[', 99, 99, ']'), rationalFromNumber(99))).toBe(true);
        expect(contains(iv('[', 99, 99, ']'), 99.0000001)).toBe(false);
        expect(containsRational(iv('(', -Infinity, 0, ']'), rationalFromNumber(-5))).toBe(true);
    });
});

describe('comparators', () => {
    it('compareByMin puts an inclusive start first, then the shorter interval', () => {
        const list = [iv('(', 99, 100, ']'), iv('[', 99, 100, ']'), iv('[', 99, 99.5, ')'), iv('[', 0, 1, ']')];
        expect([...list].sort(compareByMin)).toEqual([list[3], list[2], list[1], list[0]]);
    });
    it('compareByMax puts an exclusive end first', () => {
        const list = [iv('[', 0, 99, ']'), iv('[', 0, 99, ')'), iv('[', 50, 99, ')')];
        expect([...list].sort(compareByMax)).toEqual([list[1], list[2], list[0]]);
    });
});

describe('uncovered', () => {
    const below99 = iv('[', 0, 99, ')');
    const range = iv('[', 0, 99.9, ')');
    it.each<[string, Interval[], Interval, Interval[]]>([
        ['nothing covered', [], range, [range]],
        ['fully covered', [below99, iv('[', 99, 99.9, ')')], range, []],
        ['covered in any order', [iv('[', 99, 99.9, ')'), below99], range, []],
        ['a missing middle bracket', [below99, iv('[', 99.5, 99.9, ')')], range, [iv('[', 99, 99.5, ')')]],
        ['a single excluded point', [iv('[', 0, 99, ')'), iv('(', 99, 100, ']')], AVAILABILITY_DOMAIN, [iv('[', 99, 99, ']')]],
        ['an open gap between inclusive ends', [iv('[', 0, 99, ']'), iv('[', 99.5, 99.9, ')')], range, [iv('(', 99, 99.5, ')')]],
        ['a gap at the top', [below99], range, [iv('[', 99, 99.9, ')')]],
        ['a gap at the bottom', [iv('[', 99, 99.9, ')')], range, [iv('[', 0, 99, ')')]],
        ['an interval wider than the range', [AVAILABILITY_DOMAIN], range, []],
        ['an interval outside the range', [iv('[', 99.9, 100, ']')], range, [range]],
        [
            'overlapping and nested intervals',
            [iv('[', 0, 99.5, ']'), iv('[', 10, 20, ']'), iv('(', 99, 99.6, ')')],
            range,
            [iv('[', 99.6, 99.9, ')')],
        ],
        ['an empty range', [below99], iv('[', 5, 5, ')'), []],
        ['a point range, covered', [below99], iv('[', 5, 5, ']'), []],
        ['an unbounded latency range', [iv('(', 0.5, Infinity, ')')], LATENCY_DOMAIN, [iv('[', 0, 0.5, ']')]],
        ['an empty bracket among others', [iv('[', 99.5, 99, ')'), below99], range, [iv('[', 99, 99.9, ')')]],
    ])('%s', (_, intervals, r, expected) => expect(uncovered(intervals, r)).toEqual(expected));

    it('sweeps thousands of brackets quickly', () => {
        const many = Array.from({ length: 20000 }, (_, k) => iv('[', k, k + 1, ')')).reverse();
        expect(uncovered(many, iv('[', 0, 20000, ']'))).toEqual([iv('[', 20000, 20000, ']')]);
    });
});

describe('overlaps', () => {
    it.each<[string, Interval[], Array<{ a: number; b: number; shared: Interval }>]>([
        ['none in an empty list', [], []],
        ['none for one interval', [iv('[', 0, 99, ')')], []],
        ['none when ends touch exclusively', [iv('[', 99, 99.5, ')'), iv('[', 99.5, 99.9, ')')], []],
        ['the shared point 99.5', [iv('(', 99, 99.5, ']'), iv('[', 99.5, 99.9, ')')], [{ a: 0, b: 1, shared: iv('[', 99.5, 99.5, ']') }]],
        [
            'the guide example',
            [iv('[', 99.9, 99.95, ')'), iv('[', 99.5, 99.95, ')'), iv('[', 99, 99.5, ')'), iv('[', 0, 99, ')')],
            [{ a: 0, b: 1, shared: iv('[', 99.9, 99.95, ')') }],
        ],
        [
            'every pair of three nested intervals',
            [iv('[', 0, 100, ']'), iv('[', 10, 20, ']'), iv('[', 15, 30, ']')],
            [
                { a: 0, b: 1, shared: iv('[', 10, 20, ']') },
                { a: 0, b: 2, shared: iv('[', 15, 30, ']') },
                { a: 1, b: 2, shared: iv('[', 15, 20, ']') },
            ],
        ],
        ['identical points', [iv('[', 5, 5, ']'), iv('[', 5, 5, ']')], [{ a: 0, b: 1, shared: iv('[', 5, 5, ']') }]],
        ['empty intervals share nothing', [iv('[', 5, 5, ')'), iv('[', 0, 10, ']')], []],
    ])('%s', (_, intervals, expected) => expect(overlaps(intervals)).toEqual(expected));

    it('handles many disjoint intervals quickly', () => {
        const many = Array.from({ length: 20000 }, (_, k) => iv('[', k, k + 1, ')'));
        expect(overlaps(many)).toEqual([]);
    });
});

describe('formatPercent', () => {
    it.each([
        [99.95, '99.95%'],
        [5, '5%'],
        [99.0, '99%'],
        [0, '0%'],
        [100, '100%'],
        [1e-7, '0.0000001%'],
    ])('%s → %s', (v, text) => expect(formatPercent(v)).toBe(text));
});

describe('formatInterval', () => {
    const ms = (v: number): string => `${v * 1000} ms`;
    it.each<[Interval, string]>([
        [iv('[', 99.9, 99.95, ')'), '99.9% ≤ availability < 99.95%'],
        [iv('(', 99, 99.5, ']'), '99% < availability ≤ 99.5%'],
        [iv('[', 0, 99, ')'), 'availability < 99%'],
        [iv('[', 0, 99, ']'), 'availability ≤ 99%'],
        [iv('[', 99.5, 100, ']'), 'availability ≥ 99.5%'],
        [iv('(', 99, 100, ']'), 'availability > 99%'],
        [iv('[', 99, 99, ']'), 'availability = 99%'],
        [iv('(', 0, 99, ')'), '0% < availability < 99%'],
        [iv('[', 99, 100, ')'), '99% ≤ availability < 100%'],
        [AVAILABILITY_DOMAIN, 'availability ≥ 0%'],
    ])('%o → %s', (i, text) => expect(formatInterval(i, 'availability', formatPercent, AVAILABILITY_DOMAIN)).toBe(text));

    it('uses the unbounded domain by default', () => {
        expect(formatInterval(iv('(', 0.5, Infinity, ')'), 'latency p95', ms)).toBe('latency p95 > 500 ms');
        expect(formatInterval(iv('[', 0, 0.5, ']'), 'latency p95', ms)).toBe('latency p95 ≤ 500 ms');
        expect(formatInterval(iv('[', 0, 100, ']'), 'availability', formatPercent)).toBe('availability ≤ 100%');
    });
});
