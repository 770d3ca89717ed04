/**
 * `availability measured during Office`: only the calendar's hours count, in the agreement's zone
 * (Europe/Berlin, which changes its clocks on 29 March 2026), less the holidays. Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeReport, type Incident } from '../../packages/language/src/index.js';
import { termsOf } from './agreements.js';

const at = (iso: string) => Date.parse(iso);
const outage = (start: string, end: string): Incident => ({ start: at(start), end: at(end), kind: 'outage' });
const inputs = (incidents: Incident[]) => ({ incidents, samples: [], sources: [], assumptions: [] });
const HOUR = 3_600_000;

const OFFICE = (zone = '') => `sla "Office Hours" {
    provider "Test Provider"
    effective 2026-01-01
    currency EUR
    time-zone "Europe/Berlin"
    calendar Office {
        days monday to friday
        hours 08:00-18:00
${zone}        holidays Germany
    }
    holidays Germany {
        2026-04-03 "Good Friday"
        2026-04-06 "Easter Monday"
    }
    measurement {
        period monthly
        availability measured during Office
    }
    tier Gold {
        price 1000 per month
        availability 99.5%
        credits {
            credit 10% when availability below 99.5% and at least 99.0%
            credit 25% when availability below 99.0%
        }
    }
}
`;

describe('availability measured during a business-hours calendar', async () => {
    const report = computeReport(
        await termsOf(OFFICE()),
        inputs([
            outage('2026-03-03T06:00:00Z', '2026-03-03T08:00:00Z'), // Tue 07:00-09:00 CET: 08:00-09:00 counts, 1 h
            outage('2026-03-07T10:00:00Z', '2026-03-07T12:00:00Z'), // a Saturday: nothing
            outage('2026-03-31T15:30:00Z', '2026-03-31T17:00:00Z'), // Tue 17:30-19:00 CEST (summer time): 17:30-18:00, 30 min
            outage('2026-04-03T08:00:00Z', '2026-04-03T12:00:00Z'), // Good Friday: nothing
            outage('2026-04-07T05:00:00Z', '2026-04-07T07:00:00Z'), // Tue 07:00-09:00 CEST: 08:00-09:00, 1 h
        ]),
    );
    const [march, april] = report.lines;

    it('measures March over its 22 weekdays of 10 hours, summer time or not', () => {
        // March 2026 begins on a Sunday: weekdays 2-6, 9-13, 16-20, 23-27, 30-31 = 22; 22 × 10 h = 792,000 s.
        expect(march.periodMs).toBe(220 * HOUR);
        // 3,600 s + 1,800 s = 5,400 s (with the winter offset after 29 March it would be 16:30-18:00, 90 min).
        expect(march.downtimeMs).toBe(5_400_000);
        // (792,000 − 5,400) / 792,000 × 100 = 2,185 / 22 = 99.3182% → below 99.5%: 10% of EUR 1,000.00.
        expect([march.attainmentText, march.outcome, march.credit, march.amount]).toEqual(['99.3182%', 'bracket', 10, 100]);
        // Budget: 0.5% × 792,000 s = 3,960 s.
        expect(march.budgetMs).toEqual({ num: 3_960_000n, den: 1n });
    });

    it('leaves the holidays out of April: 20 days, and 1 hour down is exactly 99.5%, met', () => {
        // April 2026: 22 weekdays less Good Friday and Easter Monday = 20 × 10 h = 720,000 s.
        expect(april.periodMs).toBe(200 * HOUR);
        expect(april.downtimeMs).toBe(HOUR);
        // (720,000 − 3,600) / 720,000 × 100 = 99.5 exactly: not below 99.5%.
        expect([april.attainmentText, april.outcome, april.credit]).toEqual(['99.5000%', 'met', 0]);
    });

    it('says how it measured', () => {
        expect(report.assumptions).toContain(
            "Availability is measured during calendar Office only (monday, tuesday, wednesday, thursday, friday, 08:00-18:00 Europe/Berlin, less the holidays Germany): a period's length, its downtime and its error budget count only that time.",
        );
    });

    it('refuses a calendar in a zone local to one party, which it cannot know', async () => {
        const terms = await termsOf(OFFICE('        zone customer-local\n'));
        expect(() => computeReport(terms, inputs([outage('2026-03-03T06:00:00Z', '2026-03-03T08:00:00Z')]))).toThrow(
            'the agreement measures availability during Office, whose hours are customer-local: the report cannot know that zone (write zone "<IANA name>" in the calendar); no report is made',
        );
    });
});
