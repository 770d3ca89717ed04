/**
 * A service's own cap per year, worked out by hand: service API's credits of the agreement year
 * stop at its USD 120,000.00, then the tier's total of each month is capped by the tier's cap of
 * 50% per month and the tier's cap of USD 200,000.00 per year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReport, type Incident } from '../../packages/language/src/index.js';
import { sla } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { termsOf } from './agreements.js';

const SERVICE_CAP = `sla "Service Caps" {
    provider "Test Provider"
    effective 2026-01-01
    currency USD
    service API
    service Web
    measurement {
        period monthly
    }
    tier Gold {
        price 100000 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9% and at least 99.0%
            credit 50% when availability below 99.0%
            cap 50% of monthly fee
            cap 200000 USD per year
        }
        service API {
            availability 99.9%
            credits {
                credit 10% when availability below 99.9% and at least 99.0%
                credit 50% when availability below 99.0%
                cap 120000 USD per year
            }
        }
    }
}
`;

// A day down is below 99.0% in any month (86,400 s of at most 2,678,400 s is at most 96.78%): 50%, USD 50,000.00.
// An hour down in March is (2,678,400 − 3,600) / 2,678,400 = 99.8656%: 10%, USD 10,000.00.
const OUTAGES: Array<[string, string, string]> = [
    ['API', '2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z'],
    ['API', '2026-02-10T00:00:00Z', '2026-02-11T00:00:00Z'],
    ['API', '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'],
    ['Web', '2026-03-20T00:00:00Z', '2026-03-20T01:00:00Z'],
    ['API', '2026-04-10T00:00:00Z', '2026-04-11T00:00:00Z'],
    ['Web', '2026-04-20T00:00:00Z', '2026-04-21T00:00:00Z'],
    ['Web', '2026-05-20T00:00:00Z', '2026-05-21T00:00:00Z'],
];

// Service API, its own cap of USD 120,000.00 a year (the tier's schedule does not apply to it):
//   January 50,000 (used 50,000), February 50,000 (used 100,000),
//   March 120,000 − 100,000 = 20,000 of the 50,000 earned: 50% × 20,000 / 50,000 = 20%; April 0 of 50,000.
// Service Web, the tier's schedule: March 10,000, April 50,000, May 50,000 (no cap per year of its own).
// The tier's total per month, the services added up, capped at 50% (USD 50,000.00), then the tier's
// cap of USD 200,000.00 a year:
//   January 50,000; February 50,000; March 20,000 + 10,000 = 30,000 (30%);
//   April 0 + 50,000 = 50,000 (used 180,000); May 200,000 − 180,000 = 20,000 of the 50,000 earned (20%).
// Applying the tier's caps alone would have paid March 50,000 (60% capped at 50%), April 50,000, May 0.
const API_NOTE = (left: string, earned: string) =>
    `the service's cap per year (cap 120000 USD per year: USD 120,000.00 for the year from 2026-01-01) leaves ${left} of the ${earned} earned`;
const MARCH_API = API_NOTE('USD 20,000.00', 'USD 50,000.00');
const APRIL_API = API_NOTE('USD 0.00', 'USD 50,000.00');
const MAY_TIER =
    'the cap per year (cap 200000 USD per year: USD 200,000.00 for the year from 2026-01-01) leaves USD 20,000.00 of the USD 50,000.00 earned';

describe("a service's own cap per year, then the tier's caps", async () => {
    const terms = await termsOf(SERVICE_CAP);
    const incidents: Incident[] = OUTAGES.map(([service, start, end]) => ({
        service,
        start: Date.parse(start),
        end: Date.parse(end),
        kind: 'outage',
    }));
    const report = computeReport(terms, { incidents, samples: [], sources: [], assumptions: [] });
    const line = (service: string, key: string) => report.lines.find((l) => l.service === service && l.period.key === key)!;

    it("caps service API's credits of the year at its own USD 120,000.00", () => {
        expect(['2026-01', '2026-02', '2026-03', '2026-04'].map((key) => [key, line('API', key).credit, line('API', key).amount])).toEqual([
            ['2026-01', 50, 50_000],
            ['2026-02', 50, 50_000],
            ['2026-03', 20, 20_000],
            ['2026-04', 0, 0],
        ]);
        expect(line('API', '2026-03').notes).toEqual([MARCH_API]);
        expect(line('API', '2026-04').notes).toEqual([APRIL_API]);
        expect(line('Web', '2026-04').notes).toEqual([]);
        expect(report.assumptions.some((a) => a.includes('not applied'))).toBe(false);
    });
    it("adds up the services' capped credits, then applies the tier's caps per month and per year", () => {
        expect(report.totals.map((t) => [t.period.key, t.credit, t.amount, t.capped])).toEqual([
            ['2026-01', 50, 50_000, false],
            ['2026-02', 50, 50_000, false],
            ['2026-03', 30, 30_000, false],
            ['2026-04', 50, 50_000, false],
            ['2026-05', 20, 20_000, true],
        ]);
        expect(report.totals.find((t) => t.period.key === '2026-03')!.notes).toEqual([`service API: ${MARCH_API}`]);
        expect(report.totals.find((t) => t.period.key === '2026-05')!.notes).toEqual([MAY_TIER]);
        expect(report.totals.reduce((sum, t) => sum + t.amount!, 0)).toBe(200_000);
    });
});

describe("sla report shows a service's cap per year in Markdown, JSON and CSV", () => {
    const { dir, file } = tempFolder('sla-report-service-cap-');
    const agreement = file('service-caps.sla', SERVICE_CAP);
    const log = file(
        'incidents.csv',
        ['start,end,service', ...OUTAGES.map(([service, start, end]) => `${start},${end},${service}`)].join('\n') + '\n',
    );
    const run = (format: string) => {
        const result = sla(['report', agreement, '--incidents', log, '--format', format]);
        expect([result.status, result.stderr]).toEqual([0, '']);
        return result.stdout;
    };

    it('writes the working beside the credit in the Markdown statement', () => {
        const out = join(dir, 'statement.md');
        expect(sla(['report', agreement, '--incidents', log, '--format', 'markdown', '--out', out]).status).toBe(0);
        const markdown = readFileSync(out, 'utf8');
        expect(markdown).toContain(`| 20% of the monthly fee | no cap; then ${MARCH_API} |`);
        expect(markdown).toMatch(/\| March 2026\s+\| Gold\s+\| API\s+\| [\d.]+%\s+\| 99\.9%\s+\| missed\s+\| 20%\s+\| USD 20,000\.00 /);
        expect(markdown).toMatch(
            new RegExp(`\\| March 2026\\s+\\| Gold\\s+\\| 30%\\s+\\| USD 30,000\\.00\\s+\\| service API: ${escape(MARCH_API)}`),
        );
        expect(markdown).not.toContain('is not applied');
    });
    it('gives each service line its notes in JSON, and the totals after both caps', () => {
        const json = JSON.parse(run('json'));
        const march = json.periods.find((p: { key: string }) => p.key === '2026-03');
        const api = march.services.find((s: { service: string }) => s.service === 'API').tiers[0];
        expect([api.credit, api.amount, api.notes]).toEqual([20, 20_000, [MARCH_API]]);
        expect(march.totals).toEqual([{ tier: 'Gold', credit: 30, capped: false, amount: 30_000, notes: [`service API: ${MARCH_API}`] }]);
        const may = json.periods.find((p: { key: string }) => p.key === '2026-05');
        expect(may.totals[0]).toMatchObject({ credit: 20, amount: 20_000, notes: [MAY_TIER] });
    });
    it("ends each CSV row with the service's and the tier's working", () => {
        const rows = run('csv').trimEnd().split('\n');
        const row = (key: string, service: string) => rows.find((r) => r.startsWith(`${key},`) && r.split(',')[3] === service)!;
        // credit_percent, capped, amount … tier_credit_percent, tier_amount, notes, tier_notes (no comma inside these notes
        // but in the money, so the quoted fields are read whole).
        const fields = (r: string) => [...r.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1].replace(/^"|"$/g, ''));
        const march = fields(row('2026-03', 'API'));
        expect([march[11], march[13], march[18], march[19], march[20], march[21]]).toEqual([
            '20',
            '20000.00',
            '30',
            '30000.00',
            MARCH_API,
            `service API: ${MARCH_API}`,
        ]);
        const may = fields(row('2026-05', 'Web'));
        expect([may[11], may[13], may[18], may[19], may[20], may[21]]).toEqual(['50', '50000.00', '20', '20000.00', '', MAY_TIER]);
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
