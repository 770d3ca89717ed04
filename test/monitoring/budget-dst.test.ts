/**
 * The budget-remaining series in a zone with daylight saving time: the months follow the local
 * wall clock, also when a month begins and ends at different UTC offsets. The rules built by the
 * real `sla` for a Europe/Berlin agreement are evaluated by promtool across the end of March
 * (winter time → summer time) and of October (summer → winter). promtool's clock starts at
 * 1970-01-01 UTC, so the test runs in 1970 with the zone's yearly rule (the last Sunday of March
 * and of October, 01:00 UTC: 29 March and 25 October 1970), which is what the PromQL encodes: the
 * months' bounds below are worked out by hand from that rule, and the expected values from the
 * definition of the series (docs/MONITORING.md, "The budget-remaining series").
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { promtool } from './promtool.js';

const AGREEMENT = `sla "Berlin Budget" {
    provider "P"
    currency EUR
    time-zone "Europe/Berlin"
    service API {
        sli availability probe "probe_success{job=\\"api\\"}"
    }
    measurement {
        period monthly
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
const BUDGET = 0.001;

interface Rule {
    record?: string;
    alert?: string;
    expr: string;
    labels?: Record<string, string>;
}

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** The months around the two changes, in UTC: local midnight at the offset in force then. */
const MONTHS: Array<{ name: string; start: number; end: number }> = [
    // 1 March 00:00 +1 to 1 April 00:00 +2: 31 days less an hour.
    { name: 'March', start: seconds('1970-02-28T23:00:00Z'), end: seconds('1970-03-31T22:00:00Z') },
    { name: 'April', start: seconds('1970-03-31T22:00:00Z'), end: seconds('1970-04-30T22:00:00Z') },
    // 1 October 00:00 +2 to 1 November 00:00 +1: 31 days and an hour.
    { name: 'October', start: seconds('1970-09-30T22:00:00Z'), end: seconds('1970-10-31T23:00:00Z') },
    { name: 'November', start: seconds('1970-10-31T23:00:00Z'), end: seconds('1970-11-30T23:00:00Z') },
];

/** One evaluation (and one input point) an hour: promtool evaluates the rules from 1970-01-01 on. */
const STEP = 3600;
const LAST = seconds('1970-11-01T00:00:00Z');

/**
 * The recorded 5-minute error ratio at each evaluation: half the budget, with a burst in the first
 * hour of April (01:00 local, 23:00 UTC the day before) and in the last of October (23:00 local,
 * 22:00 UTC): each must count in its own month.
 */
const BURSTS = new Map([
    [seconds('1970-03-31T23:00:00Z'), 0.1],
    [seconds('1970-10-31T22:00:00Z'), 0.2],
]);
const ratioAt = (t: number) => BURSTS.get(t) ?? BUDGET / 2;

/**
 * The series' definition: in the month holding t, the mean of the samples taken after its start up
 * to t, times the time elapsed, over the budget of the whole month.
 */
function expectedRemaining(t: number): { month: string; value: number } {
    const month = MONTHS.find((m) => m.start <= t && t < m.end);
    if (!month) throw new Error(`no month for ${new Date(t * 1000).toISOString()}`);
    const samples: number[] = [];
    for (let s = month.start + STEP; s <= t; s += STEP) samples.push(ratioAt(s));
    const mean = samples.length === 0 ? 0 : samples.reduce((a, b) => a + b, 0) / samples.length;
    return { month: month.name, value: 1 - (mean * (t - month.start)) / (BUDGET * (month.end - month.start)) };
}

const CHECKS = [
    '1970-03-15T12:00:00Z',
    // The last hour of March: 23:00 local (+2).
    '1970-03-31T21:00:00Z',
    // April from local midnight (+2): nothing spent yet, then the burst of its first hour.
    '1970-03-31T22:00:00Z',
    '1970-03-31T23:00:00Z',
    '1970-04-01T00:00:00Z',
    '1970-10-15T12:00:00Z',
    // The last hours of October: 22:00 and 23:00 local (+1), with the burst.
    '1970-10-31T21:00:00Z',
    '1970-10-31T22:00:00Z',
    // November from local midnight (+1).
    '1970-10-31T23:00:00Z',
    '1970-11-01T00:00:00Z',
];

/** promtool's expanding notation for the input points, one run per value. */
function notation(values: number[]): string {
    const runs: string[] = [];
    for (let i = 0; i < values.length;) {
        let j = i;
        while (j + 1 < values.length && values[j + 1] === values[i]) j++;
        runs.push(j === i ? `${values[i]}` : `${values[i]}+0x${j - i}`);
        i = j + 1;
    }
    return runs.join(' ');
}

