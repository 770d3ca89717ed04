/**
 * The error budget left in the current calendar period, as PromQL. A range selector has a fixed
 * length, so "since the first of the month" cannot be written directly. Instead every evaluation
 * records the 5-minute error ratio a second time, labelled with the calendar month it falls in
 * (`sla_month`, in the agreement's zone; 0 while maintenance excluded from downtime is under way).
 * The budget spent so far is then the mean of this period's samples times the time elapsed since
 * the period began, both plain instant arithmetic:
 *
 *   remaining = 1 − mean(5-minute error ratios since the period began) × elapsed / (budget × period length)
 *
 * which is the share of the period's allowed bad time (downtime for a probe, bad-request-weighted
 * time for a ratio) not yet spent. Months begin at local midnight; Prometheus's `month()` reads
 * UTC, so `time()` is shifted into the zone. In a zone with daylight saving time the shift is the
 * offset in force at the evaluation, recorded by the rules as a series of its own from the zone's
 * yearly rule (offset-promql.ts), so that a month that begins and ends at different offsets
 * (March, October in Europe) ends at local midnight too; in a zone with one offset it is that
 * constant. A zone with daylight saving time on no such rule is shifted by the offset in force
 * when each month begins, which is an hour off at the end of such a month.
 */
import { multiplyRational, rational, type Rational } from '../../domain/exact.js';
import { SECONDS_PER_DAY, type PeriodKind } from '../../domain/period.js';
import { monthStartOffsets } from '../../domain/zone-offset.js';
import { promNumber } from '../../domain/promql.js';

export const PERIOD_SAMPLE = 'sla:sli_error:ratio_rate5m_by_month';
/** The window of the recorded samples; one sample per evaluation. */
export const SAMPLE_WINDOW = '5m';

/** Periods whose start PromQL can find from the month alone; a year has no such term. */
export type CalendarPeriod = Exclude<PeriodKind, 'yearly'>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The months of each period of the year, 1–12. */
function periods(period: CalendarPeriod): number[][] {
    return period === 'monthly'
        ? Array.from({ length: 12 }, (_, i) => [i + 1])
        : [0, 1, 2, 3].map((q) => [3 * q + 1, 3 * q + 2, 3 * q + 3]);
}

/**
 * `time()` shifted into the zone, as a vector for the date functions: by the offset at the
 * evaluation (`current`, a PromQL scalar) when given, else by the offset as of a month's start.
 */
function local(offset: number, current: string | undefined, secondsBefore = 0): string {
    if (current !== undefined) return `vector(time() + ${current}${secondsBefore === 0 ? '' : ` - ${secondsBefore}`})`;
    const shift = offset - secondsBefore;
    return shift === 0 ? 'vector(time())' : `vector(time() ${shift < 0 ? '-' : '+'} ${Math.abs(shift)})`;
}

export interface MonthSampleInput {
    /** The SLI's recorded series selector, without window: `{sla_agreement="…",…}`. */
    readonly selector: string;
    readonly timeZone: string;
    /** A condition present while maintenance excluded from downtime is under way, if any. */
    readonly maintenance?: string;
    /** The zone's offset at the evaluation time, a PromQL scalar, for a zone with daylight saving time. */
    readonly currentOffset?: string;
    readonly year: number;
}

/**
 * One recording rule per month: this evaluation's 5-minute error ratio, kept only in that month
 * (judged by the second before the evaluation, so a sample at midnight belongs to the day that
 * ends), 0 while maintenance is under way.
 */
export function monthSampleRules(input: MonthSampleInput): Array<{ month: number; expr: string }> {
    const offsets = monthStartOffsets(input.timeZone, input.year);
    const ratio = `sla:sli_error:ratio_rate${SAMPLE_WINDOW}${input.selector}`;
    const value = input.maintenance ? `(${ratio} unless on () (${input.maintenance})) or ${ratio} * 0` : ratio;
    return offsets.map((offset, i) => ({
        month: i + 1,
        expr: `(${value}) and on () month(${local(offset, input.currentOffset, 1)}) == ${i + 1}`,
    }));
}

