/**
 * Declared maintenance windows as a PromQL condition on the time of the week: a label-less vector
 * that is present while a window is open. Prometheus's time functions read UTC. A window in a zone
 * with one fixed offset is shifted to UTC minutes of the week. A window in a zone with daylight
 * saving time is compared with the local time of the week, `time()` shifted by the offset in force
 * at each evaluation, which PromQL works out from the zone's yearly rule (the last Sunday of
 * March at 01:00 UTC, …; domain/zone-offset.ts): the window follows the wall clock. A zone whose
 * changes follow no such rule is reported as not machine-readable.
 */
import { MINUTES_PER_WEEK, parseMaintenanceWindow, type WeekRange } from '../../domain/maintenance-schedule.js';
import { fixedOffsetSeconds, isKnownZone, offsetRule, type OffsetRule } from '../../domain/zone-offset.js';
import { offsetExpression } from './offset-promql.js';

/** Windows of one zone with daylight saving time: local minute-of-week ranges and the zone's rule. */
export interface ZonedRanges {
    readonly zone: string;
    readonly rule: OffsetRule;
    /** Local minutes of the week, each within one week [0, MINUTES_PER_WEEK). */
    readonly ranges: WeekRange[];
}

export interface ReadMaintenance {
    /** UTC minute-of-week ranges, each within one week [0, MINUTES_PER_WEEK). */
    readonly ranges: WeekRange[];
    /** Windows in zones with daylight saving time, by zone. */
    readonly zoned: ZonedRanges[];
    /** Windows that could not be read, with the reason. */
    readonly unread: Array<{ text: string; reason: string }>;
}

/** Every window of the agreement as UTC ranges of the week, and the ones that could not be read. */
export function readMaintenanceWindows(windows: readonly string[], agreementZone: string): ReadMaintenance {
    const ranges: WeekRange[] = [];
    const zoned = new Map<string, ZonedRanges>();
    const unread: Array<{ text: string; reason: string }> = [];
    for (const text of windows) {
        const schedule = parseMaintenanceWindow(text);
        if (!schedule) {
            unread.push({ text, reason: 'not a "<days> HH:MM-HH:MM [zone]" window' });
            continue;
        }
        const zone = schedule.zone ?? agreementZone;
        if (!isKnownZone(zone)) {
            unread.push({ text, reason: `unknown time zone ${zone}` });
            continue;
        }
        const offset = fixedOffsetSeconds(zone);
        if (offset === undefined) {
            const rule = offsetRule(zone);
            if (!rule || [rule.offsetAtYearStart, ...rule.transitions.map((t) => t.offsetAfter)].some((o) => o % 60 !== 0)) {
                unread.push({ text, reason: `${zone} changes its UTC offset on no yearly weekday rule` });
                continue;
            }
            const entry = zoned.get(zone) ?? { zone, rule, ranges: [] };
            for (const range of schedule.ranges) entry.ranges.push(...splitAtWeekEnd(range.start, range.end));
            zoned.set(zone, entry);
            continue;
        }
        if (offset % 60 !== 0) {
            unread.push({ text, reason: `${zone} is not a whole number of minutes from UTC` });
            continue;
        }
        const shift = offset / 60;
        for (const range of schedule.ranges) ranges.push(...splitAtWeekEnd(range.start - shift, range.end - shift));
    }
    return {
        ranges: mergeRanges(ranges),
        zoned: [...zoned.values()].map((z) => ({ ...z, ranges: mergeRanges(z.ranges) })),
        unread,
    };
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

/** The UTC minute of the week, Sunday 00:00 = 0, at the evaluation time. */
function minuteOfWeek(): string {
    return '(day_of_week() * 1440 + hour() * 60 + minute())';
}

/** A label-less vector present while a window is open; undefined when no window was read. */
export function maintenanceCondition(read: Pick<ReadMaintenance, 'ranges' | 'zoned'>): string | undefined {
    const conditions = read.ranges.map((r) => `(${minuteOfWeek()} >= ${r.start} < ${r.end})`);
    for (const z of read.zoned) {
        // Local minutes since 1970-01-01, a Thursday (minute 5760 of a week that starts on Sunday).
        const local = `(floor(vector((time() + (${offsetExpression(z.rule)})) / 60 + ${4 * 1440})) % ${MINUTES_PER_WEEK})`;
        conditions.push(...z.ranges.map((r) => `(${local} >= ${r.start} < ${r.end})`));
    }
    return conditions.length === 0 ? undefined : conditions.join(' or ');
}