describe('the budget-remaining series in a zone with daylight saving time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-budget-dst-'));
    const file = join(dir, 'berlin.sla');
    writeFileSync(file, AGREEMENT);
    const result = sla(['build', file, '--format', 'prometheus', '--out', dir]);
    const rules = () =>
        (parse(readFileSync(join(dir, 'berlin.rules.yaml'), 'utf8')) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap(
            (g) => g.rules,
        );

    it('is built, records the zone offset at each evaluation, and the file passes promtool check rules', () => {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const offset = rules().find((r) => r.record === 'sla:time_zone_offset:seconds');
        expect(offset?.labels).toEqual({ sla_agreement: 'Berlin Budget', sla_time_zone: 'Europe/Berlin' });
        const check = promtool(['check', 'rules', join(dir, 'berlin.rules.yaml')]);
        expect(check.output).toMatch(/SUCCESS: \d+ rules found/);
        expect(check.status).toBe(0);
    });

    it('ends March and October at local midnight (promtool test rules)', { timeout: 900_000 }, () => {
        // The budget's rules, in the file's order, fed the 5-minute error ratio directly: promtool
        // evaluates the group at every step from 1970-01-01 on, so the rules the checks do not read
        // (the error ratios, the samples of other months) are left out.
        const budgetRules = rules().filter(
            (r) =>
                r.record === 'sla:time_zone_offset:seconds' ||
                r.record === 'sla:error_budget_remaining:ratio' ||
                (r.record === 'sla:sli_error:ratio_rate5m_by_month' && ['3', '4', '10', '11'].includes(r.labels?.sla_month ?? '')),
        );
        expect(budgetRules.filter((r) => r.record === 'sla:sli_error:ratio_rate5m_by_month')).toHaveLength(4);
        const budget = budgetRules.find((r) => r.record === 'sla:error_budget_remaining:ratio');
        expect(budget?.labels?.sla_tier).toBe('Gold');
        writeFileSync(join(dir, 'budget.rules.yaml'), stringify({ groups: [{ name: 'budget', rules: budgetRules }] }));

        const values: number[] = [];
        for (let t = 0; t <= LAST; t += STEP) values.push(ratioAt(t));
        const labels = Object.entries(budget!.labels!)
            .map(([k, v]) => `${k}="${v}"`)
            .join(',');
        const checks = CHECKS.map((at) => ({ at, ...expectedRemaining(seconds(at)) }));
        // The instants above fall where they are meant to: both bursts counted in the month they belong to.
        expect(checks.map((c) => c.month)).toEqual([
            'March',
            'March',
            'April',
            'April',
            'April',
            'October',
            'October',
            'October',
            'November',
            'November',
        ]);
        const tests = [
            {
                interval: `${STEP}s`,
                input_series: [
                    {
                        series: 'sla:sli_error:ratio_rate5m{sla_agreement="Berlin Budget",sla_service="API",sla_sli="availability",sla_window="5m"}',
                        values: notation(values),
                    },
                ],
                promql_expr_test: checks.map((c) => ({
                    // 1 when the series is the expected value, to floating-point accuracy.
                    expr: `abs(sla:error_budget_remaining:ratio - ${c.value}) < bool 1e-9`,
                    eval_time: `${seconds(c.at)}s`,
                    exp_samples: [{ labels: `{${labels}}`, value: 1 }],
                })),
            },
        ];
        writeFileSync(
            join(dir, 'budget.test.yaml'),
            stringify({ rule_files: ['budget.rules.yaml'], evaluation_interval: `${STEP}s`, tests }),
        );
        const run = promtool(['test', 'rules', 'budget.test.yaml'], dir);
        expect(run.output).toContain('SUCCESS');
        expect(run.status).toBe(0);
    });
});

describe('the budget-remaining series in a zone on no yearly weekday rule', () => {
    it('keeps each month at the offset in force when it begins, and the header says so', () => {
        const dir = mkdtempSync(join(tmpdir(), 'sla-budget-sydney-'));
        const file = join(dir, 'sydney.sla');
        writeFileSync(file, AGREEMENT.replace('"Berlin Budget"', '"Sydney Budget"').replace('Europe/Berlin', 'Australia/Sydney'));
        const result = sla(['build', file, '--format', 'prometheus', '--out', dir]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const text = readFileSync(join(dir, 'sydney.rules.yaml'), 'utf8');
        expect(text).toContain('Australia/Sydney changes its UTC offset on no yearly weekday rule: the budget-remaining series');
        expect(text).not.toContain('sla:time_zone_offset:seconds');
        // January begins at +11 (daylight saving time), July at +10.
        expect(text).toContain('month(vector(time() + 39599)) == 1');
        expect(text).toContain('month(vector(time() + 35999)) == 7');
    });
});
