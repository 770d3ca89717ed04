/**
 * UTC offsets of an IANA time zone, from the platform's time zone database (`Intl`). Prometheus
 * knows only UTC (`hour()`, `month()` read UTC), so a rule about local time shifts `time()` by
 * the offset; these functions say which offset, and whether one offset is enough.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
    let format = formatters.get(zone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(zone, format);
    }
    return format;
}

/** Whether the platform knows the zone (`Europe/Berlin`, `UTC`). */
export function isKnownZone(zone: string): boolean {
    try {
        formatter(zone);
        return true;
    } catch {
        return false;
    }
}

/** The zone's offset from UTC in seconds at an instant (milliseconds since the epoch). */
export function offsetSecondsAt(zone: string, epochMs: number): number {
    const parts = Object.fromEntries(
        formatter(zone)
            .formatToParts(new Date(epochMs))
            .map((p) => [p.type, p.value]),
    );
    const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
    return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 1000);
}

/**
 * The offset of a zone that never changes it (UTC, Asia/Jakarta), judged on every day of the
 * sample years; undefined for a zone with daylight saving time or a change of offset.
 */
export function fixedOffsetSeconds(zone: string, years: readonly number[] = [2025, 2026, 2027]): number | undefined {
    const first = offsetSecondsAt(zone, Date.UTC(years[0], 0, 1));
    for (const year of years) {
        for (let day = 0; day < 366; day++) {
            if (offsetSecondsAt(zone, Date.UTC(year, 0, 1 + day, 12)) !== first) return undefined;
        }
    }
    return first;
}

/**
 * The offset in force when each local month begins (index 0 = January), for the given year: the
 * start of local month M is midnight UTC of its first day minus this offset.
 */
export function monthStartOffsets(zone: string, year: number): number[] {
    return Array.from({ length: 12 }, (_, month) => {
        // The offset at local midnight: take the offset at UTC midnight, then re-check at the
        // instant it designates (a transition never falls within hours of a month's start).
        const guess = offsetSecondsAt(zone, Date.UTC(year, month, 1));
        return offsetSecondsAt(zone, Date.UTC(year, month, 1) - guess * 1000);
    });
}

/**
 * A change of a zone's UTC offset as a yearly rule in UTC terms, the way daylight saving time is
 * legislated: the `week`-th (or last) `weekday` of `month`, at `minute` past midnight UTC.
 */
export interface OffsetTransition {
    /** 1–12, of the UTC date. */
    readonly month: number;
    readonly week: 1 | 2 | 3 | 4 | 'last';
    /** 0 = Sunday, of the UTC date. */
    readonly weekday: number;
    /** Minutes past midnight UTC. */
    readonly minute: number;
    /** The offset in force from the transition on, in seconds. */
    readonly offsetAfter: number;
}

/** A zone with two changes of offset a year: the offset on 1 January, then the two transitions in order. */
export interface OffsetRule {
    readonly offsetAtYearStart: number;
    readonly transitions: readonly [OffsetTransition, OffsetTransition];
}

const DAY_MS = 86_400_000;

/** Every change of offset within a UTC year, to the minute: the instant and the offset after it. */
function transitionsIn(zone: string, year: number): Array<{ at: number; offsetAfter: number }> {
    const found: Array<{ at: number; offsetAfter: number }> = [];
    const end = Date.UTC(year + 1, 0, 1);
    for (let day = Date.UTC(year, 0, 1); day < end; day += DAY_MS) {
        const before = offsetSecondsAt(zone, day);
        const after = offsetSecondsAt(zone, day + DAY_MS);
        if (before === after) continue;
        // One change a day at most: the first minute with the new offset.
        let [lo, hi] = [day / 60_000, (day + DAY_MS) / 60_000];
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (offsetSecondsAt(zone, mid * 60_000) === before) lo = mid;
            else hi = mid;
        }
        found.push({ at: hi * 60_000, offsetAfter: after });
    }
    return found;
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant a transition rule designates in a year. */
export function transitionInstant(rule: OffsetTransition, year: number): number {
    const days = daysInMonth(year, rule.month);
    const firstWeekday = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
    const first = 1 + ((rule.weekday - firstWeekday + 7) % 7);
    const day = rule.week === 'last' ? first + 7 * Math.floor((days - first) / 7) : first + 7 * (rule.week - 1);
    return Date.UTC(year, rule.month - 1, day) + rule.minute * 60_000;
}

/**
 * The zone's yearly rule of offsets, read from `year` and confirmed on the years around it;
 * undefined when the zone does not change its offset exactly twice a year on weekday rules (a
 * fixed zone, or one whose rules moved, or one whose local rule falls on different UTC weekdays).
 */
export function offsetRule(zone: string, year = 2026, confirm: readonly number[] = [2025, 2027, 2028]): OffsetRule | undefined {
    const changes = transitionsIn(zone, year);
    const atYearStart = offsetSecondsAt(zone, Date.UTC(year, 0, 1));
    if (changes.length !== 2 || changes[1].offsetAfter !== atYearStart || changes[0].offsetAfter === atYearStart) return undefined;
    const transitions = changes.map(({ at, offsetAfter }): OffsetTransition => {
        const date = new Date(at);
        const day = date.getUTCDate();
        const month = date.getUTCMonth() + 1;
        const week = day + 7 > daysInMonth(year, month) ? 'last' : (Math.ceil(day / 7) as 1 | 2 | 3 | 4);
        return { month, week, weekday: date.getUTCDay(), minute: date.getUTCHours() * 60 + date.getUTCMinutes(), offsetAfter };
    }) as [OffsetTransition, OffsetTransition];
    for (const other of confirm) {
        const actual = transitionsIn(zone, other);
        const same =
            actual.length === 2 &&
            offsetSecondsAt(zone, Date.UTC(other, 0, 1)) === atYearStart &&
            actual.every((a, i) => a.at === transitionInstant(transitions[i], other) && a.offsetAfter === transitions[i].offsetAfter);
        if (!same) return undefined;
    }
    return { offsetAtYearStart: atYearStart, transitions };
}
