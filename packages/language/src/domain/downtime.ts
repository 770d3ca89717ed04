/**
 * Downtime arithmetic of §7.1: how much downtime an availability figure allows, and which
 * availability a given downtime amounts to. Both go through exact rationals so that 99.9% of a
 * 30-day month is 2592 s, not 2591.9999…, and 2592 s of downtime measures exactly 99.9%.
 */
import {
    asPercentOf,
    compareRational,
    complementPercent,
    multiplyRational,
    percentOf,
    rational,
    rationalFromNumber,
    rationalToNumber,
    roundHalfAwayFromZero,
    subtractRational,
    type Rational,
} from './exact.js';
import { formatDuration } from './duration.js';
import { periodDayRange, periodDays, SECONDS_PER_DAY, type PeriodKind } from './period.js';
import { InputError } from './input-error.js';

function checkPercent(availability: number): void {
    if (!Number.isFinite(availability) || availability < 0 || availability > 100) {
        throw new RangeError(`Availability must be between 0% and 100%, got ${availability}%`);
    }
}

/** The error budget of an availability in percent, as a share of the period: 99.95 → 0.0005. */
export function errorBudget(availability: number): Rational {
    return percentOf(complementPercent(rationalFromNumber(availability)), rational(1n));
}

/** (1 − availability/100) × length, exactly: the downtime the availability allows in a period of that length. */
export function exactAllowedDowntime(availability: number, length: Rational): Rational {
    return multiplyRational(errorBudget(availability), length);
}

/** (1 − availability/100) × seconds, exact until the final conversion to a number. */
export function allowedDowntime(availability: number, seconds: number): number {
    checkPercent(availability);
    return rationalToNumber(exactAllowedDowntime(availability, rationalFromNumber(seconds)));
}

export interface DowntimeBudget {
    availability: number;
    perDay: number;
    perWeek: number;
    perPeriod: { reference: number; min: number; max: number; referenceDays: number; minDays: number; maxDays: number };
    /** For a 365-day year. */
    perYear: number;
    /** −log10(1 − a/100), one decimal: 99.95% → 3.3; 100% → Infinity. */
    nines: number;
}

export function downtimeBudget(availability: number, period: PeriodKind): DowntimeBudget {
    const days = (n: number): number => allowedDowntime(availability, n * SECONDS_PER_DAY);
    const referenceDays = periodDays(period);
    const { min: minDays, max: maxDays } = periodDayRange(period);
    return {
        availability,
        perDay: days(1),
        perWeek: days(7),
        perPeriod: { reference: days(referenceDays), min: days(minDays), max: days(maxDays), referenceDays, minDays, maxDays },
        perYear: days(365),
        nines: nines(availability),
    };
}

export function nines(availability: number): number {
    checkPercent(availability);
    // 2 − log10(100 − a) rather than −log10(1 − a/100): 100 − 99.9 is computed exactly first,
    // so 99.9% gives 3 and not 2.9999999999999996.
    const unavailablePercent = rationalToNumber(complementPercent(rationalFromNumber(availability)));
    if (unavailablePercent === 0) return Infinity;
    return Math.round((2 - Math.log10(unavailablePercent)) * 10) / 10;
}

/** A measured availability: the number for display, the rational for bracket boundaries. */
export interface Measured {
    value: number;
    exact: Rational;
}

/** (period − downtime) ÷ period × 100, the measured availability of §7.2. */
export function availabilityFromDowntime(downtimeSeconds: number, periodDays: number): Measured {
    if (!Number.isFinite(periodDays) || periodDays <= 0) {
        throw new RangeError(`The period must be a positive number of days, got ${periodDays}`);
    }
    const periodSeconds = periodDays * SECONDS_PER_DAY;
    if (!Number.isFinite(downtimeSeconds) || downtimeSeconds < 0) {
        throw new RangeError(`Downtime must be zero or more seconds, got ${downtimeSeconds}`);
    }
    if (downtimeSeconds > periodSeconds) {
        // In days, hours and minutes (`100d`, not `8640000 s`), unless rounding to the second
        // would show the two as equal.
        const [down, length] = [formatDuration(downtimeSeconds), formatDuration(periodSeconds)];
        const [shownDown, shownLength] = down === length ? [`${downtimeSeconds} s`, `${periodSeconds} s`] : [down, length];
        throw new InputError(`Downtime of ${shownDown} is longer than the ${periodDays}-day period (${shownLength})`);
    }
    const period = rationalFromNumber(periodSeconds);
    const up = subtractRational(period, rationalFromNumber(downtimeSeconds));
    const exact = asPercentOf(up, period);
    return { value: rationalToNumber(exact), exact };
}

/** A given availability figure (`--availability 99.2%`) as a measurement. */
export function measuredFromAvailability(availability: number): Measured {
    checkPercent(availability);
    return { value: availability, exact: rationalFromNumber(availability) };
}

/**
 * Four decimals (or `decimals`), rounded half away from zero on the exact value when one is given:
 * `99.5833%`.
 */
export function formatMeasured(value: number | Rational, decimals = 4): string {
    const exact = typeof value === 'number' ? rationalFromNumber(value) : value;
    const rounded = roundHalfAwayFromZero(exact, decimals);
    const negative = compareRational(rounded, rational(0n)) < 0;
    const scaled = (negative ? -rounded.num : rounded.num) * (10n ** BigInt(decimals) / rounded.den);
    const digits = scaled.toString().padStart(decimals + 1, '0');
    return `${negative ? '-' : ''}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}%`;
}

/**
 * `formatMeasured` with as many decimals beyond four as it takes for the shown figure to sit on
 * the same side of every bound as the exact one: 2h 11m 3s down in 91 days is 99.899996…%, which
 * four decimals would show as `99.9000%` beside "less than 99.9%". Twelve decimals at most.
 */
export function formatMeasuredBeside(exact: Rational, bounds: number[]): string {
    const finite = bounds.filter(Number.isFinite).map(rationalFromNumber);
    for (let decimals = 4; decimals < 12; decimals++) {
        const rounded = roundHalfAwayFromZero(exact, decimals);
        if (finite.every((b) => Math.sign(compareRational(rounded, b)) === Math.sign(compareRational(exact, b)))) {
            return formatMeasured(exact, decimals);
        }
    }
    return formatMeasured(exact, 12);
}
