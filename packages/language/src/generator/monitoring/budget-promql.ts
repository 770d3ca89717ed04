/**
 * The error budget left in the current calendar period, as PromQL. A range selector has a fixed
 * length, so "since the first of the month" is written as one term per period of the year: the
 * term for March sums the 30-minute error ratios of the last 32 days that fall in March, and is
 * kept only while the evaluation time is itself in March. Months and quarters begin at local
 * midnight of the agreement's zone: `time()` is shifted by the offset in force when the period
 * begins (Prometheus's `month()` reads UTC).
 *
 *   remaining = 1 − Σ(error ratio of each 30-minute slot so far × 1800 s) / (budget × period seconds)
 *
 * which is the share of the period's allowed bad time (downtime for a probe, bad-request-weighted
 * time for a ratio) not yet spent; the slot in progress is counted when it closes.
 */
import { rational, multiplyRational, type Rational } from '../../domain/exact.js';
import { SECONDS_PER_DAY, type PeriodKind } from '../../domain/period.js';
import { monthStartOffsets } from '../../domain/zone-offset.js';
import { promNumber } from './promql.js';

/** The slot of the sum: the alerts' 30-minute error ratio, read every 30 minutes. */
export const BUDGET_SLOT = { window: '30m', seconds: 1800 } as const;

/** Periods whose start PromQL can find from the month alone; a year has no such term. */
export type CalendarPeriod = Exclude<PeriodKind, 'yearly'>;

interface PeriodSpan {
    /** First month, 1–12. */
    readonly first: number;
    readonly months: number;
}

function spans(period: CalendarPeriod): PeriodSpan[] {
    return period === 'monthly'
        ? Array.from({ length: 12 }, (_, i) => ({ first: i + 1, months: 1 }))
        : Array.from({ length: 4 }, (_, i) => ({ first: 3 * i + 1, months: 3 }));
}

/** Months 1–12 from a first month and a count, wrapping past December. */
function monthsFrom(first: number, count: number): number[] {
    return Array.from({ length: count }, (_, i) => ((first - 1 + i + 12) % 12) + 1);
}

/** `month()` of the time shifted by `shift` seconds is one of `months`. */
function monthIn(months: number[], shift: number): string {
    const month = shift === 0 ? 'month()' : `month(vector(time() + ${shift}))`;
    return months.length === 1 ? `${month} == ${months[0]}` : `(${months.map((m) => `${month} == ${m}`).join(' or ')})`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface BudgetQueryInput {
    /** The selector of the service's recorded error ratios, without window: `{sla_agreement="…",…}`. */
    readonly selector: string;
    readonly budget: Rational;
    readonly period: CalendarPeriod;
    readonly timeZone: string;
    /** A condition present while maintenance excluded from downtime is under way, if any. */
    readonly maintenance?: string;
    /** The year whose zone offsets are used (offsets are the same every year in nearly every zone). */
    readonly year: number;
}

export function budgetRemainingQuery(input: BudgetQueryInput): string {
    const offsets = monthStartOffsets(input.timeZone, input.year);
    const offsetOf = (month: number) => offsets[month - 1];
    const series = `sla:sli_error:ratio_rate${BUDGET_SLOT.window}${input.selector}`;
    const terms = spans(input.period).map(({ first, months }) => {
        const next = ((first - 1 + months) % 12) + 1;
        const startShift = offsetOf(first);
        const endShift = offsetOf(next);
        // A slot counts when it ends after the period's start: (t − 1 s) is at or after it.
        const sinceStart = monthIn(monthsFrom(first, months + 1), startShift - 1);
        let slots = `${series} and on () ${sinceStart}`;
        if (input.maintenance) slots = `(${slots}) unless on () (${input.maintenance})`;
        const lookback = `${months * 31 + 1}d`;
        const spent = `sum_over_time((${slots})[${lookback}:${BUDGET_SLOT.window}]) or ${series} * 0`;
        // The evaluation time is in this period: at or after its start, before the next one's.
        const now = `${monthIn(monthsFrom(first, months + 1), startShift)} and on () ${monthIn(monthsFrom(first - 1, months + 1), endShift)}`;
        return `(\n    (${spent})\n  / ${allowedSlots(first, months, input.budget, startShift, endShift)}\n  and on () ${now}\n)`;
    });
    return `1 - (\n  ${terms.join('\n  or\n  ')}\n)\n`;
}

/**
 * budget × period seconds / slot seconds: the sum of slot ratios that spends the whole budget.
 * The period's seconds are its days plus the change of offset within it (a month that starts in
 * winter time and ends in summer time is an hour shorter); February's days depend on the year.
 */
function allowedSlots(first: number, months: number, budget: Rational, startShift: number, endShift: number): string {
    const offsetChange = startShift - endShift;
    const fixedDays = monthsFrom(first, months).reduce((sum, m) => sum + (m === 2 ? 0 : DAYS_IN_MONTH[m - 1]), 0);
    const hasFebruary = monthsFrom(first, months).includes(2);
    const perSecond = multiplyRational(budget, rational(1n, BigInt(BUDGET_SLOT.seconds)));
    const fixedSeconds = fixedDays * SECONDS_PER_DAY + offsetChange;
    if (!hasFebruary) return promNumber(multiplyRational(perSecond, rational(BigInt(fixedSeconds))));
    return `(${promNumber(perSecond)} * (${fixedSeconds} + ${SECONDS_PER_DAY} * ${februaryDays(startShift)}))`;
}

/** February's days in the local year of the evaluation time: 28, or 29 in a leap year. */
function februaryDays(shift: number): string {
    const year = shift === 0 ? 'year()' : `year(vector(time() + ${shift}))`;
    return `(28 + (${year} % 4 == bool 0) - (${year} % 100 == bool 0) + (${year} % 400 == bool 0))`;
}
