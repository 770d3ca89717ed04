/**
 * `availability measured during <calendar>`: only the calendar's time is measured. A calendar is
 * read as a weekly schedule (its days and hours, whole days without `hours`) in its zone — the
 * zone it names, or the agreement's — less the whole local days of its holidays, all in wall-clock
 * time with luxon, so a calendar day on which the clocks change has the hours its clock shows.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar } from '../generated/ast.js';
import { calendarDays } from '../generator/agreement-terms-json.js';
import { windowSpans, type WeeklyWindow } from './maintenance-window.js';
import { mergeSpans, subtractSpans, type Span } from './time-spans.js';

export interface MeasuredCalendar {
    name: string;
    window: WeeklyWindow;
    zone: string;
    /** Local dates, `2026-08-17`. */
    holidays: string[];
    /** How the statement describes it: `monday to friday 08:00-18:00 Asia/Jakarta, less the holidays Indonesia`. */
    words: string;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The calendar the agreement measures availability during, read; `refusal` when the report cannot
 * apply it exactly (a zone local to one party, which the agreement does not name).
 */
export function measuredCalendar(agreement: Agreement, agreementZone: string): { calendar?: MeasuredCalendar; refusal?: string } {
    const clause = agreement.measurements[0]?.measuredHours[0];
    const calendar: Calendar | undefined = clause?.calendar?.ref;
    if (!clause || clause.aroundTheClock || !calendar) return {};
    const zoneClause = calendar.zones[0]?.zone;
    if (zoneClause?.local === 'customer-local' || zoneClause?.local === 'provider-local') {
        return {
            refusal: `the agreement measures availability during ${calendar.name}, whose hours are ${zoneClause.local}: the report cannot know that zone (write zone "<IANA name>" in the calendar); no report is made`,
        };
    }
    const zone = zoneClause?.local === 'UTC' ? 'UTC' : (zoneClause?.iana ?? agreementZone);
    const days = calendarDays(calendar.days[0]);
    const range = calendar.hours[0]?.range;
    const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    const [from, to] = range?.from && range.to ? [minutes(range.from), minutes(range.to)] : [0, 24 * 60];
    const holidayList = calendar.holidays[0]?.list?.ref;
    const holidays = holidayList?.days.map((day) => day.date).filter((date): date is string => !!date) ?? [];
    const hours = range?.from && range.to ? `${range.from}-${range.to}` : 'all day';
    return {
        calendar: {
            name: calendar.name,
            window: { weekdays: days.map((day) => WEEKDAYS.indexOf(day) + 1), from, to, zone },
            zone,
            holidays,
            words: `${days.join(', ')}, ${hours} ${zone}${holidayList ? `, less the holidays ${holidayList.name}` : ''}`,
        },
    };
}

/** The calendar's time within `range`, merged and in order. */
export function calendarSpans(calendar: MeasuredCalendar, range: Span): Span[] {
    const open = mergeSpans(windowSpans(calendar.window, range, calendar.zone)).map((s) => ({
        start: Math.max(s.start, range.start),
        end: Math.min(s.end, range.end),
    }));
    const holidays = calendar.holidays.map((date) => {
        const day = DateTime.fromISO(date, { zone: calendar.zone }).startOf('day');
        return { start: day.toMillis(), end: day.plus({ days: 1 }).toMillis() };
    });
    return subtractSpans(open, mergeSpans(holidays)).filter((s) => s.end > s.start);
}
