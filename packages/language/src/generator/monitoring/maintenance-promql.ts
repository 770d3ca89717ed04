/**
 * Declared maintenance windows as a PromQL condition on the time of the week: a label-less vector
 * that is present while a window is open. Prometheus's time functions read UTC, so the time is
 * shifted by the window's zone offset; only zones with one fixed offset can be shifted exactly,
 * so a window in a zone with daylight saving time is reported as not machine-readable.
 */
import { MINUTES_PER_WEEK, parseMaintenanceWindow, type WeekRange } from '../../domain/maintenance-schedule.js';
import { fixedOffsetSeconds, isKnownZone } from '../../domain/zone-offset.js';

export interface ReadMaintenance {
    /** UTC minute-of-week ranges, each within one week [0, MINUTES_PER_WEEK). */
    readonly ranges: WeekRange[];
    /** Windows that could not be read, with the reason. */
    readonly unread: Array<{ text: string; reason: string }>;
}

/** Every window of the agreement as UTC ranges of the week, and the ones that could not be read. */
export function readMaintenanceWindows(windows: readonly string[], agreementZone: string): ReadMaintenance {
    const ranges: WeekRange[] = [];
    const unread: Array<{ text: string; reason: string }> = [];
    for (const text of windows) {
        const schedule = parseMaintenanceWindow(text);
        if (!schedule) {
            unread.push({ text, reason: 'not a "<days> HH:MM-HH:MM [zone]" window' });
            continue;
        }
        const zone = schedule.zone ?? agreementZone;
        const offset = isKnownZone(zone) ? fixedOffsetSeconds(zone) : undefined;
        if (offset === undefined || offset % 60 !== 0) {
            unread.push({ text, reason: isKnownZone(zone) ? `${zone} changes its UTC offset` : `unknown time zone ${zone}` });
            continue;
        }
        const shift = offset / 60;
        for (const range of schedule.ranges) ranges.push(...splitAtWeekEnd(range.start - shift, range.end - shift));
    }
    return { ranges: mergeRanges(ranges), unread };
}

/** A range in UTC minutes of the week, possibly outside [0, week), as one or two ranges inside it. */
function splitAtWeekEnd(start: number, end: number): WeekRange[] {
    const s = ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const e = s + (end - start);
    return e <= MINUTES_PER_WEEK
        ? [{ start: s, end: e }]
        : [
              { start: s, end: MINUTES_PER_WEEK },
              { start: 0, end: e - MINUTES_PER_WEEK },
          ];
}

function mergeRanges(ranges: WeekRange[]): WeekRange[] {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    const merged: WeekRange[] = [];
    for (const r of sorted) {
        const last = merged.at(-1);
        if (last && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
        else merged.push(r);
    }
    return merged;
}

/**
 * The UTC minute of the week, Sunday 00:00 = 0, at the evaluation time (or a subquery's step),
 * or that many seconds before it: a budget slot ending at 04:00 belongs to the minute before.
 */
function minuteOfWeek(secondsBefore: number): string {
    const at = secondsBefore === 0 ? '' : `vector(time() - ${secondsBefore})`;
    return `(day_of_week(${at}) * 1440 + hour(${at}) * 60 + minute(${at}))`;
}

/** A label-less vector present while a window is open; undefined when no window was read. */
export function maintenanceCondition(ranges: readonly WeekRange[], secondsBefore = 0): string | undefined {
    if (ranges.length === 0) return undefined;
    return ranges.map((r) => `(${minuteOfWeek(secondsBefore)} >= ${r.start} < ${r.end})`).join(' or ');
}
