/**
 * Durations in words, in each language, as ICU MessageFormat plurals: Russian has three forms
 * (`1 час`, `2 часа`, `5 часов`, and `1,5 часа` for fractions), Indonesian and Chinese none.
 * The forms are the nominative: the Russian catalog places a duration where it stands in that
 * case (`Срок реакции — 4 часа`), never after a preposition that would need another.
 * A duration the author wrote keeps the author's unit (`7 days` is never `1 week`); a figure the
 * tool computed, such as a downtime budget, is spelled out in parts (`21 minutes 36 seconds`).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALE_TAGS, type ContractLanguage } from './languages.js';

export type DurationWordUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

type UnitMessages = Readonly<Record<DurationWordUnit, string>>;

const ENGLISH: UnitMessages = {
    millisecond: '{n, plural, one {# millisecond} other {# milliseconds}}',
    second: '{n, plural, one {# second} other {# seconds}}',
    minute: '{n, plural, one {# minute} other {# minutes}}',
    hour: '{n, plural, one {# hour} other {# hours}}',
    day: '{n, plural, one {# day} other {# days}}',
    week: '{n, plural, one {# week} other {# weeks}}',
    month: '{n, plural, one {# month} other {# months}}',
    year: '{n, plural, one {# year} other {# years}}',
};

export const DURATION_MESSAGES: Readonly<Record<ContractLanguage, UnitMessages>> = {
    en: ENGLISH,
    id: {
        millisecond: '{n, plural, other {# milidetik}}',
        second: '{n, plural, other {# detik}}',
        minute: '{n, plural, other {# menit}}',
        hour: '{n, plural, other {# jam}}',
        day: '{n, plural, other {# hari}}',
        week: '{n, plural, other {# minggu}}',
        month: '{n, plural, other {# bulan}}',
        year: '{n, plural, other {# tahun}}',
    },
    ru: {
        millisecond: '{n, plural, one {# миллисекунда} few {# миллисекунды} many {# миллисекунд} other {# миллисекунды}}',
        second: '{n, plural, one {# секунда} few {# секунды} many {# секунд} other {# секунды}}',
        minute: '{n, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}',
        hour: '{n, plural, one {# час} few {# часа} many {# часов} other {# часа}}',
        day: '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
        week: '{n, plural, one {# неделя} few {# недели} many {# недель} other {# недели}}',
        month: '{n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
        year: '{n, plural, one {# год} few {# года} many {# лет} other {# года}}',
    },
    zh: {
        millisecond: '{n, plural, other {#毫秒}}',
        second: '{n, plural, other {#秒}}',
        minute: '{n, plural, other {#分钟}}',
        hour: '{n, plural, other {#小时}}',
        day: '{n, plural, other {#天}}',
        week: '{n, plural, other {#周}}',
        month: '{n, plural, other {#个月}}',
        year: '{n, plural, other {#年}}',
    },
};

const compiled = new Map<string, IntlMessageFormat>();

/** `4 часа`, `7 hari`, `30分钟`: a count of one unit. */
export function durationWords(language: ContractLanguage, count: number, unit: DurationWordUnit): string {
    const key = `${language}:${unit}`;
    let message = compiled.get(key);
    if (!message) {
        message = new IntlMessageFormat(DURATION_MESSAGES[language][unit], LOCALE_TAGS[language]);
        compiled.set(key, message);
    }
    return String(message.format({ n: count }));
}

/** The units the source language writes (`h`, `hours`, `min`, `d`, `ms`), to the word unit. */
const SOURCE_UNITS: Readonly<Record<string, DurationWordUnit>> = {
    ms: 'millisecond',
    s: 'second',
    sec: 'second',
    second: 'second',
    seconds: 'second',
    min: 'minute',
    minute: 'minute',
    minutes: 'minute',
    h: 'hour',
    hour: 'hour',
    hours: 'hour',
    d: 'day',
    day: 'day',
    days: 'day',
    w: 'week',
    week: 'week',
    weeks: 'week',
    month: 'month',
    months: 'month',
    year: 'year',
    years: 'year',
};

/** A duration as the author wrote it (`7 days`, `24 h`, `500 ms`), in words of the language, same unit. */
export function writtenDuration(language: ContractLanguage, value: number, sourceUnit: string): string {
    const unit = SOURCE_UNITS[sourceUnit];
    if (unit === undefined) throw new RangeError(`Not a duration unit: ${sourceUnit}`);
    return durationWords(language, value, unit);
}

const PARTS: ReadonlyArray<readonly [number, DurationWordUnit]> = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
];

/**
 * A computed duration (seconds, rounded to the second) in parts, largest first: `21 минута 36 секунд`
 * reads as a list, so each part stands alone in the nominative. Below a second it is in milliseconds.
 */
export function computedDuration(language: ContractLanguage, seconds: number): string {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`Not a valid duration: ${seconds}`);
    if (seconds > 0 && seconds < 1) return durationWords(language, Math.round(seconds * 1000), 'millisecond');
    let rest = Math.round(seconds);
    const parts: string[] = [];
    for (const [size, unit] of PARTS) {
        const count = Math.floor(rest / size);
        rest -= count * size;
        if (count > 0) parts.push(durationWords(language, count, unit));
    }
    return parts.length === 0 ? durationWords(language, 0, 'second') : parts.join(language === 'zh' ? '' : ' ');
}
