import { describe, expect, it } from 'vitest';
import {
    isPeriodKind,
    periodAdjective,
    periodDayRange,
    periodDays,
    periodNoun,
    SECONDS_PER_DAY,
    type PeriodKind,
} from '../../packages/language/src/domain/period.js';

describe('periods', () => {
    it.each<[PeriodKind, number, number, number, string, string]>([
        ['monthly', 30, 28, 31, 'month', 'Monthly'],
        ['quarterly', 91, 90, 92, 'quarter', 'Quarterly'],
        ['yearly', 365, 365, 366, 'year', 'Yearly'],
    ])('%s: %s days (%s–%s), %s, %s', (kind, days, min, max, noun, adjective) => {
        expect(periodDays(kind)).toBe(days);
        expect(periodDayRange(kind)).toEqual({ min, max });
        expect(periodNoun(kind)).toBe(noun);
        expect(periodAdjective(kind)).toBe(adjective);
    });

    it('a day is 86400 seconds', () => expect(SECONDS_PER_DAY).toBe(86400));

    it.each([
        ['monthly', true],
        ['weekly', false],
        ['toString', false],
        ['Monthly', false],
    ])('isPeriodKind(%s) → %s', (text, expected) => expect(isPeriodKind(text)).toBe(expected));
});
