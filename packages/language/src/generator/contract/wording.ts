/**
 * Words of the contract from its catalog: `say` formats one ICU message into inline runs,
 * keeping runs passed as placeholder values (a defined term, the author's text) as they are, and
 * the figures that sentences quote (durations, latencies, money, dates, lists) in the catalog's
 * own words and locale. Nothing here knows Markdown: escaping belongs to a renderer.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { durationParts, formatDuration, type DurationWordUnit } from '../../domain/duration.js';
import { formatAmount } from '../../domain/money.js';
import { decimalString } from '../../domain/exact.js';
import { localDecimal, localPercent } from '../locale/numbers.js';
import { showHiddenCharacters } from '../../domain/hidden-characters.js';
import type { Catalog, MessageKey } from './messages/index.js';
import type { Inline, TextRun } from './types.js';
import type { WrittenDuration } from './written.js';

/** The unit words of the language (`h` → hours), `ms` kept as the symbol latencies are quoted in. */
const WRITTEN_UNITS: Readonly<Record<string, DurationWordUnit | 'ms' | undefined>> = {
    ms: 'ms',
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
};

/** A placeholder's value: a word for `select`, a number for `plural`, or runs to insert. */
export type MessageValue = string | number | Inline | readonly Inline[];

export type MessageValues = Readonly<Record<string, MessageValue>>;

/** Text the author wrote, as it will appear: surrounding whitespace carries no meaning in a contract. */
export function author(text: string): TextRun {
    // Bidirectional controls and zero-width characters are shown as `[U+202E]`: the text reads as it is.
    return { kind: 'text', text: showHiddenCharacters(text.trim()), origin: 'author' };
}

/** The words of runs, without their kinds (for a value compared or measured as text). */
export function plainText(runs: readonly Inline[]): string {
    return runs.map((run) => (run.kind === 'emphasis' ? plainText(run.children) : run.text)).join('');
}

/**
 * The number a `{count, plural, …}` is given for a figure as the author wrote it. A figure written
 * with decimals takes the plural form of its visible decimals (`1.0 hours`, `1,0 часа`, as CLDR
 * says), but a message's plural sees only a number, and 1.0 is 1: such a figure is given as another
 * number of the same plural category in the locale.
 */
function pluralOperand(locale: string, written: string): number {
    const value = Number(written);
    const decimals = /\.(\d+)$/.exec(written)?.[1].length ?? 0;
    if (decimals === 0) return value;
    const category = new Intl.PluralRules(locale, { minimumFractionDigits: decimals }).select(value);
    const plain = new Intl.PluralRules(locale);
    if (plain.select(value) === category) return value;
    return [value + 0.5, 0.5, 1.5, 0, 1, 2, 5].find((candidate) => plain.select(candidate) === category) ?? value;
}

/** Parsed messages, per catalog: parsing is most of the cost of a message. */
const parsed = new WeakMap<Catalog, Map<MessageKey, IntlMessageFormat>>();

export class Wording {
    /** Every message formatted so far: which sentences a contract uses, for the provenance checks. */
    readonly used = new Set<MessageKey>();
    private readonly list: Intl.ListFormat;
    private readonly series: Intl.ListFormat;
    private readonly dates: Intl.DateTimeFormat;

