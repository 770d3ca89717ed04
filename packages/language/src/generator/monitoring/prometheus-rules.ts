/**
 * Prometheus rules for an agreement's commitments (the Google SRE workbook's multiwindow,
 * multi-burn-rate alerts, in the shape Sloth and Pyrra generate), as plain data:
 *
 * All in one group, in this order:
 *
 * 1. `sla:sli_error:ratio_rate<window>`: each service's error ratio over every window the alerts
 *    read, from the SLI's PromQL (`{{window}}` filled in);
 * 2. `sla:error_budget_remaining:ratio`: per commitment, the share of the calendar period's
 *    contractual budget not yet spent (see budget-promql.ts), with the per-month samples it reads
 *    and, in a zone with daylight saving time, `sla:time_zone_offset:seconds`, the zone's offset
 *    at each evaluation (offset-promql.ts);
 * 3. `sla:maintenance_window:open`, while a declared maintenance window is open, and the
 *    `SlaErrorBudgetBurn` alerts, one per commitment and window pair, silenced by it.
 *
 * Every threshold is an exact decimal of the objective and of the reference period.
 */
import { ALERT_WINDOWS, WINDOW_PAIRS, burnFactor, type WindowPair } from '../../domain/burn-rate.js';
import { compareRational, decimalString, multiplyRational, rational } from '../../domain/exact.js';
import { PERIOD_SAMPLE, budgetRemainingQuery, monthSampleRules, type CalendarPeriod } from './budget-promql.js';
import { maintenanceCondition, readMaintenanceWindows } from './maintenance-promql.js';
import { offsetExpression } from './offset-promql.js';
import { fixedOffsetSeconds, isKnownZone, offsetRule } from '../../domain/zone-offset.js';
import { alertBudget, contractBudget, type MonitoredCommitment, type MonitoringModel, type SliQuery } from './monitoring-model.js';
import { LABEL, commitmentText, dnsLabel } from './names.js';
import { isVectorSelector, matchers, promNumber, withWindow } from '../../domain/promql.js';

export interface RecordingRule {
    record: string;
    expr: string;
    labels?: Record<string, string>;
}

export interface AlertingRule {
    alert: string;
    expr: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
}

export interface RuleGroup {
    name: string;
    interval?: string;
    rules: Array<RecordingRule | AlertingRule>;
}

export interface PrometheusRules {
    groups: RuleGroup[];
    /** What the rules leave out and why, for the file's header. */
    notes: string[];
}

export const ERROR_RATIO = (window: string) => `sla:sli_error:ratio_rate${window}`;
export const BUDGET_REMAINING = 'sla:error_budget_remaining:ratio';
export const MAINTENANCE_OPEN = 'sla:maintenance_window:open';
const ZONE_OFFSET = 'sla:time_zone_offset:seconds';
export const BURN_ALERT = 'SlaErrorBudgetBurn';

/** The year whose zone rules place the calendar periods; zone rules rarely change between years. */
const ZONE_YEAR = 2026;

