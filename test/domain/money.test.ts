import { describe, expect, it } from 'vitest';
import {
    currencyMinorUnits,
    formatMoney,
    isKnownCurrencyCode,
    looksLikeCurrencyCode,
    roundMoney,
} from '../../packages/language/src/domain/money.js';

describe('formatMoney', () => {
    it.each([
        [500, 'USD', 'USD 500.00'],
        [1300, 'USD', 'USD 1,300.00'],
        [1299.5, 'EUR', 'EUR 1,299.50'],
        [1234567.89, 'EUR', 'EUR 1,234,567.89'],
        [0.13, 'USD', 'USD 0.13'],
        [0, 'USD', 'USD 0.00'],
        [0.05, 'GBP', 'GBP 0.05'],
        [0.125, 'USD', 'USD 0.13'],
        [1.005, 'USD', 'USD 1.01'],
        [-2.5, 'USD', 'USD -2.50'],
        [-0, 'USD', 'USD 0.00'],
        [1234567.8, 'JPY', 'JPY 1,234,568'],
        [150000, 'JPY', 'JPY 150,000'],
        [2500000.5, 'IDR', 'IDR 2,500,001'],
        [12.5, 'BHD', 'BHD 12.500'],
        [1e21, 'USD', 'USD 1,000,000,000,000,000,000,000.00'],
    ])('%s %s → %s', (amount, currency, text) => expect(formatMoney(amount, currency)).toBe(text));

    it('writes the amount alone, with cents, when the document names no currency', () => {
        expect(formatMoney(1300, undefined)).toBe('1,300.00');
        expect(formatMoney(1300, null)).toBe('1,300.00');
        expect(formatMoney(1300, '')).toBe('1,300.00');
    });

    it('separates code and amount with a plain space, never a no-break space', () => {
        expect(formatMoney(1300, 'EUR')).not.toMatch(/\u00a0/);
    });
});

describe('currency minor units (ISO 4217, from the runtime)', () => {
    it.each([
        ['USD', 2],
        ['EUR', 2],
        ['JPY', 0],
        ['IDR', 0],
        ['KRW', 0],
        ['BHD', 3],
        ['KWD', 3],
        [undefined, 2],
        ['usd', 2],
    ])('%s has %s', (code, digits) => expect(currencyMinorUnits(code)).toBe(digits));

    it('rounds to the minor unit, half away from zero', () => {
        expect(roundMoney(0.125, 'USD')).toBe(0.13);
        expect(roundMoney(-0.125, 'USD')).toBe(-0.13);
        expect(roundMoney(99.5, 'JPY')).toBe(100);
        expect(roundMoney(1.0005, 'BHD')).toBe(1.001);
    });
});

describe('ISO 4217 codes', () => {
    it.each(['USD', 'EUR', 'JPY', 'IDR', 'RUB', 'CNY', 'GBP', 'CHF'])('knows %s', (code) => {
        expect(looksLikeCurrencyCode(code)).toBe(true);
        expect(isKnownCurrencyCode(code)).toBe(true);
    });

    it.each(['ABC', 'QQQ', 'ZZZ'])('has the shape of a code but does not know %s', (code) => {
        expect(looksLikeCurrencyCode(code)).toBe(true);
        expect(isKnownCurrencyCode(code)).toBe(false);
    });

    it.each(['usd', 'US', 'USDX', 'U$D', ''])('rejects the shape of %j', (code) => {
        expect(looksLikeCurrencyCode(code)).toBe(false);
        expect(isKnownCurrencyCode(code)).toBe(false);
    });
});
