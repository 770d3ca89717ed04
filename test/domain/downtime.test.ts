import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../packages/language/src/domain/duration.js';
import {
    allowedDowntime,
    availabilityFromDowntime,
    downtimeBudget,
    formatMeasured,
    formatMeasuredBeside,
    measuredFromAvailability,
    nines,
} from '../../packages/language/src/domain/downtime.js';
import { compareRational, rational, rationalFromNumber } from '../../packages/language/src/domain/exact.js';
import { InputError } from '../../packages/language/src/domain/input-error.js';

const DAY = 86400;

describe('allowedDowntime', () => {
    it.each([
        [99.9, 30 * DAY, 2592],
        [99.9, DAY, 86.4],
        [99.95, 30 * DAY, 1296],
        [99.99, 30 * DAY, 259.2],
        [99.9, 365 * DAY, 31536],
        [100, 30 * DAY, 0],
        [0, DAY, DAY],
        [99.999, 30 * DAY, 25.92],
    ])('%s%% of %s s → exactly %s s', (availability, seconds, expected) => {
        expect(allowedDowntime(availability, seconds)).toBe(expected);
    });

    it.each([-0.1, 100.1, NaN])('rejects %s%%', (a) => expect(() => allowedDowntime(a, DAY)).toThrow(RangeError));
});

describe('reference values of §7.1', () => {
    it.each([
        [99.9, 1, '1m 26s'],
        [99.9, 30, '43m 12s'],
        [99.9, 365, '8h 45m 36s'],
        [99.95, 30, '21m 36s'],
        [99.99, 30, '4m 19s'],
        [99.99, 365, '52m 34s'],
        [99.999, 30, '26s'],
        [99.999, 365, '5m 15s'],
        [99.9, 28, '40m 19s'],
        [99.9, 31, '44m 38s'],
        [99.95, 28, '20m 10s'],
        [99.95, 31, '22m 19s'],
    ])('%s%% over %s days → %s', (availability, days, text) => {
        expect(formatDuration(allowedDowntime(availability, days * DAY))).toBe(text);
    });
});

describe('downtimeBudget', () => {
    it('gives day, week, period range, year and nines for 99.9% monthly', () => {
        expect(downtimeBudget(99.9, 'monthly')).toEqual({
            availability: 99.9,
            perDay: 86.4,
            perWeek: 604.8,
            perPeriod: { reference: 2592, min: 2419.2, max: 2678.4, referenceDays: 30, minDays: 28, maxDays: 31 },
            perYear: 31536,
            nines: 3,
        });
    });

    it.each([
        ['quarterly', 91, 90, 92, '2h 11m 2s'],
        ['yearly', 365, 365, 366, '8h 45m 36s'],
    ] as const)('uses %s reference days', (period, referenceDays, minDays, maxDays, text) => {
        const budget = downtimeBudget(99.9, period);
        expect(budget.perPeriod).toMatchObject({ referenceDays, minDays, maxDays });
        expect(formatDuration(budget.perPeriod.reference)).toBe(text);
    });

    it('has no downtime at 100%', () => {
        const budget = downtimeBudget(100, 'monthly');
        expect(budget.perPeriod.reference).toBe(0);
        expect(budget.nines).toBe(Infinity);
    });
});

describe('nines', () => {
    it.each([
        [99.9, 3],
        [99.95, 3.3],
        [99.99, 4],
        [99.999, 5],
        [99, 2],
        [90, 1],
        [99.5, 2.3],
        [0, 0],
        [100, Infinity],
    ])('%s%% → %s', (availability, expected) => expect(nines(availability)).toBe(expected));
});

describe('availabilityFromDowntime', () => {
    it('3 h in 30 days → 99.5833%', () => {
        const measured = availabilityFromDowntime(3 * 3600, 30);
        expect(measured.value).toBeCloseTo(99.58333333, 8);
        expect(measured.exact).toEqual(rational(1195n, 12n));
        expect(formatMeasured(measured.value)).toBe('99.5833%');
    });

    it.each([
        [2592, 30, 99.9],
        [0, 30, 100],
        [30 * DAY, 30, 0],
        [31536, 365, 99.9],
        [25.92, 30, 99.999],
    ])('%s s in %s days is exactly %s%%', (downtime, days, expected) => {
        const measured = availabilityFromDowntime(downtime, days);
        expect(measured.value).toBe(expected);
        expect(compareRational(measured.exact, rationalFromNumber(expected))).toBe(0);
    });

    it.each([
        [-1, 30, /zero or more/, RangeError],
        [30 * DAY + 1, 30, /longer than the 30-day period/, InputError],
        [60, 0, /positive number of days/, RangeError],
        [NaN, 30, /zero or more/, RangeError],
        [60, -5, /positive/, RangeError],
    ])('rejects %s s in %s days', (downtime, days, message, type) => {
        // A downtime longer than the period is a person's slip (`--downtime 31d`); the others are faults of the caller.
        expect(() => availabilityFromDowntime(downtime, days)).toThrow(type);
        expect(() => availabilityFromDowntime(downtime, days)).toThrow(message);
    });

    it('names too long a downtime in days and hours, not seconds', () => {
        expect(() => availabilityFromDowntime(100 * DAY, 91)).toThrow('Downtime of 100d is longer than the 91-day period (91d)');
        // Rounded to the second the two would read alike: then seconds.
        expect(() => availabilityFromDowntime(30 * DAY + 0.25, 30)).toThrow(
            'Downtime of 2592000.25 s is longer than the 30-day period (2592000 s)',
        );
    });
});

describe('measuredFromAvailability', () => {
    it('keeps the figure exact', () => {
        expect(measuredFromAvailability(99.2)).toEqual({ value: 99.2, exact: { num: 496n, den: 5n } });
    });
    it('rejects values outside 0–100', () => expect(() => measuredFromAvailability(101)).toThrow(RangeError));
});

describe('formatMeasured', () => {
    it.each([
        [99.58333333, '99.5833%'],
        [99.9, '99.9000%'],
        [100, '100.0000%'],
        [0, '0.0000%'],
        [99.99995, '100.0000%'],
        [99.00005, '99.0001%'],
        [0.00004, '0.0000%'],
    ])('%s → %s', (value, text) => expect(formatMeasured(value)).toBe(text));

    it('rounds the exact rational, not its binary approximation', () => {
        expect(formatMeasured(rational(199999n, 2000n))).toBe('99.9995%'); // 99.9995 exactly
        expect(formatMeasured(rational(2389500n, 24000n))).toBe('99.5625%');
        expect(formatMeasured(rational(-1n, 20000n))).toBe('-0.0001%');
    });
});

describe('formatMeasuredBeside', () => {
    it('adds decimals until the figure is on the same side of every bound as the exact value', () => {
        // 1 s over the 99.9% budget of a 30-day month: 99.899961…%, four decimals would say 99.9000%.
        expect(formatMeasuredBeside(availabilityFromDowntime(2593, 30).exact, [99.9, 99.5])).toBe('99.89996%');
        expect(formatMeasuredBeside(availabilityFromDowntime(2592, 30).exact, [99.9, 99.5])).toBe('99.9000%');
        expect(formatMeasuredBeside(availabilityFromDowntime(3 * 3600, 30).exact, [99.9, 99.5])).toBe('99.5833%');
        expect(formatMeasuredBeside(rationalFromNumber(99.99995), [100, Infinity])).toBe('99.99995%');
    });
});
