/**
 * `sla report --prometheus` against a real Prometheus serving a backfilled month: the statement
 * must be the one the incident log gives. Also what a user meets when Prometheus is down, slow
 * or returns NaN.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-files.js';
import { sla, slaAsync } from '../helpers/cli.js';
import { freePort, prometheusInstalled, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { GOLD } from '../helpers/report-agreements.js';
import { incidentLog, openMetrics } from './month-data.js';

const { file } = tempFolder('sla-report-prom-');
const agreement = file('gold.sla', GOLD);
const FEB = [
    { start: '2026-02-03T10:00:00Z', end: '2026-02-03T11:30:00Z' },
    { start: '2026-02-17T12:00:00Z', end: '2026-02-17T12:45:00Z' },
];
const body = (markdown: string) => markdown.slice(markdown.indexOf('## Summary'));
const MONTH = ['--from', '2026-02-01', '--to', '2026-02-28'];

describe.skipIf(!prometheusInstalled)('sla report --prometheus on a real Prometheus', () => {
    let prometheus: RunningPrometheus;
    beforeAll(async () => {
        prometheus = await startPrometheus(openMetrics(FEB, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'));
    }, 120_000);
    afterAll(() => prometheus?.stop());

    it('gives the statement the incident log gives for the same month', async () => {
        const fromLog = sla(['report', agreement, '--incidents', file('feb.csv', incidentLog(FEB)), '--format', 'markdown']);
        const fromPrometheus = await slaAsync([
            'report',
            agreement,
            '--prometheus',
            prometheus.url,
            '--query',
            'probe_success',
            ...MONTH,
            '--format',
            'markdown',
        ]);
        expect(fromPrometheus.stderr).toBe('');
        expect(fromPrometheus.status).toBe(0);
        expect(fromPrometheus.stdout).toContain('(40,320 points at a 1-minute step)');
        expect(body(fromPrometheus.stdout)).toBe(body(fromLog.stdout));
        expect(fromPrometheus.stdout).toContain('| Attainment   | 99.6652%');
    });

    it('states NaN minutes as missing data', async () => {
        // 0/0 is NaN in PromQL: on the outage minutes the query divides by zero.
        const result = await slaAsync([
            'report',
            agreement,
            '--prometheus',
            prometheus.url,
            '--query',
            'probe_success / probe_success',
            ...MONTH,
        ]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Prometheus returned NaN for 135 minute(s): they are taken as missing data.');
        expect(result.stdout).toMatch(/Missing data:\s+2h 15m/);
        expect(result.stdout).toMatch(/Attainment:\s+100\.0000%/);
    });

    it('refuses a PromQL error and values outside 0..1 in one line', async () => {
        const syntax = await slaAsync(['report', agreement, '--prometheus', prometheus.url, '--query', 'probe_success{', ...MONTH]);
        expect(syntax.status).toBe(2);
        expect(syntax.stderr.trim().split('\n')).toHaveLength(1);
        expect(syntax.stderr).toContain('Prometheus refused the query (HTTP 400)');
        const scaled = await slaAsync(['report', agreement, '--prometheus', prometheus.url, '--query', 'probe_success * 100', ...MONTH]);
        expect(scaled.stderr).toMatch(
            /Prometheus returned 100 at 2026-02-01T00:00:00\.000Z: the query must give a share of good from 0 to 1/,
        );
    });
});

describe('sla report --prometheus when Prometheus cannot answer', () => {
    let slow: Server;
    let slowUrl = '';
    beforeAll(async () => {
        slow = createServer(() => undefined); // accepts, never answers
        await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', () => resolve()));
        const address = slow.address();
        slowUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(() => {
        slow.closeAllConnections();
        slow.close();
    });

    it('says it cannot reach a server that is not there', async () => {
        const url = `http://127.0.0.1:${await freePort()}`;
        const down = await slaAsync(['report', agreement, '--prometheus', url, '--query', 'up', ...MONTH]);
        expect(down.status).toBe(2);
        expect(down.stderr.trim()).toBe(`sla: cannot reach Prometheus at ${url}: ECONNREFUSED`);
    });

    it('gives up on a slow one after --timeout', async () => {
        const result = await slaAsync(['report', agreement, '--prometheus', slowUrl, '--query', 'up', '--timeout', '1', ...MONTH]);
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe(`sla: Prometheus at ${slowUrl} did not answer within 1 s (--timeout); nothing was written`);
    });
});
