/**
 * Hand-computed months: every figure below was worked out on paper from the incidents, and the
 * engine must reproduce it exactly (attainment as a rational of milliseconds).
 */
import { describe, expect, it } from 'vitest';
import { computeReport, rational, type Incident, type IncidentKind } from '../../packages/language/src/index.js';
import { GOLD, goldWith } from '../helpers/report-agreements.js';
import { termsOf } from './agreements.js';

const at = (iso: string) => Date.parse(iso);
function incident(start: string, end: string, kind: IncidentKind = 'outage'): Incident {
    return { start: at(start), end: at(end), kind };
}
const inputs = (incidents: Incident[]) => ({ incidents, samples: [], sources: [], assumptions: [] });
const DAY = 86_400_000;

describe('a 28-day month with overlapping incidents', async () => {
    const terms = await termsOf(GOLD);
    const report = computeReport(
        terms,
        inputs([
            incident('2026-02-03T10:00:00Z', '2026-02-03T11:00:00Z'),
            incident('2026-02-03T10:30:00Z', '2026-02-03T11:30:00Z'), // overlaps the first: 90 min together
            incident('2026-02-10T08:00:00Z', '2026-02-10T08:20:00Z', 'customer-caused'), // excluded
            incident('2026-02-17T12:00:00Z', '2026-02-17T12:45:00Z'),
        ]),
    );
    const [line] = report.lines;

    it('is one period of 28 days', () => {
        expect(report.periods.map((p) => [p.key, p.firstDay, p.lastDay])).toEqual([['2026-02', '2026-02-01', '2026-02-28']]);
        expect(line.periodMs).toBe(28 * DAY);
    });
    it('counts the overlap once and leaves the customer-caused incident out', () => {
        expect(line.downtimeMs).toBe(135 * 60_000);
        expect(report.accounts[0].excludedMs).toEqual({ 'customer-caused': 20 * 60_000 });
    });
    it('measures (2,419,200 − 8,100) / 2,419,200 exactly', () => {
        expect(line.attainment).toEqual(rational(2_411_100n * 100n, 2_419_200n));
        expect(line.attainmentText).toBe('99.6652%');
    });
    it('applies the 10% bracket: EUR 100.00, claim by 30 March', () => {
        expect([line.outcome, line.bracketCredit, line.credit, line.capped, line.amount]).toEqual(['bracket', 10, 10, false, 100]);
        expect(line.claimBy).toBe('2026-03-30');
    });
    it('has burned 335% of a 2,419.2 s budget, most of it on 3 February', () => {
        expect(line.budgetMs).toEqual(rational(2_419_200n));
        expect(line.burnByDay).toHaveLength(28);
        expect(line.burnByDay[1]).toBe(0);
        expect(line.burnByDay[2]).toBeCloseTo((5_400_000 / 2_419_200) * 100, 9);
        expect(line.burnByDay[27]).toBeCloseTo((8_100_000 / 2_419_200) * 100, 9);
        expect(report.breach).toBe(true);
    });
});

describe('an incident across a period boundary', async () => {
    const report = computeReport(await termsOf(GOLD), inputs([incident('2026-01-31T23:00:00Z', '2026-02-01T01:00:00Z')]));

    it('is split between January and February, an hour each', () => {
        expect(report.lines.map((l) => [l.period.key, l.downtimeMs, l.periodMs])).toEqual([
            ['2026-01', 3_600_000, 31 * DAY],
            ['2026-02', 3_600_000, 28 * DAY],
        ]);
    });
    it('measures each month on its own length', () => {
        expect(report.lines[0].attainment).toEqual(rational((2_678_400n - 3_600n) * 100n, 2_678_400n));
        expect(report.lines[1].attainment).toEqual(rational((2_419_200n - 3_600n) * 100n, 2_419_200n));
        expect(report.lines.map((l) => l.attainmentText)).toEqual(['99.8656%', '99.8512%']);
        expect(report.lines.map((l) => l.claimBy)).toEqual(['2026-03-02', '2026-03-30']);
    });
});

