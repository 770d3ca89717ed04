/**
 * `sla report --prometheus` without `--query`: each service's availability SLI, as the agreement
 * declares it, asked of a real Prometheus serving a backfilled month (a ratio of request counters
 * for one service, a probe for the other). The figures are worked out by hand below, and the
 * statement must be the one the same month gives as per-minute samples.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sla, slaAsync } from '../helpers/cli.js';
import { prometheusInstalled, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { SERVICES } from '../helpers/report-agreements.js';
import { counterFamilies, probeFamily, sharesCsv, type Degraded } from './month-data.js';

const MEASURED = `sla "Measured services" {
    provider "Test Provider"
    currency EUR
    service API "Public REST API" {
        sli availability ratio good "sum(rate(ok_total{service=\\"api\\"}[{{window}}]))" total "sum(rate(requests_total{service=\\"api\\"}[{{window}}]))"
    }
    service Dashboard {
        sli availability probe "probe_success{target=\\"dashboard\\"}"
    }
    measurement {
        period monthly
    }
    tier Gold {
        price 1000 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9% and at least 99.0%
            credit 25% when availability below 99.0%
            cap 30% of monthly fee
        }
    }
}
`;

const dir = mkdtempSync(join(tmpdir(), 'sla-report-sli-'));
const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
};
const agreement = file('measured.sla', MEASURED);
const FROM = '2026-02-01T00:00:00Z';
const TO = '2026-03-01T00:00:00Z';
const API: Degraded[] = [
    { start: '2026-02-03T10:00:00Z', end: '2026-02-03T11:30:00Z', good: 0 }, // 90 min down
    { start: '2026-02-10T08:00:00Z', end: '2026-02-10T08:20:00Z', good: 0.5 }, // 20 min, half the requests fail
];
const DASHBOARD: Degraded[] = [{ start: '2026-02-17T12:00:00Z', end: '2026-02-17T12:45:00Z', good: 0 }]; // 45 min down
const MONTH = ['--from', '2026-02-01', '--to', '2026-02-28'];
const body = (markdown: string) => markdown.slice(markdown.indexOf('## Summary'));

describe.skipIf(!prometheusInstalled)('sla report --prometheus with the SLIs the agreement declares', () => {
    let prometheus: RunningPrometheus;
    beforeAll(async () => {
        const families = [
            ...counterFamilies(API, FROM, TO, '{service="api"}'),
            ...probeFamily(DASHBOARD, FROM, TO, '{target="dashboard"}'),
        ];
        prometheus = await startPrometheus(families.join('\n') + '\n# EOF\n');
    }, 180_000);
    afterAll(() => prometheus?.stop());

    it('asks each service its own SLI, a minute at a time, and gives the figures worked out by hand', async () => {
        const result = await slaAsync(['report', agreement, '--prometheus', prometheus.url, ...MONTH, '--format', 'json']);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout) as {
            inputs: string[];
            periods: Array<{
                services: Array<{ service: string; downtimeSeconds: number; tiers: Array<{ attainmentExact: string; credit: number }> }>;
                totals: Array<{ credit: number; amount: number }>;
            }>;
        };
        // {{window}} is 1m; a February of 28 days is 40,320 minutes, one point each.
        expect(json.inputs).toEqual([
            `Prometheus ${prometheus.url}, the availability SLI of API, (sum(rate(ok_total{service="api"}[1m]))) / (sum(rate(requests_total{service="api"}[1m]))) (40,320 points at a 1-minute step)`,
            `Prometheus ${prometheus.url}, the availability SLI of Dashboard, avg(avg_over_time(probe_success{target="dashboard"}[1m])) (40,320 points at a 1-minute step)`,
        ]);
        const [february] = json.periods;
        // API: 90 min at 0 good = 5,400 s, and 20 min at half good = 20 × 30 s = 600 s: 6,000 s.
        // (2,419,200 − 6,000) / 2,419,200 × 100 = 2,413,200 × 100 / 2,419,200 = 50,275 / 504 = 99.7520% → 10%.
        // Dashboard: 45 min at 0 good = 2,700 s; 2,416,500 × 100 / 2,419,200 = 22,375 / 224 = 99.8884% → 10%.
        expect(february.services.map((s) => [s.service, s.downtimeSeconds, s.tiers[0].attainmentExact, s.tiers[0].credit])).toEqual([
            ['API', 6_000, '50275/504', 10],
            ['Dashboard', 2_700, '22375/224', 10],
        ]);
        // 10% + 10% = 20% of EUR 1,000.00, within the 30% cap: EUR 200.00.
        expect(february.totals).toEqual([{ tier: 'Gold', credit: 20, capped: false, amount: 200, notes: [] }]);
    });

    it('gives the statement the same month gives as per-minute samples', async () => {
        const rows = ['time,service,good', ...sharesCsv(API, FROM, TO, 'API'), ...sharesCsv(DASHBOARD, FROM, TO, 'Dashboard')];
        const fromSamples = sla(['report', agreement, '--samples', file('feb.csv', rows.join('\n') + '\n'), '--format', 'markdown']);
        expect(fromSamples.status).toBe(0);
        const fromPrometheus = await slaAsync(['report', agreement, '--prometheus', prometheus.url, ...MONTH, '--format', 'markdown']);
        expect(fromPrometheus.status).toBe(0);
        expect(body(fromPrometheus.stdout)).toBe(body(fromSamples.stdout));
    });

    it('refuses, in one line, a service that declares no SLI when no --query is given', async () => {
        const noSli = file('services.sla', SERVICES);
        const result = await slaAsync(['report', noSli, '--prometheus', prometheus.url, ...MONTH]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(
            'sla: service API declares no availability SLI (sli availability …): give --query <promql> (per minute, the share of good, 0..1)\n',
        );
    });
});
