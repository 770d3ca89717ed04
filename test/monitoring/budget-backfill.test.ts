/**
 * The budget-remaining series against `sla report`: the rules generated for an example are
 * backfilled by promtool over a month of per-minute probe data, evaluated by a real Prometheus, and
 * `sla:error_budget_remaining:ratio` at the end of the month is compared with the budget left in
 * the statement `sla report` writes from the same minutes (docs/MONITORING.md, "The
 * budget-remaining series", states the difference this test measures).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaAsync } from '../helpers/cli.js';
import { prometheusInstalled, servePrometheus, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';
import { examplesFolder } from '../helpers/services.js';
import { openMetrics, samplesCsv, type Outage } from '../report/month-data.js';
import { PROMTOOL } from './promtool.js';

interface Rule {
    record?: string;
    alert?: string;
    expr: string;
    labels?: Record<string, string>;
}

const EXAMPLE = join(examplesFolder, 'saas-monitored.sla');
const API = 'probe_success{job="blackbox",target="api"}';
// February 2026 in the agreement's zone, Europe/Berlin (UTC+1 all month): 2026-01-31T23:00Z to
// 2026-02-28T23:00Z. The maintenance window is Sundays 02:00–04:00 UTC (1, 8, 15 and 22 February).
const MONTH_START = '2026-01-31T23:00:00Z';
const MONTH_END = '2026-02-28T23:00:00Z';
const OUTAGES: Outage[] = [
    { start: '2026-02-03T10:00:00Z', end: '2026-02-03T10:20:00Z' },
    { start: '2026-02-17T12:00:00Z', end: '2026-02-17T12:07:00Z' },
    // A whole maintenance window down: excluded by both, but see the edge effect below.
    { start: '2026-02-08T02:00:00Z', end: '2026-02-08T04:00:00Z' },
];
const MAINTENANCE_LOG = 'start,end,kind\n2026-02-08T02:00:00Z,2026-02-08T04:00:00Z,maintenance\n';

const dir = mkdtempSync(join(tmpdir(), 'sla-budget-backfill-'));
const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
};

/**
 * The generated rules recording `names`, for the API's availability SLI only (the data has no other
 * series); the agreement's own series (the zone's offset) as they are.
 */
function stage(rules: Rule[], names: string[], name: string): string {
    const picked = rules.filter(
        (r) =>
            r.record &&
            names.includes(r.record) &&
            (r.labels?.sla_service === undefined || (r.labels.sla_service === 'API' && r.labels.sla_sli === 'availability')),
    );
    expect(picked.length, name).toBeGreaterThan(0);
    return file(name, stringify({ groups: [{ name, rules: picked }] }));
}

async function instant(
    prometheus: RunningPrometheus,
    query: string,
    time: string,
): Promise<Array<{ metric: Record<string, string>; value: number }>> {
    const url = `${prometheus.url}/api/v1/query?query=${encodeURIComponent(query)}&time=${encodeURIComponent(time)}`;
    const body = (await (await fetch(url)).json()) as {
        status: string;
        data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
    };
    expect(body.status).toBe('success');
    return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
}

