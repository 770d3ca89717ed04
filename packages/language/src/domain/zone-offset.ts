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
