/**
 * The terms that span periods, worked out by hand: the cap per year across the months of the
 * agreement year, the minimum credit, and a first period that starts on the effective date.
 */
import { describe, expect, it } from 'vitest';
import { computeReport, reportCsv, reportText, type Incident } from '../../packages/language/src/index.js';
import { termsOf } from './agreements.js';

const at = (iso: string) => Date.parse(iso);
const outage = (start: string, end: string): Incident => ({ start: at(start), end: at(end), kind: 'outage' });
const inputs = (incidents: Incident[]) => ({ incidents, samples: [], sources: [], assumptions: [] });
const DAY = 86_400_000;

const CAPPED = `sla "Capped Year" {
    provider "Test Provider"
    effective 2026-01-01
    currency EUR
    measurement {
        period monthly
    }
    tier Gold {
        price 1000 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9% and at least 99.0%
            credit 25% when availability below 99.0%
            cap 25% of monthly fee
            cap 3% of annual fee per year
        }
    }
    claims {
        window 30 days
        minimum credit 150 EUR
    }
}
`;

describe('a cap per year and a minimum credit across thirteen months', async () => {
    const terms = await termsOf(CAPPED);
    // A day down is below 99.0% in any month (86,400 s of 2,678,400 s is 96.77%): 25%, EUR 250.00.
    // An hour down is 99.87% in a 31-day month, 99.85% in February, 99.86% in a 30-day one: 10%, EUR 100.00.
    const report = computeReport(
        terms,
        inputs([
            outage('2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z'),
            outage('2026-02-10T00:00:00Z', '2026-02-10T01:00:00Z'),
            outage('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'),
            outage('2026-04-10T00:00:00Z', '2026-04-10T01:00:00Z'),
            outage('2027-01-10T00:00:00Z', '2027-01-11T00:00:00Z'),
        ]),
    );
    const paid = (key: string) => report.totals.find((t) => t.period.key === key)!;

    it('earns each month its bracket before the yearly terms', () => {
        expect(report.lines.filter((l) => l.credit > 0).map((l) => [l.period.key, l.credit, l.amount])).toEqual([
            ['2026-01', 25, 250],
            ['2026-02', 10, 100],
            ['2026-03', 25, 250],
            ['2026-04', 10, 100],
            ['2027-01', 25, 250],
        ]);
    });
    it('pays nothing for a credit under the minimum of EUR 150.00, and it uses none of the cap', () => {
        expect([paid('2026-02').credit, paid('2026-02').amount]).toEqual([0, 0]);
        expect(paid('2026-02').notes).toEqual(['EUR 100.00 is less than the minimum credit of EUR 150.00: not paid']);
        expect([paid('2026-04').amount, paid('2026-04').notes.length]).toEqual([0, 1]);
    });
    it('stops the year at 3% of the annual fee, EUR 360.00: March gets what January left', () => {
        // 3% × 12 × EUR 1,000.00 = EUR 360.00; January EUR 250.00; March: 360 − 250 = EUR 110.00 of EUR 250.00,
        // a credit of 25% × 110 / 250 = 11% of the monthly fee.
        expect(paid('2026-01').amount).toBe(250);
        expect([paid('2026-03').credit, paid('2026-03').amount, paid('2026-03').capped]).toEqual([11, 110, true]);
        expect(paid('2026-03').notes).toEqual([
            'the cap per year (cap 3% of annual fee per year: EUR 360.00 for the year from 2026-01-01) leaves EUR 110.00 of the EUR 250.00 earned',
        ]);
        const year = report.totals.filter((t) => t.period.key.startsWith('2026')).reduce((sum, t) => sum + t.amount!, 0);
        expect(year).toBe(360);
    });
    it('starts a new year on the anniversary of the effective date', () => {
        expect([paid('2027-01').amount, paid('2027-01').notes]).toEqual([250, []]);
    });
    it('prints what the yearly terms did', () => {
        const text = reportText(report, { fileName: 'capped.sla', sha256: '0' });
        expect(text).toContain(
            '  Tier Gold in total: 11% (capped), EUR 110.00  (the cap per year (cap 3% of annual fee per year: EUR 360.00 for the year from 2026-01-01) leaves EUR 110.00 of the EUR 250.00 earned)',
        );
    });
    it('ends each CSV row with what the tier is paid', () => {
        const march = reportCsv(report)
            .split('\n')
            .find((row) => row.startsWith('2026-03,'))!;
        // The line earned 25% (EUR 250.00, at the 25% cap, not over it); the tier is paid 11%, EUR 110.00.
        expect(march.split(',').slice(11, 14)).toEqual(['25', 'false', '250.00']);
        // Then the working: none on the line, the tier's cap per year on the total.
        expect(march.split(',').slice(18)).toEqual([
            '11',
            '110.00',
            '',
            'the cap per year (cap 3% of annual fee per year: EUR 360.00 for the year from 2026-01-01) leaves EUR 110.00 of the EUR 250.00 earned',
        ]);
    });
    it('says when the report starts after the year does', () => {
        const later = computeReport(terms, inputs([outage('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z')]));
        expect(later.assumptions).toContain(
            "Tier Gold's cap per year counts the credits of the reported periods only: those of the year from 2026-01-01 before March 2026 are not in this report.",
        );
    });
});

