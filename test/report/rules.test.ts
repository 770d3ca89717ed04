/** The agreement's measurement rules and services as the report applies them, with figures worked by hand. */
import { describe, expect, it } from 'vitest';
import { computeReport, SampleReducer, type Incident, type ReportTerms } from '../../packages/language/src/index.js';
import { goldWith, SERVICES } from '../helpers/report-agreements.js';
import { termsOf } from './agreements.js';

const at = (iso: string) => Date.parse(iso);
const outage = (start: string, end: string, service?: string): Incident => ({ start: at(start), end: at(end), kind: 'outage', service });
const report = (terms: ReportTerms, incidents: Incident[], samples: SampleReducer | undefined = undefined) =>
    computeReport(terms, { incidents, samples: samples?.finish() ?? [], sources: [], assumptions: [] });

describe('partial minutes', () => {
    const partly = [outage('2026-02-03T10:00:10Z', '2026-02-03T10:02:20Z')];
    it('count to the second by default, and the report says so', async () => {
        const made = report(await termsOf(goldWith('')), partly);
        expect(made.lines[0].downtimeMs).toBe(130_000);
        expect(made.defaults).toContain(
            'Partial minutes: downtime is counted to the second as logged; a sample minute with a share g of good counts (1 − g) × 60 seconds of downtime.',
        );
    });
    it('count whole as downtime: 10:00 to 10:03', async () => {
        const made = report(await termsOf(goldWith('', '        partial minutes count as downtime\n')), partly);
        expect(made.lines[0].downtimeMs).toBe(180_000);
        expect(made.defaults.some((d) => d.startsWith('Partial minutes'))).toBe(false);
    });
    it('count as uptime: only 10:01 to 10:02', async () => {
        expect(report(await termsOf(goldWith('', '        partial minutes count as uptime\n')), partly).lines[0].downtimeMs).toBe(60_000);
    });
});

describe('minimum outage 5 min', () => {
    it('drops a 4-minute outage and keeps a 6-minute one; overlapping incidents are merged first', async () => {
        const terms = await termsOf(goldWith('', '        minimum outage 5 min\n'));
        const made = report(terms, [
            outage('2026-02-03T10:00:00Z', '2026-02-03T10:04:00Z'),
            outage('2026-02-04T10:00:00Z', '2026-02-04T10:03:00Z'),
            outage('2026-02-04T10:02:00Z', '2026-02-04T10:06:00Z'),
        ]);
        expect(made.lines[0].downtimeMs).toBe(6 * 60_000);
    });
});

describe('samples', () => {
    const feed = (reducer: SampleReducer, goods: Array<[string, number]>) =>
        goods.forEach(([t, g], i) => reducer.add(undefined, at(t), g, `row ${i}`));
    const minutes = (from: string, count: number, good: (i: number) => number): Array<[string, number]> =>
        Array.from({ length: count }, (_, i) => [new Date(at(from) + i * 60_000).toISOString(), good(i)]);

    it('count (1 − good) of a minute by default', async () => {
        const reducer = new SampleReducer();
        feed(
            reducer,
            minutes('2026-02-03T10:00:00Z', 10, (i) => (i === 3 ? 0.25 : 1)),
        );
        expect(report(await termsOf(goldWith('')), [], reducer).lines[0].downtimeMs).toBe(45_000);
    });

    it('with error-rate interval 5 min above 5%: a whole interval is down when its error rate is above 5%', async () => {
        const terms = await termsOf(goldWith('', '        error-rate interval 5 min above 5%\n'));
        const reducer = new SampleReducer(terms.rules);
        // 10:00–10:05: one minute at 90% good (error rate 2%): up. 10:05–10:10: three minutes at 90% (6%): down.
        feed(
            reducer,
            minutes('2026-02-03T10:00:00Z', 10, (i) => (i === 1 || i === 5 || i === 6 || i === 7 ? 0.9 : 1)),
        );
        expect(report(terms, [], reducer).lines[0].downtimeMs).toBe(5 * 60_000);
    });

    it('state a gap, and count it as downtime when the agreement says so', async () => {
        const gappy = minutes('2026-02-03T10:00:00Z', 10, () => 1).filter((_, i) => i < 4 || i > 6);
        const silent = await termsOf(goldWith(''));
        const reducer = new SampleReducer();
        feed(reducer, gappy);
        const uptime = report(silent, [], reducer);
        // Before the first sample and after the last, the month is missing too.
        expect(uptime.accounts[0].missingMs).toBe(28 * 86_400_000 - 7 * 60_000);
        expect(uptime.lines[0].downtimeMs).toBe(0);
        const strict = await termsOf(goldWith('', '        missing data counts as downtime\n'));
        const again = new SampleReducer(strict.rules);
        feed(again, gappy);
        expect(report(strict, [], again).lines[0].downtimeMs).toBe(28 * 86_400_000 - 7 * 60_000);
    });
});

describe('services', () => {
    it("measure each service on its own, with the service's commitment, and cap the tier once", async () => {
        const terms = await termsOf(SERVICES);
        const made = report(terms, [
            outage('2026-02-03T10:00:00Z', '2026-02-03T11:00:00Z', 'API'),
            // No service: every service is down.
            outage('2026-02-10T10:00:00Z', '2026-02-10T13:30:00Z'),
        ]);
        expect(made.lines.map((l) => [l.service, l.commitment, l.downtimeMs / 60_000, l.attainmentText, l.credit, l.amount])).toEqual([
            ['API', 99.9, 270, '99.3304%', 10, 100],
            ['Dashboard', 99.5, 210, '99.4792%', 5, 50],
        ]);
        // 10% + 5% = 15%: at the cap, not above it. A yearly price of 12,000 is 1,000 a month.
        expect(made.totals.map((t) => [t.tier, t.credit, t.capped, t.amount])).toEqual([['Gold', 15, false, 150]]);
        expect(made.assumptions).toEqual([
            'An incident without a service concerns every service of the agreement.',
            'Tier Gold is priced per year: its monthly fee is taken as a twelfth of the yearly price.',
        ]);
    });
});
