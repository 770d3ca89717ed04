/**
 * Latency commitments whose service declares a latency SLI: no rule or SLO is generated for them
 * (docs/MONITORING.md, "Latency"), and both files say so in their header, one line per tier and
 * percentile, while the service's other SLIs are monitored as usual.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { promtool } from './promtool.js';

const AGREEMENT = `sla "Latency Watch" {
    provider "P"
    currency EUR
    service API {
        sli availability probe "probe_success{job=\\"api\\"}"
        sli latency ratio good "sum(rate(http_request_duration_seconds_bucket{job=\\"api\\",le=\\"0.3\\"}[{{window}}]))" total "sum(rate(http_request_duration_seconds_count{job=\\"api\\"}[{{window}}]))"
    }
    service Web
    measurement {
        period monthly
    }
    tier Standard {
        price 100 per month
        availability 99.9%
        latency p95 300 ms "API requests"
        latency p99 1.5 s
        credits {
            credit 10% when availability below 99.9%
        }
    }
    tier Premium extends Standard {
        price 200 per month
        latency p95 200 ms
    }
    claims { window 30 days }
}
`;

describe('a latency SLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-latency-sli-'));
    const file = join(dir, 'latency.sla');
    writeFileSync(file, AGREEMENT);
    const result = sla(['build', file, '--format', 'prometheus,openslo', '--out', dir]);
    const header = (name: string) =>
        readFileSync(join(dir, name), 'utf8')
            .split('\n')
            .filter((line) => line.startsWith('# ') && line.includes('latency'));

    it('builds without a diagnostic', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
    });

    it('is named in both headers for every latency commitment of its service, and only of its service', () => {
        const expected = (noun: string) =>
            [
                'Standard: latency p95 300 ms',
                'Standard: latency p99 1.5 s',
                'Premium: latency p95 200 ms',
                'Premium: latency p99 1.5 s',
            ].map((c) => `# ${c} of API has a latency SLI, but latency commitments get no ${noun} yet (docs/MONITORING.md, "Latency").`);
        expect(header('latency.rules.yaml')).toEqual(expected('rules'));
        expect(header('latency.openslo.yaml')).toEqual(expected('SLO'));
    });

    it('leaves the availability rules of the service as they are, and the file passes promtool', () => {
        const rules = readFileSync(join(dir, 'latency.rules.yaml'), 'utf8');
        expect(rules).not.toContain('http_request_duration_seconds');
        expect(rules).toContain('sla_sli: availability');
        const check = promtool(['check', 'rules', join(dir, 'latency.rules.yaml')]);
        expect(check.output).toMatch(/SUCCESS: \d+ rules found/);
        expect(check.status).toBe(0);
    });
});
