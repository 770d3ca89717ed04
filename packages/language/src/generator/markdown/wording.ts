/**
 * Small pieces of contract English: dates, durations, time zones, list letters. Plain
 * string functions; escaping happens when the Markdown tree is printed, never here.
 */
import { decimalString } from '../../domain/exact.js';
import { formatDurationLong } from '../../domain/duration.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-01-01` → `1 January 2026`; anything that is not a calendar date stays as written. */
export function formatDate(iso: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return iso;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
    return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Latencies as they are quoted: `300 ms` below a second, `1.5 seconds` below a minute, words above
 * (`2 minutes`).
 */
export function formatLatency(seconds: number): string {
    if (seconds < 1) return `${decimalString(Math.round(seconds * 1e6) / 1e3)} ms`;
    if (seconds < 60) return `${decimalString(seconds)} second${seconds === 1 ? '' : 's'}`;
    return formatDurationLong(seconds);
}

/** `every minute`, `every 30 seconds`: the unit alone for one of it. */
export function every(seconds: number): string {
    const words = formatDurationLong(seconds);
    return `every ${/^1 [a-z]+$/.test(words) ? words.slice(2) : words}`;
}

/** (a)…(z), then (aa), (ab)…: the letters of a lettered list. */
export function listLetter(index: number): string {
    let n = index + 1;
    let letters = '';
    while (n > 0) {
        n -= 1;
        letters = String.fromCharCode(97 + (n % 26)) + letters;
        n = Math.floor(n / 26);
    }
    return `(${letters})`;
}

/** Ends a sentence unless the text already does. */
export function sentence(text: string): string {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Ends a list item with `;` (or `.` for the last) unless the text already ends in punctuation. */
export function listItemEnd(text: string, last: boolean): string {
    return /[.;:!?]$/.test(text) ? text : `${text}${last ? '.' : ';'}`;
}

/**
 * A definition written by the author ("A minute in which …") continues a sentence ("Downtime means
 * a minute in which …"): a leading article is lower-cased. Nothing else in the author's text changes.
 */
export function continueSentence(text: string): string {
    return /^(A|An|Any|Each|Every|The|All) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** `customer-local` → `in the Customer's local time`; an IANA zone by its name. */
export function zonePhrase(zone: string | null): string {
    switch (zone) {
        case null:
            return '';
        case 'customer-local':
            return "in the Customer's local time";
        case 'provider-local':
            return "in the Provider's local time";
        case 'UTC':
            return 'UTC';
        default:
            return `in the ${zone} time zone`;
    }
}

/** Seconds in contract words, or the reading of an absent value. */
export function durationWords(seconds: number | null, absent: string): string {
    return seconds === null ? absent : formatDurationLong(seconds);
}

/** `p95` as written in tables. */
export function percentileLabel(percentile: number): string {
    return `p${decimalString(percentile)}`;
}
