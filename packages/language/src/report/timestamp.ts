/**
 * ISO 8601 timestamps of logs and samples. An offset (`Z`, `+01:00`) is required: a time without
 * one could be UTC or the zone of whoever exported it, and guessing would move an outage across a
 * period boundary. Unix seconds (`1769904000`) are accepted in samples, as Prometheus exports them.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export type TimestampResult = { ms: number } | { error: string };

export function parseTimestamp(text: string, allowUnixSeconds = false): TimestampResult {
    const fast = canonicalUtc(text);
    if (fast !== undefined) return { ms: fast };
    const trimmed = text.trim();
    if (allowUnixSeconds && /^\d{9,11}(\.\d+)?$/.test(trimmed)) return { ms: Math.round(Number(trimmed) * 1000) };
    const match = ISO.exec(trimmed);
    if (!match) return { error: `"${text}" is not an ISO 8601 timestamp such as 2026-02-01T10:00:00Z` };
    const [, y, mo, d, h, mi, s = '0', fraction = '', offset] = match;
    if (offset === undefined) return { error: `"${text}" has no offset: write it with Z (UTC) or an offset such as +01:00` };
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
    const local = Date.UTC(year, month - 1, day, hour, minute, second, Number((fraction + '000').slice(0, 3)));
    const check = new Date(local);
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
        return { error: `"${text}" is not a date and time that exists` };
    }
    return { ms: local - offsetMinutes(offset) * 60_000 };
}

function offsetMinutes(offset: string): number {
    if (offset === 'Z' || offset === 'z') return 0;
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * `2026-02-01T10:00:00Z` or `2026-02-01T10:00:00.000Z`, the form exporters write a million times
 * over, read digit by digit without a regular expression or an allocation; anything else (or an
 * impossible date) is left to the general parser, which explains what is wrong.
 */
function canonicalUtc(text: string): number | undefined {
    const length = text.length;
    if ((length !== 20 && length !== 24) || text.charCodeAt(length - 1) !== 90 /* Z */) return undefined;
    if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':') return undefined;
    if (length === 24 && text[19] !== '.') return undefined;
    const digits = (from: number, count: number): number => {
        let value = 0;
        for (let i = from; i < from + count; i++) {
            const d = text.charCodeAt(i) - 48;
            if (d < 0 || d > 9) return NaN;
            value = value * 10 + d;
        }
        return value;
    };
    const [year, month, day, hour, minute, second] = [
        digits(0, 4),
        digits(5, 2),
        digits(8, 2),
        digits(11, 2),
        digits(14, 2),
        digits(17, 2),
    ];
    const millis = length === 24 ? digits(20, 3) : 0;
    if (!(
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysIn(year, month) &&
        hour <= 23 &&
        minute <= 59 &&
        second <= 59 &&
        millis >= 0
    )) {
        return undefined;
    }
    return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}
