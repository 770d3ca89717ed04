/**
 * A maintenance window in a zone with daylight saving time follows the wall clock: the rules built
 * by the real `sla` for "Sundays … Europe/Berlin" are evaluated by promtool across both changes of
 * offset. promtool's clock starts at 1970-01-01 UTC, so the test runs in 1970 with the zone's
 * yearly rule (the last Sunday of March and of October, 01:00 UTC), which is what the PromQL
 * encodes: the instants below are worked out by hand from that rule.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { promtool } from './promtool.js';

const AGREEMENT = `sla "Berlin Maintenance" {
    provider "P"
    currency EUR
    time-zone "Europe/Berlin"
    service API {
        sli availability probe "probe_success{job=\\"api\\"}"
    }
    measurement {
        period monthly
    }
    exclusions {
        scheduled-maintenance "Sundays 01:00-03:30"
        scheduled-maintenance "Sundays 05:00-06:00 Europe/Berlin"
    }
    tier Gold {
        price 100 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9%
        }
    }
    claims { window 30 days }
}
`;

const minute = (iso: string) => Date.parse(iso) / 60_000;

/** UTC instants and whether a window is open then. */
const CHECKS: Array<[string, boolean, string]> = [
    // 22 March, winter time (+1): 01:00–03:30 local is 00:00–02:30 UTC, 05:00–06:00 is 04:00–05:00.
    ['1970-03-21T23:55:00Z', false, 'before the night window, winter'],
    ['1970-03-22T00:05:00Z', true, 'night window opened at 01:00 local'],
    ['1970-03-22T02:25:00Z', true, 'night window, 03:25 local'],
    ['1970-03-22T02:35:00Z', false, 'night window closed at 03:30 local'],
    ['1970-03-22T03:55:00Z', false, 'before the morning window, winter'],
    ['1970-03-22T04:05:00Z', true, 'morning window, 05:05 local'],
    ['1970-03-22T05:05:00Z', false, 'morning window closed at 06:00 local'],
    // 29 March, the change: at 01:00 UTC clocks go from 02:00 to 03:00; 03:30 local is 01:30 UTC.
    ['1970-03-29T00:05:00Z', true, 'night window opened at 01:00 local (+1)'],
    ['1970-03-29T01:25:00Z', true, 'night window, 03:25 local (+2)'],
    ['1970-03-29T01:35:00Z', false, 'night window closed at 03:30 local (+2), an hour early in UTC'],
    ['1970-03-29T02:35:00Z', false, 'not open where a fixed +1 would place 03:30'],
    ['1970-03-29T03:05:00Z', true, 'morning window, 05:05 local (+2)'],
    ['1970-03-29T04:05:00Z', false, 'morning window closed at 06:00 local (+2)'],
    // 18 October, summer time (+2).
    ['1970-10-18T03:05:00Z', true, 'morning window, summer'],
    ['1970-10-18T04:05:00Z', false, 'morning window closed, summer'],
    // 25 October, the change back at 01:00 UTC (03:00 local +2 becomes 02:00 +1).
    ['1970-10-24T23:05:00Z', true, 'night window opened at 01:00 local (+2)'],
    ['1970-10-25T01:05:00Z', true, 'night window, 02:05 local (+1) after the change'],
    ['1970-10-25T02:25:00Z', true, 'night window, 03:25 local (+1)'],
    ['1970-10-25T02:35:00Z', false, 'night window closed at 03:30 local (+1)'],
    ['1970-10-25T03:05:00Z', false, 'not open where a fixed +2 would place the morning window'],
    ['1970-10-25T04:05:00Z', true, 'morning window, 05:05 local (+1)'],
    ['1970-10-25T05:05:00Z', false, 'morning window closed at 06:00 local (+1)'],
];

describe('a maintenance window in a zone with daylight saving time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-maintenance-dst-'));
    const file = join(dir, 'berlin.sla');
    writeFileSync(file, AGREEMENT);
    const result = sla(['build', file, '--format', 'prometheus', '--out', dir]);
    const text = () => readFileSync(join(dir, 'berlin.rules.yaml'), 'utf8');

    it('is read, not listed as unreadable, and the file passes promtool check rules', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(text()).not.toContain('not machine-readable');
        const check = promtool(['check', 'rules', join(dir, 'berlin.rules.yaml')]);
        expect(check.output).toMatch(/SUCCESS: \d+ rules found/);
        expect(check.status).toBe(0);
    });

    it('opens and closes on the local clock across both changes of offset (promtool test rules)', { timeout: 900_000 }, () => {
        // The maintenance rule's expression, asked at each instant: promtool evaluates rule groups
        // at every step from 1970-01-01 on, which would take minutes for nothing here.
        const rule = (parse(text()) as { groups: Array<{ rules: Array<{ record?: string; expr: string }> }> }).groups
            .flatMap((g) => g.rules)
            .find((r) => r.record === 'sla:maintenance_window:open');
        // The offset is worked out at each evaluation, not fixed.
        expect(rule?.expr).toContain('scalar(');
        writeFileSync(join(dir, 'none.rules.yaml'), stringify({ groups: [] }));
        const tests = [
            {
                interval: '5m',
                input_series: [],
                promql_expr_test: CHECKS.map(([at, open]) => ({
                    expr: rule!.expr,
                    eval_time: `${minute(at)}m`,
                    exp_samples: open ? [{ labels: '{}', value: 1 }] : [],
                })),
            },
        ];
        writeFileSync(join(dir, 'maintenance.test.yaml'), stringify({ rule_files: ['none.rules.yaml'], evaluation_interval: '1d', tests }));
        const run = promtool(['test', 'rules', 'maintenance.test.yaml'], dir);
        expect(run.output).toContain('SUCCESS');
        expect(run.status).toBe(0);
    });
});
