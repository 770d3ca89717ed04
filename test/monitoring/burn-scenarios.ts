/**
 * `promtool test rules` files for an agreement's generated rules, and what each check expects.
 *
 * Four scenarios per commitment, on the agreement's own SLI queries (the series they select are
 * fed by the test): healthy traffic, a fast burn (every request failing), a slow burn (4.5 times
 * the error budget: above the ticket pairs' factors 3 and 1, below the page pairs' 6 and 14.4)
 * and a fast burn during a declared maintenance window. The expected alerts are worked out here
 * from the definitions (windows, thresholds, maintenance), independently of the PromQL, so that
 * Prometheus evaluating the real rules must agree with them.
 */
import { Document } from 'yaml';
import { WINDOW_PAIRS, burnFactor, type WindowPair } from '../../packages/language/src/domain/burn-rate.js';
import { multiplyRational, rationalToNumber } from '../../packages/language/src/domain/exact.js';
import { monthStartOffsets } from '../../packages/language/src/domain/zone-offset.js';
import { readMaintenanceWindows } from '../../packages/language/src/generator/monitoring/maintenance-promql.js';
import {
    alertBudget,
    contractBudget,
    type MonitoredCommitment,
    type MonitoringModel,
    type SliQuery,
} from '../../packages/language/src/generator/monitoring/monitoring-model.js';
import { isVectorSelector, vectorSelectors } from '../../packages/language/src/domain/promql.js';
import { BURN_ALERT, prometheusRules, type AlertingRule } from '../../packages/language/src/generator/monitoring/prometheus-rules.js';
import { seriesName, solveLabels } from './label-solver.js';

const MINUTE = 60;
/**
 * Rules are evaluated every 5 minutes (samples arrive every minute): five times fewer evaluations
 * than Prometheus's default, which keeps a week of test time to seconds. Every check falls on an
 * evaluation.
 */
const EVALUATION = 5;
/** The test's time 0 is 1970-01-01 00:00 UTC, a Thursday: minute 5760 of its week. */
const START_MINUTE_OF_WEEK = 4 * 1440;
/** Requests per minute fed to a counter; counters start high so that rate() never extrapolates to zero. */
const REQUESTS = 1000;
const COUNTER_START = 1_000_000;

type Fraction = (minute: number) => number;

export interface Check {
    minute: number;
    alerts: Array<{ labels: Record<string, string>; annotations: Record<string, string> }>;
}

export interface Scenario {
    name: string;
    commitment: MonitoredCommitment;
    minutes: number;
    checks: Check[];
}

interface SliFeed {
    key: string;
    sli: SliQuery;
    kind: 'probe' | 'counter';
    series: Array<{ name: string; values: (f: Fraction, minutes: number) => number[] }>;
}

const sliKey = (service: string, metric: string) => `${service}/${metric}`;

/** The evaluation times (minutes) in [from, to], none before the test's start. */
function evaluationsIn(from: number, to: number): number[] {
    const times: number[] = [];
    for (let m = Math.max(0, Math.ceil(from / EVALUATION) * EVALUATION); m <= to; m += EVALUATION) times.push(m);
    return times;
}

