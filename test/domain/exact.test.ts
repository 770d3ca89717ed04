import { describe, expect, it } from 'vitest';
import {
    addRational,
    asPercentOf,
    compareRational,
    complementPercent,
    decimalString,
    divideRational,
    multiplyRational,
    percentOf,
    rational,
    rationalFromFraction,
    rationalFromNumber,
    rationalToNumber,
    roundHalfAwayFromZero,
    subtractRational,
} from '../../packages/language/src/domain/exact.js';

describe('decimalString', () => {
    it.each([
        [99.95, '99.95'],
        [0, '0'],
        [-0, '0'],
        [5, '5'],
        [-2.5, '-2.5'],
        [1e-7, '0.0000001'],
        [1.5e-7, '0.00000015'],
        [1e21, '1000000000000000000000'],
        [1.25e22, '12500000000000000000000'],
        [0.1, '0.1'],
        [-1e-7, '-0.0000001'],
    ])('%s → %s', (x, text) => expect(decimalString(x)).toBe(text));

    it.each([Infinity, -Infinity, NaN])('rejects %s', (x) => expect(() => decimalString(x)).toThrow(RangeError));
});

describe('rationalFromNumber', () => {
    it.each([
        [99.9, 999n, 10n],
        [0.1, 1n, 10n],
        [2592, 2592n, 1n],
        [0, 0n, 1n],
        [-0.25, -1n, 4n],
        [1e-7, 1n, 10000000n],
        [1e21, 10n ** 21n, 1n],
    ])('%s → %s/%s', (x, num, den) => expect(rationalFromNumber(x)).toEqual({ num, den }));
});

describe('rationalFromFraction', () => {
    it('divides decimals exactly', () => {
        expect(rationalFromFraction(2589408, 25920)).toEqual({ num: 999n, den: 10n });
        expect(rationalFromFraction(0.3, 0.1)).toEqual({ num: 3n, den: 1n });
        expect(rationalFromFraction(1, -4)).toEqual({ num: -1n, den: 4n });
    });
    it('rejects a zero denominator', () => expect(() => rationalFromFraction(1, 0)).toThrow(RangeError));
});

describe('arithmetic', () => {
    const third = rational(1n, 3n);
    it('normalises sign and reduces', () => expect(rational(4n, -6n)).toEqual({ num: -2n, den: 3n }));
    it('adds, subtracts, multiplies and divides', () => {
        expect(addRational(third, third)).toEqual({ num: 2n, den: 3n });
        expect(subtractRational(rational(1n), third)).toEqual({ num: 2n, den: 3n });
        expect(multiplyRational(third, rational(3n))).toEqual({ num: 1n, den: 1n });
        expect(divideRational(third, rational(2n))).toEqual({ num: 1n, den: 6n });
    });
    it('0.1 + 0.2 is exactly 0.3', () => {
        expect(compareRational(addRational(rationalFromNumber(0.1), rationalFromNumber(0.2)), rationalFromNumber(0.3))).toBe(0);
    });
});

describe('percentages', () => {
    it('takes a percentage of a whole exactly: 0.1% of a 30-day month is 2592 s', () => {
        expect(percentOf(rationalFromNumber(0.1), rational(2_592_000n))).toEqual(rational(2592n));
        expect(percentOf(rationalFromNumber(1), rationalFromNumber(12.5))).toEqual(rational(1n, 8n));
    });
    it('gives a part as a percentage of a whole exactly', () => {
        expect(asPercentOf(rational(2_592_000n - 2592n), rational(2_592_000n))).toEqual(rationalFromNumber(99.9));
        expect(asPercentOf(rational(1n), rational(3n))).toEqual(rational(100n, 3n));
    });
    it('gives the percentage left to 100 without a floating-point error', () => {
        expect(complementPercent(rationalFromNumber(99.9))).toEqual(rationalFromNumber(0.1));
        expect(complementPercent(rational(100n))).toEqual(rational(0n));
    });
});

describe('compareRational', () => {
    it.each([
        [1, 2, -1],
        [2, 1, 1],
        [99.9, 99.9, 0],
        [-1, 0, -1],
        [99.89999, 99.9, -1],
    ])('%s vs %s → %s', (a, b, expected) => {
        expect(compareRational(rationalFromNumber(a), rationalFromNumber(b))).toBe(expected);
    });
});

describe('roundHalfAwayFromZero', () => {
    it.each([
        [0.125, 2, 0.13],
        [-0.125, 2, -0.13],
        [0.124, 2, 0.12],
        [1.005, 2, 1.01],
        [2.5, 0, 3],
        [-2.5, 0, -3],
        [99.58333, 4, 99.5833],
        [99.99995, 4, 100],
        [7, 2, 7],
    ])('%s to %s places → %s', (x, places, expected) => {
        expect(rationalToNumber(roundHalfAwayFromZero(rationalFromNumber(x), places))).toBe(expected);
    });
});

describe('rationalToNumber', () => {
    it('is exact for small values', () => {
        expect(rationalToNumber(rational(2592n))).toBe(2592);
        expect(rationalToNumber(rational(1n, 3n))).toBe(1 / 3);
        expect(rationalToNumber(rational(-7n, 2n))).toBe(-3.5);
    });
    it('handles numerators and denominators beyond 2^53', () => {
        const big = 10n ** 30n;
        expect(rationalToNumber(rational(big + 1n, big * 3n))).toBeCloseTo(1 / 3, 15);
        expect(rationalToNumber(rational(-(big * 5n), 2n))).toBe(-2.5e30);
    });
});
