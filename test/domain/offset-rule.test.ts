/** A zone's daylight-saving rule read from the platform's time zone database, in UTC terms, confirmed on other years. */
import { describe, expect, it } from 'vitest';
import { offsetRule, offsetSecondsAt, transitionInstant } from '../../packages/language/src/domain/zone-offset.js';

describe('offsetRule', () => {
    it('reads the EU rule: last Sunday of March and of October, 01:00 UTC', () => {
        expect(offsetRule('Europe/Berlin')).toEqual({
            offsetAtYearStart: 3600,
            transitions: [
                { month: 3, week: 'last', weekday: 0, minute: 60, offsetAfter: 7200 },
                { month: 10, week: 'last', weekday: 0, minute: 60, offsetAfter: 3600 },
            ],
        });
    });

    it('reads the US rule: second Sunday of March 07:00 UTC, first Sunday of November 06:00 UTC (New York)', () => {
        expect(offsetRule('America/New_York')).toEqual({
            offsetAtYearStart: -18000,
            transitions: [
                { month: 3, week: 2, weekday: 0, minute: 420, offsetAfter: -14400 },
                { month: 11, week: 1, weekday: 0, minute: 360, offsetAfter: -18000 },
            ],
        });
    });

    it('reads a southern zone, in summer time on 1 January (Santiago)', () => {
        expect(offsetRule('America/Santiago')).toEqual({
            offsetAtYearStart: -10800,
            transitions: [
                { month: 4, week: 1, weekday: 0, minute: 180, offsetAfter: -14400 },
                { month: 9, week: 1, weekday: 0, minute: 240, offsetAfter: -10800 },
            ],
        });
    });

    it('has no rule for a zone whose local rule is no weekday rule of a UTC month (Sydney: local Sunday 03:00 is a UTC Saturday, some years in March)', () => {
        expect(offsetRule('Australia/Sydney')).toBeUndefined();
    });

    it('has no rule for a zone without daylight saving time', () => {
        expect(offsetRule('UTC')).toBeUndefined();
        expect(offsetRule('Asia/Tokyo')).toBeUndefined();
    });

    it('gives instants at which the offset really changes, for every year confirmed', () => {
        for (const zone of ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Chicago', 'America/Santiago']) {
            const rule = offsetRule(zone)!;
            for (const year of [2025, 2026, 2027, 2028]) {
                for (const t of rule.transitions) {
                    const at = transitionInstant(t, year);
                    expect(offsetSecondsAt(zone, at), `${zone} ${year}`).toBe(t.offsetAfter);
                    expect(offsetSecondsAt(zone, at - 60_000), `${zone} ${year}`).not.toBe(t.offsetAfter);
                }
            }
        }
    });
});