function feedOf(service: string, sli: SliQuery): SliFeed {
    const key = sliKey(service, sli.metric);
    const single = (query: string) => {
        const selectors = vectorSelectors(query);
        if (selectors.length !== 1)
            throw new Error(`${key}: the scenarios need one selector per query, found ${selectors.length} in ${query}`);
        return selectors[0];
    };
    const counter = (share: (f: number) => number) => (f: Fraction, minutes: number) => {
        const values: number[] = [];
        let value = COUNTER_START;
        for (let m = 0; m <= minutes; m++) {
            if (m > 0) value += share(f(m)) * REQUESTS;
            values.push(value);
        }
        return values;
    };
    if (sli.kind === 'probe') {
        if (!isVectorSelector(sli.series)) throw new Error(`${key}: the scenarios need a probe that is one selector`);
        const labels = solveLabels([single(sli.series)]);
        if (!labels) throw new Error(`${key}: no series matches ${sli.series}`);
        // One series standing for the mean of the probe locations: the share of them that succeeded.
        return {
            key,
            sli,
            kind: 'probe',
            series: [{ name: seriesName(labels), values: (f, n) => Array.from({ length: n + 1 }, (_, m) => 1 - f(m)) }],
        };
    }
    const part = single(sli.kind === 'ratio-bad' ? sli.bad : sli.good);
    const total = single(sli.total);
    const partShare = sli.kind === 'ratio-bad' ? (f: number) => f : (f: number) => 1 - f;
    const restShare = sli.kind === 'ratio-bad' ? (f: number) => 1 - f : (f: number) => f;
    const both = solveLabels([part, total]);
    if (both) {
        // One metric: the total selector adds the part's series and the rest.
        const rest = solveLabels([total], [part]);
        if (!rest) throw new Error(`${key}: no series is counted in the total but not in ${JSON.stringify(part)}`);
        return {
            key,
            sli,
            kind: 'counter',
            series: [
                { name: seriesName(both), values: counter(partShare) },
                { name: seriesName(rest), values: counter(restShare) },
            ],
        };
    }
    const partLabels = solveLabels([part]);
    const totalLabels = solveLabels([total], [part]);
    if (!partLabels || !totalLabels) throw new Error(`${key}: cannot find series for ${sli.kind}`);
    return {
        key,
        sli,
        kind: 'counter',
        series: [
            { name: seriesName(partLabels), values: counter(partShare) },
            { name: seriesName(totalLabels), values: counter(() => 1) },
        ],
    };
}

/** The error ratio Prometheus records over `window` minutes at minute `t` (ranges are closed: [t − w, t]). */
function errorRatio(feed: SliFeed, f: Fraction, t: number, window: number): number | undefined {
    const from = Math.max(0, t - window);
    // A probe averages the samples of the range; a counter's rate counts the increments after its first sample.
    const first = feed.kind === 'probe' ? from : from + 1;
    if (t < first) return undefined;
    let sum = 0;
    for (let m = first; m <= t; m++) sum += f(m);
    return sum / (t - first + 1);
}

/** Promtool's expanding notation, one run per constant step: `1000000+1000x59 1060000+…`. */
function notation(values: number[]): string {
    const runs: string[] = [];
    let i = 0;
    while (i < values.length) {
        if (i === values.length - 1) {
            runs.push(`${values[i]}`);
            break;
        }
        const step = values[i + 1] - values[i];
        let j = i + 1;
        while (j + 1 < values.length && Math.abs(values[j + 1] - values[j] - step) < 1e-9) j++;
        // `a+bxn` is the n + 1 values a, a + b, …, a + n·b.
        runs.push(`${values[i]}${step >= 0 ? '+' : ''}${step}x${j - i}`);
        i = j + 1;
    }
    return runs.join(' ');
}

/** Go's `humanizePercentage`: `%.4g%%` of the value × 100. */
function humanizePercentage(value: number): string {
    const v = value * 100;
    if (v === 0) return '0%';
    const exponent = Math.floor(Math.log10(Math.abs(v)));
    if (exponent < -4 || exponent >= 4) {
        const [mantissa, exp] = v.toExponential(3).split('e');
        const trimmed = mantissa.replace(/\.?0+$/, '');
        const sign = exp.startsWith('-') ? '-' : '+';
        return `${trimmed}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}%`;
    }
    return `${v
        .toPrecision(4)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '')}%`;
}

export interface ScenarioFile {
    yaml: string;
    scenarios: Scenario[];
}

