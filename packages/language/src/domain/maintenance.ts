/**
 * Scheduled maintenance against the downtime budget (§5 `maintenance-over-budget`). When
 * maintenance counts as downtime, the allowance written in the exclusions (`at most 4 h per
 * month`) is converted to the measurement period and compared with what the availability allows.
 */
import { addRational, compareRational, multiplyRational, rational, rationalFromNumber, rationalToNumber, type Rational } from './exact.js';
import { exactAllowedDowntime } from './downtime.js';
import { periodDays, SECONDS_PER_DAY, type PeriodKind } from './period.js';

export type AllowanceUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * How many allowance units fit in one period. Calendar units count as a lawyer counts them (three
 * months to a quarter, twelve to a year); days and weeks by the period's reference length. An
 * allowance per unit at least as long as the period can be spent within a single period, so it
 * counts in full: "at most 12 h per quarter" may all fall in one month.
 */
const UNITS_PER_PERIOD: Readonly<Record<PeriodKind, Readonly<Record<AllowanceUnit, Rational>>>> = {
    monthly: { day: rational(30n), week: rational(30n, 7n), month: rational(1n), quarter: rational(1n), year: rational(1n) },
    quarterly: { day: rational(91n), week: rational(13n), month: rational(3n), quarter: rational(1n), year: rational(1n) },
    yearly: { day: rational(365n), week: rational(365n, 7n), month: rational(12n), quarter: rational(4n), year: rational(1n) },
};

function exactMaintenance(seconds: number, per: AllowanceUnit, period: PeriodKind): Rational {
    return multiplyRational(rationalFromNumber(seconds), UNITS_PER_PERIOD[period][per]);
}

/** The most scheduled maintenance one period can hold, in seconds. */
export function maintenancePerPeriod(seconds: number, per: AllowanceUnit, period: PeriodKind): number {
    return rationalToNumber(exactMaintenance(seconds, per, period));
}

function exactBudget(availability: number, period: PeriodKind): Rational {
    return exactAllowedDowntime(availability, rational(BigInt(periodDays(period) * SECONDS_PER_DAY)));
}

/**
 * True when the maintenance allowed in a reference period exceeds the downtime the availability
 * allows in it. Using the whole budget exactly is allowed (not "exceeding").
 */
export function maintenanceExceedsBudget(
    allowances: ReadonlyArray<{ seconds: number; per: AllowanceUnit }>,
    availability: number,
    period: PeriodKind,
): boolean {
    const total = allowances.reduce((sum, a) => addRational(sum, exactMaintenance(a.seconds, a.per, period)), rational(0n));
    return compareRational(total, exactBudget(availability, period)) > 0;
}