export function prometheusRules(model: MonitoringModel): PrometheusRules {
    const slug = dnsLabel(model.agreement);
    const notes: string[] = [];
    const maintenance = readMaintenanceWindows(model.maintenanceWindows, model.timeZone);
    for (const { text, reason } of maintenance.unread) {
        notes.push(`Maintenance window "${text}" is not machine-readable (${reason}): alerts are not silenced during it.`);
    }
    const condition = maintenanceCondition(maintenance);

    const sliRules: RecordingRule[] = [];
    for (const service of model.services) {
        for (const sli of service.slis) {
            for (const window of ALERT_WINDOWS) {
                sliRules.push({
                    record: ERROR_RATIO(window.text),
                    expr: errorRatio(sli, window.text),
                    labels: { ...sliLabels(model, service.name, sli.metric), [LABEL.window]: window.text },
                });
            }
        }
    }

    const measured = model.commitments.filter((c) => sliOf(model, c) !== undefined);
    if (measured.length === 0) notes.push('No commitment has an SLI declaration: there is nothing to monitor.');
    for (const c of model.commitments) {
        if (!sliOf(model, c)) notes.push(`${c.tier}: ${commitmentText(c.metric, c.contract)} of ${c.service} has no SLI: no rule for it.`);
    }

    for (const text of model.unmonitoredLatency) {
        notes.push(`${text} has a latency SLI, but latency commitments get no rules yet (docs/MONITORING.md, "Latency").`);
    }

    const budgetRules: RecordingRule[] = [];
    if (model.period === 'yearly') {
        notes.push('A yearly period has no budget-remaining series: PromQL cannot find the start of the current year from the time alone.');
    } else if (measured.length > 0) {
        const zoneLabels = { [LABEL.agreement]: model.agreement, sla_time_zone: model.timeZone };
        const rule =
            isKnownZone(model.timeZone) && fixedOffsetSeconds(model.timeZone) === undefined ? offsetRule(model.timeZone) : undefined;
        let currentOffset: string | undefined;
        if (rule) {
            // Recorded first: the samples and the budget below read it at this very evaluation.
            budgetRules.push({ record: ZONE_OFFSET, expr: `vector(${offsetExpression(rule)})`, labels: zoneLabels });
            currentOffset = `scalar(${ZONE_OFFSET}${matchers(Object.entries(zoneLabels))})`;
        } else if (isKnownZone(model.timeZone) && fixedOffsetSeconds(model.timeZone) === undefined) {
            notes.push(
                `${model.timeZone} changes its UTC offset on no yearly weekday rule: the budget-remaining series places each month with the offset in force when it begins, an hour off at the end of a month that ends at another offset.`,
            );
        }
        const sampled = new Set<string>();
        for (const c of measured) {
            const selector = matchers(Object.entries(sliLabels(model, c.service, c.metric)));
            if (!sampled.has(selector)) {
                sampled.add(selector);
                for (const { month, expr } of monthSampleRules({
                    selector,
                    timeZone: model.timeZone,
                    maintenance: model.maintenanceExcluded ? condition : undefined,
                    currentOffset,
                    year: ZONE_YEAR,
                })) {
                    budgetRules.push({
                        record: PERIOD_SAMPLE,
                        expr,
                        labels: { ...sliLabels(model, c.service, c.metric), sla_month: String(month) },
                    });
                }
            }
            budgetRules.push({
                record: BUDGET_REMAINING,
                expr: budgetRemainingQuery({
                    selector,
                    budget: contractBudget(c),
                    period: model.period as CalendarPeriod,
                    timeZone: model.timeZone,
                    currentOffset,
                    year: ZONE_YEAR,
                }),
                labels: { ...sliLabels(model, c.service, c.metric), [LABEL.tier]: c.tier, [LABEL.objective]: decimalString(c.contract) },
            });
        }
    }

    const alertRules: Array<RecordingRule | AlertingRule> = [];
    if (condition && measured.length > 0) {
        alertRules.push({
            record: MAINTENANCE_OPEN,
            expr: `vector(1) and on () (${condition})`,
            labels: { [LABEL.agreement]: model.agreement },
        });
    }
    for (const c of measured) {
        for (const pair of WINDOW_PAIRS) {
            const rule = burnAlert(model, c, pair, condition !== undefined);
            if (rule) alertRules.push(rule);
            else
                notes.push(
                    `${c.tier}: ${commitmentText(c.metric, c.contract)} of ${c.service}: no ${pair.long.text}/${pair.short.text} alert, its threshold is 100% errors or more.`,
                );
        }
    }

    // One group: its rules run in order at each evaluation, so the alerts and the budget read the
    // error ratios of this very evaluation (separate groups run independently, one interval apart).
    const rules = [...sliRules, ...budgetRules, ...alertRules];
    const groups: RuleGroup[] = rules.length > 0 ? [{ name: slug, rules }] : [];
    return { groups, notes };
}

