/**
 * A scheduled-maintenance window written as text ("Sundays 02:00-04:00 UTC") read as times of the
 * week, so that alerts can be silenced while it is open. Only the common shapes are read: days
 * (`Sundays`, `Monday to Friday`, `Tuesdays and Thursdays`, `daily`, `weekdays`, `weekends`), one
 * clock range, and an optional zone (`UTC` or an IANA name). Anything else is left to people:
 * the window is reported as not machine-readable rather than guessed at.
 */

export const MINUTES_PER_WEEK = 7 * 24 * 60;

/** Minutes since Sunday 00:00 (Prometheus's `day_of_week()` counts Sunday as 0). */
export interface WeekRange {
    readonly start: number;
    /** Exclusive; larger than `start`, at most `start` + one week (a range may run past Saturday). */
    readonly end: number;
}

export interface MaintenanceSchedule {
    readonly ranges: readonly WeekRange[];
    /** The zone written in the text, if any (otherwise the agreement's). */
    readonly zone?: string;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function dayIndex(word: string): number | undefined {
    const w = word.toLowerCase().replace(/s$/, '');
    const index = DAYS.findIndex((d) => d === w || d.slice(0, 3) === w);
    return index < 0 ? undefined : index;
}

function days(text: string): number[] | undefined {
    const t = text
        .trim()
        .toLowerCase()
        .replace(/^every\s+/, '');
    if (t === 'daily' || t === 'day' || t === 'every day') return [0, 1, 2, 3, 4, 5, 6];
    if (t === 'weekdays') return [1, 2, 3, 4, 5];
    if (t === 'weekends') return [6, 0];
    const range = /^(\w+)\s*(?:to|-|–|through)\s*(\w+)$/.exec(t);
    if (range) {
        const [from, to] = [dayIndex(range[1]), dayIndex(range[2])];
        if (from === undefined || to === undefined) return undefined;
        const result: number[] = [];
        for (let d = from; ; d = (d + 1) % 7) {
            result.push(d);
            if (d === to) return result;
        }
    }
    const list = t.split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
    const indices = list.map(dayIndex);
    return indices.length > 0 && indices.every((i) => i !== undefined) ? (indices as number[]) : undefined;
}

function minutes(clock: string): number | undefined {
    const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
    if (!match) return undefined;
    const [h, m] = [Number(match[1]), Number(match[2])];
    return h > 24 || m > 59 || (h === 24 && m > 0) ? undefined : h * 60 + m;
}

/** The window as week ranges, or undefined when the text is not one of the shapes above. */
export function parseMaintenanceWindow(text: string): MaintenanceSchedule | undefined {
    const match = /^(.*?)\s*,?\s+(\d{1,2}:\d{2})\s*(?:-|–|to)\s*(\d{1,2}:\d{2})(?:\s+(\S+))?\s*$/i.exec(text.trim());
    if (!match) return undefined;
    const [, dayText, fromText, toText, zone] = match;
    const weekdays = days(dayText);
    const [from, to] = [minutes(fromText), minutes(toText)];
    if (!weekdays || from === undefined || to === undefined || from === to) return undefined;
    // A window that ends at or before it starts runs past midnight into the next day.
    const length = to > from ? to - from : to + 24 * 60 - from;
    const ranges = weekdays.map((day) => ({ start: day * 24 * 60 + from, end: day * 24 * 60 + from + length }));
    return zone === undefined ? { ranges } : { ranges, zone };
}
