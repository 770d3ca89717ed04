/**
 * Figures in the contract's locale, formatted by `Intl`: `99,95 %` in Russian, `99,95%` in
 * Indonesian (CLDR writes the sign without a space, as Indonesian spelling rules do), `99.95%` in
 * Chinese and English. Figures keep the precision the author wrote (`99.0%` stays `99,0 %`) and
 * money keeps its currency's minor units (domain/money.ts): only the symbols change.
 */

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = `${locale}:${JSON.stringify(options)}`;
    let format = formats.get(key);
    if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
}

/** The locale's decimal and grouping symbols (`,` and a no-break space in Russian). */
function symbols(locale: string): { decimal: string; group: string } {
    const parts = numberFormat(locale, { useGrouping: true, minimumFractionDigits: 1 }).formatToParts(12345.5);
    return {
        decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
        group: parts.find((part) => part.type === 'group')?.value ?? ',',
    };
}

/**
 * A number already written in the English style (`1,300.00`, `1.5`, `43`) with the locale's
 * symbols (`1 300,00`, `1,5`): the digits, and so the precision, stay as they are.
 */
export function localDecimal(locale: string, written: string): string {
    const { decimal, group } = symbols(locale);
    return written.replace(/[.,]/g, (symbol) => (symbol === '.' ? decimal : group));
}

/** A percentage as the author wrote it (`99.95%`, `99.0%`, `5%`), in the locale's form, same decimals. */
export function localPercent(locale: string, written: string): string {
    const match = /^(-?)(\d+)(?:\.(\d+))?\s*%$/.exec(written.trim());
    if (!match) return written;
    const [, sign, whole, fraction = ''] = match;
    // Percent style multiplies by 100; rounding to the written decimals undoes any binary fraction.
    const value = Number(`${sign}${whole}.${fraction || '0'}`);
    return numberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: fraction.length,
        maximumFractionDigits: fraction.length,
    }).format(value / 100);
}
