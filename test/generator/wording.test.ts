import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../packages/language/src/generator/contract/index.js';
import { continueSentence } from '../../packages/language/src/generator/contract/sections/author-text.js';
import { Wording } from '../../packages/language/src/generator/contract/wording.js';
import { listLetter } from '../../packages/language/src/generator/markdown/render.js';

const words = new Wording(catalogFor('en')!);

describe('contract wording', () => {
    it.each([
        ['2026-01-01', '1 January 2026'],
        ['2024-02-29', '29 February 2024'],
        ['2026-12-31', '31 December 2026'],
        ['0050-03-01', '1 March 50'],
        ['2025-02-29', '2025-02-29'],
        ['2026-13-01', '2026-13-01'],
    ])('writes the date %s as %s', (iso, text) => {
        expect(words.date(iso)).toBe(text);
    });

    it('puts the currency code before the amount', () => {
        expect(words.money(1300, 'USD')).toBe('USD 1,300.00');
        expect(words.money(150000, 'JPY')).toBe('JPY 150,000');
        expect(words.money(1300, null)).toBe('1,300.00');
    });

    it.each([
        [0.3, '300 ms'],
        [0.0005, '0.5 ms'],
        [1, '1 second'],
        [1.5, '1.5 seconds'],
        [120, '2 minutes'],
    ])('quotes a latency of %s s as %s', (s, text) => {
        expect(words.latency(s)).toBe(text);
    });

    it.each([
        [60, 'every minute'],
        [30, 'every 30 seconds'],
        [3600, 'every hour'],
        [90, 'every 1 minute 30 seconds'],
    ])('probes every %s s: %s', (s, text) => {
        expect(words.every(s)).toBe(text);
    });

    it.each([
        [0, '(a)'],
        [25, '(z)'],
        [26, '(aa)'],
        [27, '(ab)'],
        [51, '(az)'],
        [52, '(ba)'],
        [701, '(zz)'],
        [702, '(aaa)'],
    ])('letters item %s as %s', (i, letter) => {
        expect(listLetter(i)).toBe(letter);
    });

    it('continues a sentence with the author definition, lower-casing only a leading article', () => {
        expect(continueSentence('A minute in which probes fail')).toBe('a minute in which probes fail');
        expect(continueSentence('Any minute')).toBe('any minute');
        expect(continueSentence('Acme outages')).toBe('Acme outages');
        expect(continueSentence('A.B. Corp outages')).toBe('A.B. Corp outages');
        expect(continueSentence('# A heading')).toBe('# A heading');
    });

    it('keeps placeholder runs apart from the catalog words around them', () => {
        const runs = words.say('definitions.downtime', {
            term: { kind: 'term', text: 'Downtime' },
            definition: [{ kind: 'text', text: 'a minute without an answer.', origin: 'author' }],
        });
        expect(runs).toEqual([
            { kind: 'term', text: 'Downtime' },
            { kind: 'text', text: ' means ', origin: 'catalog', key: 'definitions.downtime' },
            { kind: 'text', text: 'a minute without an answer.', origin: 'author' },
        ]);
    });

    it('joins the names of a list as the language does', () => {
        expect(words.and(['Standard'])).toBe('Standard');
        expect(words.and(['Standard', 'Premium'])).toBe('Standard and Premium');
        expect(words.and(['Standard', 'Premium', 'Enterprise'])).toBe('Standard, Premium and Enterprise');
        expect(words.names(['Standard', 'Premium', 'Enterprise'])).toBe('Standard, Premium, Enterprise');
    });
});
