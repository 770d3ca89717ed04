/**
 * Multiwindow, multi-burn-rate alerting (the Google SRE workbook, "Alerting on SLOs", §6): an
 * alert fires when both a long and a short window burn the error budget faster than a factor that
 * would spend a given share of the period's budget within the long window. The factors are exact
 * rationals of the agreement's reference period, so 2% of a 30-day budget in one hour is exactly
 * 14.4 and a threshold such as 14.4 × 0.001 prints as 0.0144.
 */
import { divideRational, multiplyRational, rational, type Rational } from './exact.js';
import { errorBudget } from './downtime.js';
import { periodDays, SECONDS_PER_DAY, type PeriodKind } from './period.js';

export type AlertSeverity = 'page' | 'ticket';

/** A Prometheus range written as it is in PromQL: `5m`, `1h`, `3d`. */
export interface PromDuration {
    readonly text: string;
    readonly seconds: number;
}

const duration = (text: string, seconds: number): PromDuration => ({ text, seconds });

/** Every window the alerts read, shortest first: the error ratio is recorded for each. */
export const ALERT_WINDOWS: readonly PromDuration[] = [
    duration('5m', 300),
    duration('30m', 1800),
    duration('1h', 3600),
    duration('2h', 7200),
    duration('6h', 21600),
    duration('1d', 86400),
    duration('3d', 259200),
];

const window = (text: string): PromDuration => ALERT_WINDOWS.find((w) => w.text === text)!;

export interface WindowPair {
    readonly severity: AlertSeverity;
    readonly long: PromDuration;
    readonly short: PromDuration;
    /** The share of the period's budget that the long window may spend before the alert fires. */
    readonly budgetShare: Rational;
}

/** The workbook's four pairs: page at 2% in 1h and 5% in 6h, ticket at 10% in 1d and in 3d. */
export const WINDOW_PAIRS: readonly WindowPair[] = [
    { severity: 'page', long: window('1h'), short: window('5m'), budgetShare: rational(2n, 100n) },
    { severity: 'page', long: window('6h'), short: window('30m'), budgetShare: rational(5n, 100n) },
    { severity: 'ticket', long: window('1d'), short: window('2h'), budgetShare: rational(10n, 100n) },
    { severity: 'ticket', long: window('3d'), short: window('6h'), budgetShare: rational(10n, 100n) },
];

/**
 * How many times faster than "exactly the whole budget over the period" the pair's long window
 * burns: share × period / long window. The period is the reference length (30, 91 or 365 days),
 * the one every budget of the toolkit uses: 14.4, 6, 3 and 1 for a month.
 */
export function burnFactor(pair: WindowPair, period: PeriodKind): Rational {
    const periodSeconds = rational(BigInt(periodDays(period) * SECONDS_PER_DAY));
    return divideRational(multiplyRational(pair.budgetShare, periodSeconds), rational(BigInt(pair.long.seconds)));
}

/** The error ratio above which the pair's windows burn too fast: factor × budget. */
export function burnThreshold(pair: WindowPair, period: PeriodKind, objectivePercent: number): Rational {
    return multiplyRational(burnFactor(pair, period), errorBudget(objectivePercent));
}
