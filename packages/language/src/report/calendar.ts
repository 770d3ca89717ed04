/**
 * Calendar periods and days in the agreement's time zone (luxon, which reads the zone rules of
 * the platform's Intl): a month is 28 to 31 days long, a quarter 90 to 92, a year 365 or 366, and
 * a day on which the zone changes its clock lasts 23 or 25 hours. Pure: no I/O, browser-safe.
 */
import { DateTime, IANAZone } from 'luxon';
import type { PeriodKind } from '../domain/period.js';
import type { Span } from './time-spans.js';

export interface CalendarPeriod extends Span {
    /** `2026-02`, `2026-Q1`, `2026`: sorts in time order. */
    key: string;
    /** `February 2026`, `Q1 2026`, `2026`. */
    label: string;
    /** First and last calendar day, `2026-02-01` and `2026-02-28`. */
    firstDay: string;
    lastDay: string;
}

const UNIT: Readonly<Record<PeriodKind, 'month' | 'quarter' | 'year'>> = { monthly: 'month', quarterly: 'quarter', yearly: 'year' };

/** True for names the platform knows (`Europe/Berlin`, `UTC`); `Europe/Atlantis` is not one. */
export function isKnownZone(zone: string): boolean {
    return IANAZone.isValidZone(zone);
}

function at(ms: number, zone: string): DateTime {
    return DateTime.fromMillis(ms, { zone });
}

/** The calendar period of `kind` that holds the instant `ms`, in `zone`. */
export function periodContaining(ms: number, kind: PeriodKind, zone: string): CalendarPeriod {
    const unit = UNIT[kind];
    const start = at(ms, zone).startOf(unit);
    const end = start.plus({ [unit]: 1 });
    const lastDay = end.minus({ days: 1 });
    const key = kind === 'monthly' ? start.toFormat('yyyy-MM') : kind === 'quarterly' ? `${start.year}-Q${start.quarter}` : `${start.year}`;
    const label =
        kind === 'monthly'
            ? start.setLocale('en').toFormat('LLLL yyyy')
            : kind === 'quarterly'
              ? `Q${start.quarter} ${start.year}`
              : `${start.year}`;
    return { start: start.toMillis(), end: end.toMillis(), key, label, firstDay: start.toISODate()!, lastDay: lastDay.toISODate()! };
}

/** Every period that shares an instant with [from, to), in order. */
export function periodsCovering(from: number, to: number, kind: PeriodKind, zone: string): CalendarPeriod[] {
    const periods: CalendarPeriod[] = [];
    let cursor = from;
    do {
        const period = periodContaining(cursor, kind, zone);
        periods.push(period);
        cursor = period.end;
    } while (cursor < to);
    return periods;
}

/** The calendar days of a span in `zone`, each from its local midnight to the next (23 h or 25 h on a clock change). */
export function daysOf(span: Span, zone: string): Span[] {
    const days: Span[] = [];
    let day = at(span.start, zone).startOf('day');
    while (day.toMillis() < span.end) {
        const next = day.plus({ days: 1 });
        days.push({ start: Math.max(day.toMillis(), span.start), end: Math.min(next.toMillis(), span.end) });
        day = next;
    }
    return days;
}

/** `2026-03-29` → the instant of that day's local midnight in `zone`; undefined for a date that does not exist. */
export function startOfLocalDate(date: string, zone: string): number | undefined {
    const parsed = DateTime.fromISO(date, { zone });
    return /^\d{4}-\d{2}-\d{2}$/.test(date) && parsed.isValid ? parsed.startOf('day').toMillis() : undefined;
}

/** The local calendar date of an instant, `2026-03-30`. */
export function localDate(ms: number, zone: string): string {
    return at(ms, zone).toISODate()!;
}

/** `2026-03-29 02:30` local time with its offset, for messages and tables. */
export function localDateTime(ms: number, zone: string): string {
    return at(ms, zone).toFormat("yyyy-MM-dd HH:mm:ss 'UTC'ZZ");
}

/** The start of the calendar `unit` (day, ISO week from Monday, month, quarter, year) that holds `ms`, and the next one. */
export function calendarUnitAround(ms: number, unit: 'day' | 'week' | 'month' | 'quarter' | 'year', zone: string): Span {
    const start = at(ms, zone).startOf(unit);
    return { start: start.toMillis(), end: start.plus({ [unit === 'week' ? 'weeks' : unit]: 1 }).toMillis() };
}

/** `ms` plus a number of calendar days in `zone` (a day across a clock change is still one day). */
export function plusCalendarDays(ms: number, days: number, zone: string): number {
    return at(ms, zone).plus({ days }).toMillis();
}

/**
 * The year of the agreement that holds a period, for a cap per year: twelve months (four
 * quarters, one year) from the start of the period holding the effective date, so that every
 * period lies in one year; calendar years in `zone` when the agreement has no effective date.
 */
export function agreementYear(periodStart: number, kind: PeriodKind, zone: string, effective?: number): Span & { firstDay: string } {
    const anchor = effective === undefined ? at(periodStart, zone).startOf('year') : at(effective, zone).startOf(UNIT[kind]);
    const local = at(periodStart, zone);
    const months = local.year * 12 + local.month - (anchor.year * 12 + anchor.month);
    const start = anchor.plus({ years: Math.floor(months / 12) });
    return { start: start.toMillis(), end: start.plus({ years: 1 }).toMillis(), firstDay: start.toISODate()! };
}