export interface BudgetQueryInput {
    /** The selector of the SLI's recorded series, without window or month. */
    readonly selector: string;
    readonly budget: Rational;
    readonly period: CalendarPeriod;
    readonly timeZone: string;
    /** The zone's offset at the evaluation time, a PromQL scalar, for a zone with daylight saving time. */
    readonly currentOffset?: string;
    readonly year: number;
}

export function budgetRemainingQuery(input: BudgetQueryInput): string {
    const offsets = monthStartOffsets(input.timeZone, input.year);
    const samples = (months: number[]) => `${PERIOD_SAMPLE}${input.selector.replace(/\}$/, `,sla_month=~"${months.join('|')}"}`)}`;
    const fallback = `sum without (sla_window) (sla:sli_error:ratio_rate${SAMPLE_WINDOW}${input.selector} * 0)`;
    const terms = periods(input.period).map((months) => {
        const offset = offsets[months[0] - 1];
        const next = offsets[(months[0] - 1 + months.length) % 12];
        const current = input.currentOffset;
        const now = local(offset, current);
        const lookback = `${months.length * 31 + 1}d`;
        const mean =
            `sum without (sla_month, sla_window) (sum_over_time(${samples(months)}[${lookback}]))\n` +
            `      / sum without (sla_month, sla_window) (count_over_time(${samples(months)}[${lookback}]))`;
        // Seconds since the period began: whole days of earlier months of the period, then this
        // month's, on the local clock; less the change of offset since the period began.
        const earlier = months.slice(0, -1).map((m) => `(month(${now}) > bool ${m}) * ${SECONDS_PER_DAY} * ${daysOf(m, now)}`);
        const today =
            current === undefined
                ? `(time() + ${offset}) % ${SECONDS_PER_DAY}`
                : `(time() + ${current}) % ${SECONDS_PER_DAY} + ${offset} - ${current}`;
        const elapsed = [...earlier, `(day_of_month(${now}) - 1) * ${SECONDS_PER_DAY}`, today].join(' + ');
        const inPeriod = months.length === 1 ? `month(${now}) == ${months[0]}` : `month(${now}) >= ${months[0]} <= ${months.at(-1)}`;
        return (
            `(\n    (\n      ${mean}\n      or ${fallback}\n    )\n` +
            `    * scalar(${elapsed})\n    / ${allowed(months, input.budget, offset - next, now)}\n    and on () ${inPeriod}\n  )`
        );
    });
    return `1 - (\n  ${terms.join('\n  or\n  ')}\n)\n`;
}

function daysOf(month: number, now: string): string {
    return month === 2 ? februaryDays(now) : String(DAYS_IN_MONTH[month - 1]);
}

/**
 * budget × the period's seconds: its days plus the change of offset within it (a month that
 * starts in winter time and ends in summer time is an hour shorter); February's days depend on
 * the year.
 */
function allowed(months: number[], budget: Rational, offsetChange: number, now: string): string {
    const fixedDays = months.reduce((sum, m) => sum + (m === 2 ? 0 : DAYS_IN_MONTH[m - 1]), 0);
    const fixedSeconds = fixedDays * SECONDS_PER_DAY + offsetChange;
    if (!months.includes(2)) return promNumber(multiplyRational(budget, rational(BigInt(fixedSeconds))));
    return `(${promNumber(budget)} * scalar(${fixedSeconds} + ${SECONDS_PER_DAY} * ${februaryDays(now)}))`;
}

/** February's days in the local year of the evaluation time: 28, or 29 in a leap year. */
function februaryDays(now: string): string {
    const year = `year(${now})`;
    return `(28 + (${year} % 4 == bool 0) - (${year} % 100 == bool 0) + (${year} % 400 == bool 0))`;
}