function sliOf(model: MonitoringModel, c: MonitoredCommitment): SliQuery | undefined {
    return model.services.find((s) => s.name === c.service)?.slis.find((sli) => sli.metric === c.metric);
}

function sliLabels(model: MonitoringModel, service: string, metric: string): Record<string, string> {
    return { [LABEL.agreement]: model.agreement, [LABEL.service]: service, [LABEL.sli]: metric };
}

/** The share of bad events (or failed probes) over one window. */
function errorRatio(sli: SliQuery, window: string): string {
    switch (sli.kind) {
        case 'ratio-good':
            return `1 - ((${withWindow(sli.good, window)}) / (${withWindow(sli.total, window)}))`;
        case 'ratio-bad':
            return `(${withWindow(sli.bad, window)}) / (${withWindow(sli.total, window)})`;
        case 'probe': {
            // A probe series is 1 (success) or 0 (failure) per location; all locations are averaged.
            const range = isVectorSelector(sli.series) ? `${sli.series.trim()}[${window}]` : `(${sli.series})[${window}:1m]`;
            return `1 - avg(avg_over_time(${range}))`;
        }
    }
}

function burnAlert(model: MonitoringModel, c: MonitoredCommitment, pair: WindowPair, silenced: boolean): AlertingRule | undefined {
    const budget = alertBudget(c);
    const factor = burnFactor(pair, model.period);
    const threshold = multiplyRational(factor, budget);
    // An error ratio cannot exceed 1: a pair whose threshold is 1 or more could never fire.
    if (compareRational(threshold, rational(1n)) >= 0) return undefined;
    const selector = matchers(Object.entries(sliLabels(model, c.service, c.metric)));
    const above = (window: string) => `  max without (${LABEL.window}) (${ERROR_RATIO(window)}${selector} > ${promNumber(threshold)})`;
    let expr = `(\n${above(pair.long.text)}\nand\n${above(pair.short.text)}\n)\n`;
    // Silenced while the short window overlaps a maintenance window: once it closes, a pair fires
    // again only when its short window, wholly after the maintenance, still burns.
    if (silenced)
        expr += `unless on () max_over_time(${MAINTENANCE_OPEN}${matchers([[LABEL.agreement, model.agreement]])}[${pair.short.text}])\n`;
    const objective = c.internal ?? c.contract;
    const commitment = commitmentText(c.metric, c.contract);
    const budgetSelector = matchers([...Object.entries(sliLabels(model, c.service, c.metric)), [LABEL.tier, c.tier]]);
    const share = promNumber(multiplyRational(pair.budgetShare, rational(100n)));
    return {
        alert: BURN_ALERT,
        expr,
        // The series' own labels repeated: rule files are easier to read, and promtool's lint tells
        // rules apart by their written labels.
        labels: {
            ...sliLabels(model, c.service, c.metric),
            severity: pair.severity,
            [LABEL.tier]: c.tier,
            sla_commitment: commitment,
            sla_alert_objective: decimalString(objective),
            sla_long_window: pair.long.text,
            sla_short_window: pair.short.text,
            sla_burn_factor: promNumber(factor),
        },
        annotations: {
            summary: `${c.tier} ${commitment} of ${c.service}: error budget burning ${promNumber(factor)}× too fast`,
            description:
                `The ${c.metric} error ratio of ${c.service} over the last ${pair.long.text} and ${pair.short.text} is above ` +
                `${promNumber(factor)} × ${promNumber(budget)} = ${promNumber(threshold)}` +
                (c.internal !== undefined
                    ? ` (internal objective ${decimalString(c.internal)}%, contract ${decimalString(c.contract)}%)`
                    : '') +
                `: at this rate ${share}% of a ${model.period === 'monthly' ? '30-day month' : 'period'}'s budget is spent in ${pair.long.text}.`,
            budget_remaining:
                `{{ with query \`${BUDGET_REMAINING}${budgetSelector}\` }}{{ . | first | value | humanizePercentage }}` +
                `{{ else }}unknown{{ end }} of this period's error budget for ${commitment} remains.`,
        },
    };
}
