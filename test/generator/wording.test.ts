import { describe, expect, it } from 'vitest';
import {
    continueSentence,
    every,
    formatDate,
    formatLatency,
    listItemEnd,
    listLetter,
    sentence,
    zonePhrase,
} from '../../packages/language/src/generator/markdown/wording.js';

describe('contract wording', () => {
    it.each([
        ['2026-01-01', '1 January 2026'],
        ['2024-02-29', '29 February 2024'],
        ['2026-12-31', '31 December 2026'],
        ['2025-02-29', '2025-02-29'],
        ['2026-13-01', '2026-13-01'],
    ])('writes the date %s as %s', (iso, words) => {
        expect(formatDate(iso)).toBe(words);
    });

    it.each([
        [0.3, '300 ms'],
        [0.0005, '0.5 ms'],
        [1, '1 second'],
        [1.5, '1.5 seconds'],
        [120, '2 minutes'],
    ])('quotes a latency of %s s as %s', (s, text) => {
        expect(formatLatency(s)).toBe(text);
    });

    it.each([
        [60, 'every minute'],
        [30, 'every 30 seconds'],
        [3600, 'every hour'],
        [90, 'every 1 minute 30 seconds'],
    ])('probes every %s s: %s', (s, text) => {
        expect(every(s)).toBe(text);
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

    it('ends sentences and list items once', () => {
        expect(sentence('Verified')).toBe('Verified.');
        expect(sentence('Verified.')).toBe('Verified.');
        expect(sentence('Really?')).toBe('Really?');
        expect(listItemEnd('ddos', false)).toBe('ddos;');
        expect(listItemEnd('ddos', true)).toBe('ddos.');
        expect(listItemEnd('Outages.', false)).toBe('Outages.');
    });

    it.each([
        ['customer-local', "in the Customer's local time"],
        ['provider-local', "in the Provider's local time"],
        ['UTC', 'UTC'],
        ['Europe/Berlin', 'in the Europe/Berlin time zone'],
    ])('words the zone %s', (zone, words) => {
        expect(zonePhrase(zone)).toBe(words);
    });
});