describe.skipIf(!prometheusInstalled)('the budget-remaining series on a backfilled month', () => {
    let prometheus: RunningPrometheus | undefined;
    let tsdb = '';
    const served = () => prometheus!;

    /** promtool evaluates the rules against the running Prometheus; their blocks are then moved into its TSDB and it is served again. */
    async function backfill(rulesFile: string, start: string, end: string): Promise<void> {
        const out = join(dir, `blocks-${Date.now()}`);
        mkdirSync(out);
        const made = spawnSync(
            PROMTOOL,
            [
                'tsdb',
                'create-blocks-from',
                'rules',
                '--quiet',
                `--url=${served().url}`,
                `--start=${start}`,
                `--end=${end}`,
                `--output-dir=${out}`,
                '--eval-interval=60s',
                rulesFile,
            ],
            { encoding: 'utf8', timeout: 900_000 },
        );
        expect(`${made.stdout}${made.stderr}`, rulesFile).not.toMatch(/level=error/);
        expect(made.status).toBe(0);
        await served().stop();
        const blocks = readdirSync(out);
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) renameSync(join(out, block), join(tsdb, block));
        prometheus = await servePrometheus(tsdb);
    }

    beforeAll(async () => {
        const built = await slaAsync(['build', EXAMPLE, '--format', 'prometheus', '--out', dir]);
        expect(built.status).toBe(0);
        const rules = (
            parse(readFileSync(join(dir, 'saas-monitored.rules.yaml'), 'utf8')) as { groups: Array<{ rules: Rule[] }> }
        ).groups.flatMap((g) => g.rules);
        // Rules that read other recording rules need those backfilled first (promtool evaluates each
        // rule on its own): the 5-minute error ratio and the zone's offset, then the per-month
        // samples, then the budget.
        const ratio = stage(rules, ['sla:sli_error:ratio_rate5m', 'sla:time_zone_offset:seconds'], 'ratio.rules.yaml');
        const samples = stage(rules, ['sla:sli_error:ratio_rate5m_by_month'], 'samples.rules.yaml');
        const budget = stage(rules, ['sla:error_budget_remaining:ratio'], 'budget.rules.yaml');

        // Two hours of data before the month, so that its first windows are full.
        prometheus = await startPrometheus(
            openMetrics(OUTAGES, '2026-01-31T21:00:00Z', '2026-03-01T00:00:00Z', API.slice('probe_success'.length)),
        );
        tsdb = prometheus.tsdb;
        await backfill(ratio, '2026-01-31T22:00:00Z', MONTH_END);
        await backfill(samples, '2026-01-31T22:30:00Z', MONTH_END);
        // The budget reads a month of samples at each evaluation: only the month's last minutes.
        await backfill(budget, '2026-02-28T22:50:00Z', '2026-02-28T22:59:00Z');
    }, 1_800_000);
    afterAll(() => prometheus?.stop());

    it('is the budget left in the statement of sla report, up to the documented edge effect of maintenance', async () => {
        const report = await slaAsync([
            'report',
            EXAMPLE,
            '--samples',
            file('api.csv', samplesCsv(OUTAGES, MONTH_START, MONTH_END, 'API')),
            '--incidents',
            file('maintenance.csv', MAINTENANCE_LOG),
            '--from',
            '2026-02-01',
            '--to',
            '2026-02-28',
            '--format',
            'json',
        ]);
        expect(report.stderr).toBe('');
        const [period] = JSON.parse(report.stdout).periods as Array<{
            services: Array<{
                service: string;
                tiers: Array<{ tier: string; budgetSeconds: number; budgetUsedSeconds: number; budgetLeftSeconds: number }>;
            }>;
        }>;
        const lines = period.services.find((s) => s.service === 'API')!.tiers;
        // 27 minutes of outage outside maintenance, the maintenance window excluded.
        expect(lines.map((l) => [l.tier, l.budgetUsedSeconds])).toEqual([
            ['Standard', 27 * 60],
            ['Premium', 27 * 60],
        ]);

        // The last evaluation of the month (at its end, local midnight, the series starts March).
        const atEnd = await instant(
            served(),
            'sla:error_budget_remaining:ratio{sla_service="API",sla_sli="availability"}',
            '2026-02-28T22:59:00Z',
        );
        expect(atEnd.map((s) => s.metric.sla_tier).sort()).toEqual(['Premium', 'Standard']);

        // The edge effect (docs/MONITORING.md): each minute's error enters the 5-minute ratios of the
        // following evaluations, n probe points per window: 5 when the evaluations fall between the
        // points, as a rule group's do (promtool, like Prometheus, shifts a group's evaluations by an
        // offset of its own). Samples are zeroed while the maintenance window is open, so the errors
        // of its last minutes still count in the n − 1 samples after it closes:
        // (1 + 2 + … + (n − 1)) / n = (n − 1) / 2 minutes for an outage that fills the window's end.
        // No other outage is within 5 minutes of an edge of a maintenance window or of the month.
        const [evaluated] = await instant(
            served(),
            `timestamp(sla:sli_error:ratio_rate5m{sla_service="API",sla_sli="availability"})`,
            '2026-02-10T12:00:00Z',
        );
        const [points] = await instant(served(), `count_over_time(${API}[5m])`, String(evaluated.value));
        const edgeSeconds = ((points.value - 1) / 2) * 60;
        expect(points.value).toBeGreaterThanOrEqual(5);
        for (const line of lines) {
            const series = atEnd.find((s) => s.metric.sla_tier === line.tier)!;
            const fromReport = line.budgetLeftSeconds / line.budgetSeconds;
            const spent = line.budgetUsedSeconds + edgeSeconds;
            const expected = 1 - spent / line.budgetSeconds;
            // The documented bound: at most the errors of the five minutes before each edge.
            expect(fromReport - series.value, line.tier).toBeGreaterThan(0);
            expect(fromReport - series.value, line.tier).toBeLessThanOrEqual((5 * 60) / line.budgetSeconds);
            // Otherwise the same arithmetic, up to one evaluation: the series multiplies the mean of
            // the month's samples by the time elapsed when the budget rule ran, a fraction of a minute
            // after the last sample, so it may count one sample's mean, spent / 40,319, more or less.
            // The edge itself is measured at one evaluation and may differ by one probe point at the
            // window's end (seen once in a full run under load: exactly 60 s of budget), so one
            // minute is allowed on top.
            expect(Math.abs(series.value - expected), line.tier).toBeLessThanOrEqual((spent / 40_319 + 60) / line.budgetSeconds + 1e-12);
        }
    });
});
