/**
 * Duration units of §1 and the two ways durations are shown: compact in hovers and inlay hints
 * (`43m 12s`) and in words in contract text (`4 hours`). Durations are seconds throughout.
 */

export type DurationUnit =
    | 'ms'
    | 's'
    | 'sec'
    | 'second'
    | 'seconds'
    | 'min'
    | 'minute'
    | 'minutes'
    | 'h'
    | 'hour'
    | 'hours'
    | 'd'
    | 'day'
    | 'days'
    | 'w'
    | 'week'
    | 'weeks'
    | 'm';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const WEEK = 604800;

const SECONDS_PER_UNIT: Readonly<Record<string, number>> = {
    ms: 0.001,
    s: 1,
    sec: 1,
    second: 1,
    seconds: 1,
    min: MINUTE,
    minute: MINUTE,
    minutes: MINUTE,
    h: HOUR,
    hour: HOUR,
    hours: HOUR,
    d: DAY,
    day: DAY,
    days: DAY,
    w: WEEK,
    week: WEEK,
    weeks: WEEK,
};

/** `m` could mean minutes or months; the spec makes it an error rather than guessing. */
export function isAmbiguousUnit(unit: string): boolean {
    return unit === 'm';
}

/** Seconds per unit; `undefined` for `m` (ambiguous) and for anything that is not a unit. */
export function unitSeconds(unit: string): number | undefined {
    return Object.hasOwn(SECONDS_PER_UNIT, unit) ? SECONDS_PER_UNIT[unit] : undefined;
}

export function toSeconds(value: number, unit: string): number | undefined {
    if (unit === 'ms') return value / 1000; // dividing keeps 500 ms at exactly 0.5
    const perUnit = unitSeconds(unit);
    return perUnit === undefined ? undefined : value * perUnit;
}

/** Why a text is not a duration: not of the shape `3h 30min`, an ambiguous `m`, or a word that is no unit. */
export type DurationTextError = { error: 'shape' } | { error: 'ambiguous'; amount: string; unit: string } | { error: 'unit'; unit: string };

const DURATION_PART = /(\d+(?:\.\d+)?)\s*([A-Za-z]+)/g;

/**
 * A duration typed by a user (a command-line option, a setting, an input box) → seconds: `3h`,
 * `3 h`, `45 min`, `1h 30min`, with the units of the language (and not `m`, minutes or months).
 */
export function parseDurationText(text: string): { seconds: number } | DurationTextError {
    const parts = [...text.matchAll(DURATION_PART)];
    if (parts.length === 0 || text.replace(DURATION_PART, '').trim() !== '') return { error: 'shape' };
    let total = 0;
    for (const [, amount, unit] of parts) {
        if (isAmbiguousUnit(unit)) return { error: 'ambiguous', amount, unit };
        const seconds = toSeconds(Number(amount), unit);
        if (seconds === undefined) return { error: 'unit', unit };
        total += seconds;
    }
    return { seconds: total };
}

/**
 * Compact form for hovers and hints: rounded to the second (half up), largest units first, zero
 * parts left out — `43m 12s`, `8h 45m 36s`, `3d 15h`, `0s`.
 */
export function formatDuration(seconds: number): string {
    if (!Number.isFinite(seconds)) throw new RangeError(`Not a finite duration: ${seconds}`);
    const sign = seconds < 0 ? '-' : '';
    const parts = splitInto(Math.round(Math.abs(seconds)), COMPACT).map(({ count, unit }) => `${count}${unit}`);
    return parts.length === 0 ? '0s' : sign + parts.join(' ');
}

const COMPACT: ReadonlyArray<readonly [number, string]> = [
    [DAY, 'd'],
    [HOUR, 'h'],
    [MINUTE, 'm'],
    [1, 's'],
];

/** `total` as whole counts of each size, largest first, what is left carried to the next; zero counts left out. */
function splitInto<U>(total: number, sizes: ReadonlyArray<readonly [number, U]>): Array<{ count: number; unit: U }> {
    let rest = total;
    const parts: Array<{ count: number; unit: U }> = [];
    for (const [size, unit] of sizes) {
        const count = Math.floor(rest / size);
        rest -= count * size;
        if (count > 0) parts.push({ count, unit });
    }
    return parts;
}

/** A unit of duration as contract text names it. */
export type DurationWordUnit = 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/** One part of a duration in words: `{ count: 30, unit: 'minute' }`. */
export interface DurationPart {
    count: number;
    unit: DurationWordUnit;
}

const WORDS: ReadonlyArray<readonly [number, DurationWordUnit]> = [
    [WEEK * 1000, 'week'],
    [DAY * 1000, 'day'],
    [HOUR * 1000, 'hour'],
    [MINUTE * 1000, 'minute'],
    [1000, 'second'],
];

/**
 * The parts of a duration in words. One unit when the value is a whole number of it, in this
 * order of preference: hours up to 72 (support targets are written "24 hours", "72 hours"),
 * weeks, days, then the largest unit not exceeding the value (`30 minutes`). Anything else is
 * spelled out in parts (`1 hour 30 minutes`, `3 days 12 hours`), except sub-minute values with a
 * fraction of a second, which read best in milliseconds as latencies are quoted (`500
 * milliseconds`). The contract text words each part in its own language.
 */
export function durationParts(seconds: number): DurationPart[] {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`Not a valid duration: ${seconds}`);
    // Work in whole milliseconds so that 0.5 s and 1.5 s divide exactly despite binary fractions.
    const ms = Math.round(seconds * 1000);
    if (ms === 0) return [seconds === 0 ? { count: 0, unit: 'second' } : { count: seconds * 1000, unit: 'millisecond' }];
    if (ms % (HOUR * 1000) === 0 && ms <= 72 * HOUR * 1000) return [{ count: ms / (HOUR * 1000), unit: 'hour' }];
    for (const [size, unit] of WORDS.slice(0, 2)) if (ms % size === 0) return [{ count: ms / size, unit }];
    const largest = WORDS.find(([size]) => ms >= size);
    if (largest && ms % largest[0] === 0) return [{ count: ms / largest[0], unit: largest[1] }];
    if (ms < MINUTE * 1000) {
        const exactMs = Math.abs(seconds * 1000 - ms) < 1e-6 ? ms : seconds * 1000;
        return [{ count: exactMs, unit: 'millisecond' }];
    }
    return splitInto(ms, [...WORDS, [1, 'millisecond'] as const]);
}

/** English words for hovers and messages (`4 hours`, `1 hour 30 minutes`); see `durationParts`. */
export function formatDurationLong(seconds: number): string {
    return wordsOf(durationParts(seconds));
}

/**
 * Whole days and smaller units, in English words, for a hover beside the written value (`72 h =
 * 3 days`): `4 days 6 hours`, `1 hour 30 minutes`, `0.5 milliseconds` below a second.
 */
export function durationInWords(seconds: number): string {
    if (seconds === 0) return '0 seconds';
    if (seconds < 1) return `${Math.round(seconds * 1e6) / 1e3} milliseconds`.replace(/^1 milliseconds$/, '1 millisecond');
    return wordsOf(splitInto(Math.round(seconds * 1000), [...WORDS.slice(1), [1, 'millisecond'] as const]));
}

function wordsOf(parts: readonly DurationPart[]): string {
    return parts.map(({ count, unit }) => `${count} ${unit}${count === 1 ? '' : 's'}`).join(' ');
}
