/**
 * Money as every output writes it (contract text, `sla credits`, hovers, the credit request):
 * the ISO 4217 code, a space, the amount with thousands grouped and exactly the currency's minor
 * units (`USD 1,300.00`, `JPY 150,000`, `BHD 12.500`). The minor units and the list of codes come
 * from the runtime's Intl data, which is present in Node, browsers and Web Workers alike.
 */
import { rationalFromNumber, rationalToNumber, roundHalfAwayFromZero, type Rational } from './exact.js';

/** Minor units when the document names no currency (or a malformed one): cents. */
const DEFAULT_MINOR_UNITS = 2;

const ISO_CODE = /^[A-Z]{3}$/;

let knownCodes: ReadonlySet<string> | undefined;
const minorUnitsCache = new Map<string, number>();

/** Three capital letters: the shape of an ISO 4217 code, known or not. */
export function looksLikeCurrencyCode(code: string): boolean {
    return ISO_CODE.test(code);
}

/** True for a current ISO 4217 code the runtime knows (`USD`, `IDR`), false for `ABC` or `usd`. */
export function isKnownCurrencyCode(code: string): boolean {
    knownCodes ??= new Set(Intl.supportedValuesOf('currency'));
    return knownCodes.has(code);
}

/** Digits after the decimal point for the currency: 2 for USD, 0 for JPY and IDR, 3 for BHD. */
export function currencyMinorUnits(code: string | null | undefined): number {
    if (!code || !looksLikeCurrencyCode(code)) return DEFAULT_MINOR_UNITS;
    let digits = minorUnitsCache.get(code);
    if (digits === undefined) {
        digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
        minorUnitsCache.set(code, digits);
    }
    return digits;
}

/** The amount (a number, or an exact rational) rounded to the currency's minor unit, half away from zero (§7.2). */
export function roundMoney(amount: number | Rational, code: string | null | undefined): number {
    const exact = typeof amount === 'number' ? rationalFromNumber(amount) : amount;
    return rationalToNumber(roundHalfAwayFromZero(exact, currencyMinorUnits(code)));
}

/**
 * `USD 1,300.00`; the amount alone (`1,300.00`) without a currency. Rounds exactly, half away
 * from zero, so that 0.125 USD reads `USD 0.13`.
 */
export function formatMoney(amount: number, code: string | null | undefined): string {
    const number = formatAmount(amount, code);
    return code ? `${code} ${number}` : number;
}

/** `1,300.00` for USD, `150,000` for JPY: the amount in the currency's minor units, without its code. */
export function formatAmount(amount: number, code: string | null | undefined): string {
    const digits = currencyMinorUnits(code);
    const scale = 10n ** BigInt(digits);
    const rounded = roundHalfAwayFromZero(rationalFromNumber(amount), digits);
    const minorUnits = rounded.num * (scale / rounded.den); // the amount in minor units, exactly
    const negative = minorUnits < 0n;
    const text = (negative ? -minorUnits : minorUnits).toString().padStart(digits + 1, '0');
    const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${text.slice(-digits)}` : ''}`;
}