const STARTS_MID_MONTH = (rule: string) => `sla "Starts Mid-Month" {
    provider "Test Provider"
    effective 2026-03-11
    currency EUR
    measurement {
        period monthly
${rule}    }
    tier Gold {
        price 1000 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9% and at least 99.0%
            credit 25% when availability below 99.0%
        }
    }
}
`;
const MARCH = [
    outage('2026-02-20T00:00:00Z', '2026-02-20T05:00:00Z'), // February: before the agreement
    outage('2026-03-05T00:00:00Z', '2026-03-05T02:00:00Z'), // 5 March: before the agreement
    outage('2026-03-20T10:00:00Z', '2026-03-20T11:00:00Z'), // under the agreement: 3,600 s
];

describe('a first period that starts on the effective date, 11 March', () => {
    it('is measured from 11 March when the agreement is silent, with the fee prorated, and says so', async () => {
        const report = computeReport(await termsOf(STARTS_MID_MONTH('')), inputs(MARCH));
        const [line] = report.lines;
        // 11 to 31 March: 21 days = 1,814,400 s; budget 0.1% = 1,814.4 s.
        // (1,814,400 − 3,600) / 1,814,400 = 99.8016% → 10% of EUR 1,000.00 × 21/31 = EUR 677.42 → EUR 67.74.
        expect(report.periods.map((p) => [p.key, p.firstDay, p.lastDay])).toEqual([['2026-03', '2026-03-11', '2026-03-31']]);
        expect([line.periodMs, line.downtimeMs, line.attainmentText]).toEqual([21 * DAY, 3_600_000, '99.8016%']);
        expect([line.monthlyPrice, line.credit, line.amount]).toEqual([677.42, 10, 67.74]);
        expect(line.burnByDay).toHaveLength(21);
        expect(report.defaults).toContain(
            "First period: the agreement does not say how a partial first period counts. The agreement takes effect on 2026-03-11, 21 of the 31 days of March 2026: that period is measured from 2026-03-11 (its length, and so its error budget, is the time in force) and its fee is the monthly fee × 21/31, rounded to the currency's minor unit.",
        );
        expect(report.assumptions).toContain('The agreement takes effect on 2026-03-11: February 2026 is before it and not reported.');
    });
    it('is the same, stated as the agreement says, with `partial first period prorated`', async () => {
        const report = computeReport(await termsOf(STARTS_MID_MONTH('        partial first period prorated\n')), inputs(MARCH));
        expect([report.lines[0].periodMs, report.lines[0].amount]).toEqual([21 * DAY, 67.74]);
        expect(report.defaults.some((d) => d.startsWith('First period'))).toBe(false);
        expect(report.assumptions.some((a) => a.endsWith("rounded to the currency's minor unit. (partial first period prorated)"))).toBe(
            true,
        );
    });
    it('counts the whole month, the days before 11 March as available, with `counts in full`', async () => {
        const report = computeReport(await termsOf(STARTS_MID_MONTH('        partial first period counts in full\n')), inputs(MARCH));
        const [line] = report.lines;
        // 31 days = 2,678,400 s; only the outage of 20 March counts: (2,678,400 − 3,600) / 2,678,400 = 99.8656% → 10% of EUR 1,000.00.
        expect([line.periodMs, line.downtimeMs, line.attainmentText, line.monthlyPrice, line.amount]).toEqual([
            31 * DAY,
            3_600_000,
            '99.8656%',
            1000,
            100,
        ]);
    });
    it('refuses a report that ends before the agreement takes effect', async () => {
        const terms = await termsOf(STARTS_MID_MONTH(''));
        expect(() => computeReport(terms, inputs([MARCH[0]]))).toThrow(
            'the agreement takes effect on 2026-03-11, after the last reported period ends; no report is made',
        );
    });
});
