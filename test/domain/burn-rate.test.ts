import { describe, expect, it } from 'vitest';
import { WINDOW_PAIRS, burnFactor, burnThreshold } from '../../packages/language/src/domain/burn-rate.js';
import { exactDecimal, rational } from '../../packages/language/src/domain/exact.js';
import { parseMaintenanceWindow } from '../../packages/language/src/domain/maintenance-schedule.js';
import { promNumber } from '../../packages/language/src/domain/promql.js';

const factors = (period: 'monthly' | 'quarterly' | 'yearly') => WINDOW_PAIRS.map((pair) => promNumber(burnFactor(pair, period)));

describe('burn factors', () => {
    it('are the workbook figures for a 30-day month: 14.4, 6, 3, 1', () => {
        expect(factors('monthly')).toEqual(['14.4', '6', '3', '1']);
    });

    it('are exact for the 91-day quarter and the 365-day year (a non-terminating one as a division)', () => {
        expect(factors('quarterly')).toEqual(['43.68', '18.2', '9.1', '(91 / 30)']);
        expect(factors('yearly')).toEqual(['175.2', '73', '36.5', '(73 / 6)']);
    });

    it.each([
        [99.9, '0.0144'],
        [99.95, '0.0072'],
        [99.99, '0.00144'],
        [99.999, '0.000144'],
    ])('give the page threshold of %s%% as %s, never a rounded double', (objective, threshold) => {
        expect(promNumber(burnThreshold(WINDOW_PAIRS[0], 'monthly', objective))).toBe(threshold);
    });
});

describe('exactDecimal', () => {
    it.each([
        [rational(1n, 1000n), '0.001'],
        [rational(144n, 10000n), '0.0144'],
        [rational(-5n, 4n), '-1.25'],
        [rational(7n), '7'],
    ])('prints %o as %s', (value, text) => expect(exactDecimal(value)).toBe(text));

    it('has no finite form for 1/3', () => expect(exactDecimal(rational(1n, 3n))).toBeUndefined());
});

describe('maintenance windows as times of the week', () => {
    it.each([
        ['Sundays 02:00-04:00 UTC', [{ start: 120, end: 240 }], 'UTC'],
        ['Saturdays 23:00-01:00', [{ start: 6 * 1440 + 1380, end: 6 * 1440 + 1500 }], undefined],
        [
            'Monday to Friday 22:00-22:30 Europe/Berlin',
            [1, 2, 3, 4, 5].map((d) => ({ start: d * 1440 + 1320, end: d * 1440 + 1350 })),
            'Europe/Berlin',
        ],
        ['Tuesdays and Thursdays 03:00-04:00', [2, 4].map((d) => ({ start: d * 1440 + 180, end: d * 1440 + 240 })), undefined],
    ])('read %s', (text, ranges, zone) => {
        expect(parseMaintenanceWindow(text)).toEqual(zone === undefined ? { ranges } : { ranges, zone });
    });

    it.each(['The first weekend of each quarter', 'Sundays', 'Sundays 04:00-04:00 UTC', 'Someday 02:00-03:00'])(
        'leave %s to people',
        (text) => {
            expect(parseMaintenanceWindow(text)).toBeUndefined();
        },
    );
});
