/**
 * The scheduled-maintenance window is the author's free text (`"Sundays 02:00-04:00 UTC"`). The
 * report reads the common weekly form — days, a clock range, a zone — to tell maintenance inside
 * the window from maintenance outside it; text it cannot read ("as announced in the console")
 * leaves the window open, and the report says so.
 */
import { DateTime } from 'luxon';
import { isKnownZone } from './calendar.js';
import type { Span } from './time-spans.js';

export interface WeeklyWindow {
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: number[];
    /** Minutes after local midnight; `to` ≤ `from` means the window runs past midnight. */
    from: number;
    to: number;
    /** The zone written in the window, if any (otherwise the agreement's). */
    zone?: string;
}

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function weekday(word: string): number | undefined {
    const w = word.toLowerCase().replace(/s$/, '');
    const index = DAY_NAMES.findIndex((name) => name === w || (w.length >= 3 && name.startsWith(w)));
    return index < 0 ? undefined : index + 1;
}

function daysFrom(text: string): number[] | undefined {
    const words = text
        .toLowerCase()
        .replace(/\b(every|each|on)\b/g, ' ')
        .trim();
    if (words === '' || /^(daily|nightly|day|days|night|nights)$/.test(words)) return [1, 2, 3, 4, 5, 6, 7];
    if (/^weekdays?$/.test(words)) return [1, 2, 3, 4, 5];
    if (/^weekends?$/.test(words)) return [6, 7];
    const days = new Set<number>();
    for (const part of words.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)) {
        const range = /^([a-z]+)\s*(?:-|–|\bto\b|\bthrough\b)\s*([a-z]+)$/.exec(part);
        if (range) {
            const [first, last] = [weekday(range[1]), weekday(range[2])];
            if (first === undefined || last === undefined) return undefined;
            for (let d = first; ; d = (d % 7) + 1) {
                days.add(d);
                if (d === last) break;
            }
        } else {
            const day = weekday(part);
            if (day === undefined) return undefined;
            days.add(day);
        }
    }
    return [...days].sort();
}

/** The window as a weekly schedule, or undefined when its text is not one. */
export function parseMaintenanceWindow(text: string): WeeklyWindow | undefined {
    const match = /^(.*?)\s*(\d{1,2}):(\d{2})\s*(?:-|–|to)\s*(\d{1,2}):(\d{2})\s*(.*)$/i.exec(text.trim());
    if (!match) return undefined;
    const [, dayText, fh, fm, th, tm, zoneText] = match;
    const weekdays = daysFrom(dayText.replace(/[,:]\s*$/, ''));
    const [from, to] = [Number(fh) * 60 + Number(fm), Number(th) * 60 + Number(tm)];
    if (!weekdays || weekdays.length === 0 || from >= 24 * 60 || to > 24 * 60) return undefined;
    const zoneWord = zoneText.trim();
    let zone: string | undefined;
    if (zoneWord !== '') {
        zone = /^(utc|gmt|z)$/i.test(zoneWord) ? 'UTC' : zoneWord;
        if (!isKnownZone(zone)) return undefined;
    }
    return { weekdays, from, to, zone };
}

/** The window's occurrences that share time with `range`, in order; the zone falls back to `zone`. */
export function windowSpans(window: WeeklyWindow, range: Span, zone: string): Span[] {
    const windowZone = window.zone ?? zone;
    const spans: Span[] = [];
    // Start a day early: an occurrence past midnight may reach into the range.
    let day = DateTime.fromMillis(range.start, { zone: windowZone }).startOf('day').minus({ days: 1 });
    while (day.toMillis() < range.end) {
        if (window.weekdays.includes(day.weekday)) {
            // Wall-clock times: on the day the clock springs forward, 02:00-04:00 lasts an hour.
            const start = clock(day, window.from);
            const end = clock(window.to > window.from ? day : day.plus({ days: 1 }), window.to);
            if (end.toMillis() > range.start && start.toMillis() < range.end) spans.push({ start: start.toMillis(), end: end.toMillis() });
        }
        day = day.plus({ days: 1 });
    }
    return spans;
}

function clock(day: DateTime, minutes: number): DateTime {
    return minutes >= 24 * 60 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}