describe('maintenance beyond its allowance and outside its window', async () => {
    const report = computeReport(
        await termsOf(GOLD),
        inputs([
            incident('2026-02-08T02:00:00Z', '2026-02-08T03:30:00Z', 'maintenance'), // in the window: 60 min allowed, 30 beyond
            incident('2026-02-15T02:00:00Z', '2026-02-15T02:20:00Z', 'maintenance'), // in the window, allowance spent: 20 min
            incident('2026-02-18T01:00:00Z', '2026-02-18T01:10:00Z', 'maintenance'), // a Wednesday: outside the window
            incident('2026-03-01T02:00:00Z', '2026-03-01T02:40:00Z', 'maintenance'), // a new month, a new allowance
        ]),
    );
    const [feb, march] = report.accounts;

    it('excludes an hour a month, the earliest maintenance first', () => {
        expect(feb.excludedMs).toEqual({ maintenance: 3_600_000 });
        expect(feb.maintenanceBeyondAllowanceMs).toBe(50 * 60_000);
        expect(feb.maintenanceOutsideWindowMs).toBe(10 * 60_000);
        expect(march.excludedMs).toEqual({ maintenance: 40 * 60_000 });
        expect(march.downtimeMs).toBe(0);
    });
    it('counts the rest as downtime: 60 min in February', () => {
        expect(report.lines.map((l) => [l.period.key, l.downtimeMs, l.attainmentText, l.outcome])).toEqual([
            ['2026-02', 3_600_000, '99.8512%', 'bracket'],
            ['2026-03', 0, '100.0000%', 'met'],
        ]);
    });
});

describe('a clock change in a zone other than UTC', async () => {
    const terms = await termsOf(goldWith('    time-zone "Europe/Berlin"\n'));
    const report = computeReport(
        terms,
        inputs([
            // 23:30–00:30 in Berlin: half in February, half in March (in UTC it would all be February).
            incident('2026-02-28T22:30:00Z', '2026-02-28T23:30:00Z'),
            // 00:30 CET to 04:30 CEST on the night the clocks go forward: 3 hours, not 4.
            incident('2026-03-29T00:30:00+01:00', '2026-03-29T04:30:00+02:00'),
        ]),
    );
    const [feb, march] = report.lines;

    it('takes March as 31 days less the lost hour: 743 h', () => {
        expect(march.period.start).toBe(at('2026-02-28T23:00:00Z'));
        expect(march.periodMs).toBe(743 * 3_600_000);
        expect(report.accounts[1].days).toHaveLength(31);
        expect(report.accounts[1].days[28]).toEqual({ date: '2026-03-29', downtimeMs: 3 * 3_600_000 });
    });
    it('splits at local midnight and measures exactly', () => {
        expect(feb.downtimeMs).toBe(1_800_000);
        expect(feb.attainment).toEqual(rational((2_419_200n - 1_800n) * 100n, 2_419_200n));
        expect(feb.outcome).toBe('met');
        expect(march.downtimeMs).toBe(3 * 3_600_000 + 1_800_000);
        expect(march.attainment).toEqual(rational((2_674_800n - 12_600n) * 100n, 2_674_800n));
        expect(march.attainmentText).toBe('99.5289%');
        expect(march.credit).toBe(10);
        // 30 days after local midnight of 1 April: the last day to claim is 30 April.
        expect(march.claimBy).toBe('2026-04-30');
    });
});

describe('calendar lengths', async () => {
    const terms = await termsOf(GOLD);
    it.each([
        ['2028-02-10T00:00:00Z', 'monthly', 29],
        ['2026-02-10T00:00:00Z', 'monthly', 28],
        ['2026-02-10T00:00:00Z', 'quarterly', 90],
        ['2024-08-10T00:00:00Z', 'quarterly', 92],
        ['2028-06-10T00:00:00Z', 'yearly', 366],
    ] as const)('the period holding %s (%s) has %i days', (instant, period, days) => {
        // Without the effective date: 2024 is before the agreement takes effect (2026-01-01), which is refused.
        const report = computeReport({ ...terms, period, effective: undefined }, inputs([incident(instant, instant)]));
        expect(report.lines[0].periodMs).toBe(days * DAY);
    });
});

describe('caps and refusals', async () => {
    const terms = await termsOf(GOLD);
    it('caps a 25% bracket at 20%', () => {
        const [line] = computeReport(terms, inputs([incident('2026-02-03T00:00:00Z', '2026-02-04T00:00:00Z')])).lines;
        expect([line.bracketCredit, line.credit, line.capped, line.amount]).toEqual([25, 20, true, 200]);
    });
    it('names an unknown tier and the known ones', () => {
        expect(() =>
            computeReport(terms, inputs([incident('2026-02-03T00:00:00Z', '2026-02-03T01:00:00Z')]), { tiers: ['Silver'] }),
        ).toThrow('the agreement has no tier "Silver" with an availability commitment; its tiers are Gold');
    });
});