export function burnScenarios(model: MonitoringModel, rulesFile: string): ScenarioFile {
    const rules = prometheusRules(model);
    const alertRules = rules.groups.flatMap((g) => g.rules).filter((r): r is AlertingRule => 'alert' in r);
    const feeds = model.services.flatMap((s) => s.slis.map((sli) => feedOf(s.name, sli)));
    checkIndependent(feeds);
    const maintenance = readMaintenanceWindows(model.maintenanceWindows, model.timeZone).ranges;
    const openAt = (minute: number) =>
        maintenance.some((r) => {
            const mow = (START_MINUTE_OF_WEEK + minute) % 10080;
            return mow >= r.start && mow < r.end;
        });
    const period = periodOf(model);

    const commitments = model.commitments.filter((c) => feeds.some((f) => f.key === sliKey(c.service, c.metric)));
    const scenarios: Scenario[] = [];
    const tests: unknown[] = [];

    const expectAt = (signals: Map<string, Fraction>, t: number): Check['alerts'] => {
        const alerts: Check['alerts'] = [];
        for (const c of commitments) {
            const feed = feeds.find((f) => f.key === sliKey(c.service, c.metric))!;
            const f = signals.get(feed.key) ?? (() => 0);
            for (const pair of WINDOW_PAIRS) {
                const rule = ruleFor(alertRules, c, pair);
                if (!rule) continue;
                const threshold = rationalToNumber(multiplyRational(burnFactor(pair, model.period), alertBudget(c)));
                const long = errorRatio(feed, f, t, pair.long.seconds / MINUTE);
                const short = errorRatio(feed, f, t, pair.short.seconds / MINUTE);
                for (const ratio of [long, short]) {
                    if (ratio !== undefined && Math.abs(ratio - threshold) < threshold * 1e-6) {
                        throw new Error(`minute ${t}: an error ratio sits on the threshold ${threshold}; choose another time`);
                    }
                }
                // The maintenance series is recorded at each evaluation; the short window looks back over it.
                const silenced = evaluationsIn(t - pair.short.seconds / MINUTE, t).some(openAt);
                if (long === undefined || short === undefined || !(long > threshold && short > threshold) || silenced) continue;
                const budget = budgetAt(feed, f, t, c);
                alerts.push({
                    labels: { ...sliLabels(model, c), ...rule.labels },
                    annotations: Object.fromEntries(
                        Object.entries(rule.annotations).map(([k, v]) => [
                            k,
                            v.replace(
                                /\{\{ with query `[^`]*` \}\}\{\{ \. \| first \| value \| humanizePercentage \}\}\{\{ else \}\}unknown\{\{ end \}\}/,
                                () => (budget === undefined ? 'unknown' : humanizePercentage(budget)),
                            ),
                        ]),
                    ),
                });
            }
        }
        return alerts;
    };

    // The budget rule's definition: the mean of this period's 5-minute error ratios (one sample per
    // evaluation, 0 during maintenance excluded from downtime), times the time elapsed since the
    // period began, over the budget of the whole period.
    const budgetAt = (feed: SliFeed, f: Fraction, t: number, c: MonitoredCommitment): number | undefined => {
        if (model.period === 'yearly' || errorRatio(feed, f, t, 5) === undefined) return undefined;
        const samples: number[] = [];
        // A sample taken at minute s belongs to the period holding the second before it.
        for (const s of evaluationsIn(Math.floor(period.start) + 1, t)) {
            const ratio = errorRatio(feed, f, s, 5);
            if (ratio === undefined) continue;
            samples.push(model.maintenanceExcluded && openAt(s) ? 0 : ratio);
        }
        const mean = samples.length === 0 ? 0 : samples.reduce((a, b) => a + b, 0) / samples.length;
        const elapsed = (t - period.start) * MINUTE;
        return 1 - (mean * elapsed) / (rationalToNumber(contractBudget(c)) * period.seconds);
    };

    const addScenario = (name: string, c: MonitoredCommitment, minutes: number, signals: Map<string, Fraction>, times: number[]) => {
        for (const t of times) if (t % EVALUATION !== 0) throw new Error(`${name}: check at minute ${t} is not an evaluation time`);
        const checks = times.map((minute) => ({ minute, alerts: expectAt(signals, minute) }));
        scenarios.push({ name, commitment: c, minutes, checks });
        tests.push({
            interval: '1m',
            input_series: feeds.flatMap((feed) =>
                feed.series.map((s) => ({ series: s.name, values: notation(s.values(signals.get(feed.key) ?? (() => 0), minutes)) })),
            ),
            alert_rule_test: checks.map((check) => ({
                eval_time: `${check.minute}m`,
                alertname: BURN_ALERT,
                exp_alerts: check.alerts.map((a) => ({ exp_labels: a.labels, exp_annotations: a.annotations })),
            })),
        });
    };

    const measuredFeeds = feeds.filter((feed) => commitments.some((c) => sliKey(c.service, c.metric) === feed.key));
    const everySli = (f: (feed: SliFeed) => Fraction) => new Map(measuredFeeds.map((feed) => [feed.key, f(feed)]));
    const strictest = (feed: SliFeed) =>
        Math.min(...commitments.filter((c) => sliKey(c.service, c.metric) === feed.key).map((c) => rationalToNumber(alertBudget(c))));
    const [first] = commitments;
    if (!first) return { yaml: new Document({ rule_files: [rulesFile], tests }).toString(), scenarios };
    // Healthy traffic on every SLI (a quarter of its strictest budget) for three days; then, when
    // the agreement declares a maintenance window, every request failing throughout the first one
    // of the week after time 0, and healthy traffic again.
    const window = maintenance[0];
    if (window) {
        const start = (window.start - START_MINUTE_OF_WEEK + 10080) % 10080;
        const end = start + (window.end - window.start);
        const healthyChecks = [60, 360, 1440, 3 * 1440].filter((t) => t < start);
        addScenario(
            'healthy, then a burn during maintenance',
            first,
            end + 420,
            everySli((feed) => (m) => (m >= start && m < end ? 1 : strictest(feed) / 4)),
            [...healthyChecks, start + 5, start + 60, end - 5, end, end + 5, end + 10, end + 40, end + 150, end + 400],
        );
    } else {
        addScenario(
            'healthy',
            first,
            3 * 1440 + 60,
            everySli((feed) => () => strictest(feed) / 4),
            [60, 360, 1440, 3 * 1440],
        );
    }
    // Fast burn: every request of every SLI fails from minute 180; pages must fire within 5 minutes.
    addScenario(
        'fast burn',
        first,
        200,
        everySli(() => (m) => (m >= 180 ? 1 : 0)),
        [185],
    );
    // Slow burn, per commitment: 4.5 × its budget on its SLI from the start; its tickets fire, its pages do not.
    for (const c of commitments) {
        const budget = rationalToNumber(alertBudget(c));
        addScenario(
            `slow burn: ${c.tier} ${c.service} ${c.metric}`,
            c,
            6 * 60,
            new Map([[sliKey(c.service, c.metric), () => 4.5 * budget]]),
            [3 * 60, 6 * 60],
        );
    }

    const document = new Document({ rule_files: [rulesFile], evaluation_interval: `${EVALUATION}m`, tests });
    return { yaml: document.toString({ lineWidth: 0 }), scenarios };
}

function ruleFor(rules: AlertingRule[], c: MonitoredCommitment, pair: WindowPair): AlertingRule | undefined {
    return rules.find(
        (r) =>
            r.labels.sla_tier === c.tier &&
            r.expr.includes(`sla_service=${JSON.stringify(c.service)}`) &&
            r.expr.includes(`sla_sli=${JSON.stringify(c.metric)}`) &&
            r.labels.sla_long_window === pair.long.text &&
            r.labels.sla_short_window === pair.short.text,
    );
}

function sliLabels(model: MonitoringModel, c: MonitoredCommitment): Record<string, string> {
    return { sla_agreement: model.agreement, sla_service: c.service, sla_sli: c.metric };
}

/** The calendar period holding the test's time 0, in minutes relative to it, and its length in seconds. */
function periodOf(model: MonitoringModel): { start: number; seconds: number } {
    const offsets = monthStartOffsets(model.timeZone, 2026);
    const months = model.period === 'quarterly' ? 3 : 1;
    const start = -offsets[0];
    const end = Date.UTC(1970, months, 1) / 1000 - offsets[months % 12];
    return { start: start / MINUTE, seconds: end - start };
}

/** Each feed's series must be selected by its own SLI only, or one scenario would move two SLIs. */
function checkIndependent(feeds: SliFeed[]): void {
    const names = feeds.flatMap((f) => f.series.map((s) => ({ key: f.key, name: s.name.replace(/\{.*$/, '') })));
    for (const a of names) {
        const other = names.find((b) => b.key !== a.key && b.name === a.name);
        if (other) throw new Error(`${a.key} and ${other.key} read the same metric ${a.name}: the scenarios need them apart`);
    }
}
