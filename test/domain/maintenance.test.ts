import { describe, expect, it } from 'vitest';
import { maintenanceExceedsBudget, maintenancePerPeriod, type AllowanceUnit } from '../../packages/language/src/domain/maintenance.js';
import type { PeriodKind } from '../../packages/language/src/domain/period.js';

const H = 3600;

describe('maintenancePerPeriod', () => {
    it.each<[number, AllowanceUnit, PeriodKind, number]>([
        [4 * H, 'month', 'monthly', 4 * H],
        [4 * H, 'month', 'quarterly', 12 * H],
        [4 * H, 'month', 'yearly', 48 * H],
        [1 * H, 'week', 'quarterly', 13 * H],
        [1 * H, 'day', 'monthly', 30 * H],
        [12 * H, 'quarter', 'monthly', 12 * H], // may all fall in one month
        [12 * H, 'quarter', 'yearly', 48 * H],
        [7 * H, 'week', 'monthly', 30 * H],
    ])('%s s per %s in a %s period: %s s', (seconds, per, period, expected) => {
        expect(maintenancePerPeriod(seconds, per, period)).toBeCloseTo(expected, 9);
    });
});

describe('maintenanceExceedsBudget', () => {
    it.each<[string, number, number, boolean]>([
        // 99.9% allows 43m 12s (2592 s) in a 30-day month.
        ['4 h against 99.9%', 4 * H, 99.9, true],
        ['exactly the budget is not exceeding it', 2592, 99.9, false],
        ['one second more is', 2593, 99.9, true],
        ['4 h against 99.4%: budget 4h 19m 12s', 4 * H, 99.4, false],
    ])('%s', (_, seconds, availability, expected) => {
        expect(maintenanceExceedsBudget([{ seconds, per: 'month' }], availability, 'monthly')).toBe(expected);
    });

    it('adds up several windows', () => {
        expect(
            maintenanceExceedsBudget(
                [
                    { seconds: 1296, per: 'month' },
                    { seconds: 1296, per: 'month' },
                ],
                99.9,
                'monthly',
            ),
        ).toBe(false);
        expect(
            maintenanceExceedsBudget(
                [
                    { seconds: 1296, per: 'month' },
                    { seconds: 1297, per: 'month' },
                ],
                99.9,
                'monthly',
            ),
        ).toBe(true);
    });
});
