/**
 * Numbers, percentages, money and dates in the contract's language, formatted by `Intl` with the
 * locale's own separators: `99,95 %` in Russian, `99,95%` in Indonesian (CLDR, as the Indonesian
 * spelling rules write the sign), `99.95%` in Chinese. Values keep the precision the author wrote:
 * `99.0%` stays `99,0 %`, never `99 %`.
 */
import { LOCALE_TAGS, type ContractLanguage } from './languages.js';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: ContractLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = `${language}:${JSON.stringify(options)}`;
    let format = formatters.get(key);
    if (!format) {
        format = new Intl.NumberFormat(LOCALE_TAGS[language], options);
        formatters.set(key, format);
    }
    return format;
}

/** How many decimals a number written in the source has (`99.90` has two). */
function decimalsOf(written: string): number {
    const match = /\.(\d+)/.exec(written);
    return match ? match[1].length : 0;
}

/**
 * A percentage as the author wrote it (`99.95%`, `99.0%`, `5%`), in the language's form. The
 * written text, not the number, decides the decimals, so nothing is rounded or padded.
 */
export function localPercent(language: ContractLanguage, written: string): string {
    const digits = written.replace(/\s*%$/, '');
    const decimals = decimalsOf(digits);
    // Percent style multiplies by 100; scaling the decimal string keeps 99.95 exact where 99.95 / 100 would not be.
    return numberFormat(language, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals + 2 }).format(
        Number(digits) / 100,
    );
}

/** A plain number (`1000` requests, `1.5` hours) with the language's separators and the written decimals. */
export function localNumber(language: ContractLanguage, value: number, written?: string): string {
    const decimals = written === undefined ? undefined : decimalsOf(written);
    return numberFormat(language, {
        useGrouping: true,
        minimumFractionDigits: decimals ?? 0,
        maximumFractionDigits: decimals ?? 20,
    }).format(value);
}

/**
 * An amount of money with its ISO 4217 code (`1 300,00 USD` in Russian, `USD 1.300,00` in
 * Indonesian): the code rather than a symbol, since `$` names several currencies, and the
 * currency's own minor units (none for JPY), which `Intl` knows from ISO 4217.
 */
export function localMoney(language: ContractLanguage, amount: number, currency: string): string {
    return numberFormat(language, { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
}

/** A calendar date (`2026-01-01`) in the language's long form: `1 января 2026 г.`, `2026年1月1日`. */
export function localDate(language: ContractLanguage, isoDate: string): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALE_TAGS[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(year, month - 1, day)),
    );
}

/** `A, B и C`, `A、B和C`: the language's own way of listing. */
export function localList(
    language: ContractLanguage,
    items: readonly string[],
    type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
    return new Intl.ListFormat(LOCALE_TAGS[language], { type }).format(items);
}
