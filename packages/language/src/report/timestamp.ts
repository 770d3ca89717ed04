/**
 * ISO 8601 timestamps of logs and samples. An offset (`Z`, `+01:00`) is required: a time without
 * one could be UTC or the zone of whoever exported it, and guessing would move an outage across a
 * period boundary. Unix seconds (`1769904000`) are accepted in samples, as Prometheus exports them.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export type TimestampResult = { ms: number } | { error: string };

export function parseTimestamp(text: string, allowUnixSeconds = false): TimestampResult {
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