    constructor(readonly catalog: Catalog) {
        this.list = new Intl.ListFormat(catalog.locale, { type: 'conjunction' });
        this.series = new Intl.ListFormat(catalog.locale, { type: 'unit', style: 'short' });
        this.dates = new Intl.DateTimeFormat(catalog.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    }

    private format(key: MessageKey): IntlMessageFormat {
        this.used.add(key);
        let formats = parsed.get(this.catalog);
        if (!formats) parsed.set(this.catalog, (formats = new Map()));
        let format = formats.get(key);
        if (!format) {
            // ignoreTag: `<` is text in a contract, never markup.
            format = new IntlMessageFormat(this.catalog.messages[key], this.catalog.locale, undefined, { ignoreTag: true });
            formats.set(key, format);
        }
        return format;
    }

    /** One message as runs; its own words are `catalog` text carrying the key. */
    say(key: MessageKey, values: MessageValues = {}): Inline[] {
        const parts = this.format(key).format<Inline | readonly Inline[]>(values as Record<string, never>);
        const runs: Inline[] = [];
        for (const part of Array.isArray(parts) ? parts : [parts]) {
            if (typeof part === 'string') {
                if (part !== '') runs.push({ kind: 'text', text: part, origin: 'catalog', key });
            } else if (Array.isArray(part)) {
                runs.push(...(part as readonly Inline[]));
            } else {
                runs.push(part as Inline);
            }
        }
        return runs;
    }

    /** One message as plain text (a table header, a value of another message). */
    text(key: MessageKey, values: MessageValues = {}): string {
        return plainText(this.say(key, values));
    }

    /** Sentences of one clause, separated as the language separates them. */
    sentences(...sentences: ReadonlyArray<readonly Inline[] | null | undefined>): Inline[] {
        const present = sentences.filter((s): s is readonly Inline[] => s != null && s.length > 0);
        return present.flatMap((s, index) => (index === 0 ? [...s] : [...this.say('sentence.separator'), ...s]));
    }

    /** A figure in the catalog's locale: `1.5` is `1,5` in Russian and Indonesian. */
    decimal(value: number): string {
        return localDecimal(this.catalog.locale, decimalString(value));
    }

    /** A percentage as the document wrote it (`99.95%`), in the catalog's locale (`99,95 %`). */
    percent(written: string): string {
        return localPercent(this.catalog.locale, written);
    }

    /**
     * A downtime figure the tool computed: `43m 12s` in the catalogs that write it compactly
     * (English), in words elsewhere (`43 минуты 12 секунд`), rounded to the second either way.
     */
    computed(seconds: number): string {
        return this.catalog.compactDurations ? formatDuration(seconds) : this.duration(Math.round(seconds));
    }

    /** `4 hours`, `1 hour 30 minutes`: seconds in words. */
    duration(seconds: number): string {
        return durationParts(seconds)
            .map(({ count, unit }) => this.text(`unit.${unit}`, { count, n: this.decimal(count) }))
            .reduce((first, rest) => this.text('duration.parts', { first, rest }));
    }

    /**
     * A duration as the author wrote it: `7 days` stays "7 days", `72 h` reads "72 hours", `1000 ms`
     * stays "1000 ms" (the figure's own digits, the unit in words, `ms` as latencies are quoted).
     * Without a written form (a figure the tool computed), the seconds in words.
     */
    written(form: WrittenDuration | null | undefined, seconds: number): string {
        const unit = form ? WRITTEN_UNITS[form.unit] : undefined;
        if (!form || !unit) return this.duration(seconds);
        // The author's digits, with the catalog's decimal sign: `1.5` is `1,5` in Russian.
        const n = localDecimal(this.catalog.locale, form.number);
        return unit === 'ms'
            ? this.text('unit.ms', { n })
            : this.text(`unit.${unit}`, { count: pluralOperand(this.catalog.locale, form.number), n });
    }

    /** `every 1 minute`, `every 30 seconds`: as written; the unit alone for one of it when the tool words it. */
    every(seconds: number, form?: WrittenDuration | null): string {
        const parts = durationParts(seconds);
        if (!form && parts.length === 1 && parts[0].count === 1) return this.text('probes.everyUnit', { unit: parts[0].unit });
        return this.text('probes.every', { duration: this.written(form, seconds) });
    }

    /**
     * Latencies as the author wrote them; a latency without a written form as latencies are quoted:
     * `300 ms` below a second, `1.5 seconds` below a minute, words above.
     */
    latency(seconds: number, form?: WrittenDuration | null): string {
        if (form) return this.written(form, seconds);
        if (seconds < 1) return this.text('unit.ms', { n: this.decimal(Math.round(seconds * 1e6) / 1e3) });
        if (seconds < 60) return this.text('unit.second', { count: seconds, n: this.decimal(seconds) });
        return this.duration(seconds);
    }

    /** `p95`. */
    percentile(percentile: number): string {
        return this.text('percentile', { n: this.decimal(percentile) });
    }

    /** `USD 1,000.00`, `JPY 150,000`: the currency's minor units (domain/money.ts); the bare amount without a currency. */
    money(amount: number, currency: string | null): string {
        const formatted = localDecimal(this.catalog.locale, formatAmount(amount, currency));
        return currency ? this.text('money', { currency, amount: formatted }) : formatted;
    }

    /** `2026-01-01` → `1 January 2026`; anything that is not a calendar date stays as written. */
    date(iso: string): string {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        if (!match) return iso;
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
        return this.dates.format(date);
    }

    /** `Standard, Premium and Enterprise`. */
    and(items: readonly string[]): string {
        return this.list.format(items);
    }

    /** `Standard, Premium`: names in a row, without a conjunction. */
    names(items: readonly string[]): string {
        return this.series.format(items);
    }
}
