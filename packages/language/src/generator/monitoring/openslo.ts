/**
 * OpenSLO v1 documents for an agreement (github.com/OpenSLO/OpenSLO, README "Specification"):
 * a Service per service, an SLI per measured metric, an SLO per commitment with a calendar-aligned
 * time window of the agreement's period, and per window pair of the Prometheus alerts an
 * AlertCondition (burn rate over the long window) and an AlertPolicy that notifies `page` or
 * `ticket`. Names are DNS labels prefixed with the agreement's, so the documents of several
 * agreements can live side by side.
 */
import { WINDOW_PAIRS, burnFactor } from '../../domain/burn-rate.js';
import { exactDecimal, rationalToNumber } from '../../domain/exact.js';
import type { PeriodKind } from '../../domain/period.js';
import {
    alertBudget,
    contractBudget,
    objectiveOf,
    type MonitoredCommitment,
    type MonitoringModel,
    type SliQuery,
} from './monitoring-model.js';
import { commitmentText, dnsLabel } from './names.js';

export const OPENSLO_API_VERSION = 'openslo/v1';

/** Annotation keys of this toolkit: a prefix that is a DNS label, as the specification requires. */
const ANNOTATION = {
    agreement: 'sla/agreement',
    tier: 'sla/tier',
    commitment: 'sla/commitment',
    contractTarget: 'sla/contract-target',
    placeholder: 'sla/query-window-placeholder',
    shortWindow: 'sla/short-window',
} as const;

export interface OpenSloObject {
    apiVersion: typeof OPENSLO_API_VERSION;
    kind: 'Service' | 'SLI' | 'SLO' | 'AlertPolicy' | 'AlertCondition' | 'AlertNotificationTarget';
    metadata: { name: string; displayName?: string; annotations?: Record<string, string> };
    spec: Record<string, unknown>;
}

const DURATION: Readonly<Record<PeriodKind, string>> = { monthly: '1M', quarterly: '1Q', yearly: '1Y' };

export function openSloObjects(model: MonitoringModel): { objects: OpenSloObject[]; notes: string[] } {
    const prefix = dnsLabel(model.agreement);
    const name = (...parts: string[]) => dnsLabel(model.agreement, ...parts);
    const notes: string[] = [];
    const objects: OpenSloObject[] = [];
    const object = (kind: OpenSloObject['kind'], metadata: OpenSloObject['metadata'], spec: Record<string, unknown>) =>
        objects.push({ apiVersion: OPENSLO_API_VERSION, kind, metadata, spec });

    for (const service of model.services) {
        object(
            'Service',
            { name: name(service.name), displayName: service.name },
            service.description ? { description: service.description } : {},
        );
        for (const sli of service.slis) {
            object(
                'SLI',
                { name: name(service.name, sli.metric), displayName: `${service.name} ${sli.metric}`, annotations: sliAnnotations(sli) },
                { description: `${sli.metric} of ${service.name}`, ...indicator(sli) },
            );
        }
    }

    for (const text of model.unmonitoredLatency) {
        notes.push(`${text} has a latency SLI, but latency commitments get no SLO yet (docs/MONITORING.md, "Latency").`);
    }
    for (const c of model.commitments) {
        const sli = model.services.find((s) => s.name === c.service)?.slis.find((s) => s.metric === c.metric);
        if (!sli) {
            notes.push(`${c.tier}: ${commitmentText(c.metric, c.contract)} of ${c.service} has no SLI: no SLO for it.`);
            continue;
        }
        const target = objectiveOf(alertBudget(c));
        if (target.num === target.den) {
            notes.push(`${c.tier}: ${commitmentText(c.metric, c.contract)} of ${c.service}: OpenSLO targets are below 1; no SLO for 100%.`);
            continue;
        }
        object('SLO', sloMetadata(model, c), {
            description: `${c.tier}: ${commitmentText(c.metric, c.contract)} of ${c.service}`,
            service: name(c.service),
            indicatorRef: name(c.service, c.metric),
            timeWindow: [
                {
                    duration: DURATION[model.period],
                    isRolling: false,
                    calendar: { startTime: periodAnchor(model), timeZone: model.timeZone },
                },
            ],
            budgetingMethod: sli.kind === 'probe' ? 'RatioTimeslices' : 'Occurrences',
            objectives: [
                {
                    displayName: commitmentText(c.metric, c.internal ?? c.contract),
                    target: Number(exactDecimal(target)),
                    // Probes are judged minute by minute; requests are counted (Occurrences).
                    ...(sli.kind === 'probe' ? { timeSliceWindow: '1m' } : {}),
                },
            ],
            alertPolicies: WINDOW_PAIRS.map((pair) => ({
                alertPolicyRef: `${prefix}-burn-${pair.long.text}-${pair.short.text}`.toLowerCase(),
            })),
        });
    }
    // The alerting objects serve the SLOs: none without one.
    if (objects.some((o) => o.kind === 'SLO')) {
        for (const severity of ['page', 'ticket'] as const) {
            object(
                'AlertNotificationTarget',
                { name: `${prefix}-${severity}` },
                { target: severity, description: `Alerts of severity ${severity}` },
            );
        }
        for (const pair of WINDOW_PAIRS) {
            const factor = burnFactor(pair, model.period);
            const pairName = `${prefix}-burn-${pair.long.text}-${pair.short.text}`.toLowerCase();
            object(
                'AlertCondition',
                { name: pairName, annotations: { [ANNOTATION.shortWindow]: pair.short.text } },
                {
                    description: `Error budget burn rate above ${exactDecimal(factor) ?? rationalToNumber(factor)} over ${pair.long.text} (and over ${pair.short.text})`,
                    severity: pair.severity,
                    condition: {
                        kind: 'burnrate',
                        op: 'gt',
                        threshold: rationalToNumber(factor),
                        lookbackWindow: pair.long.text,
                        alertAfter: '0m',
                    },
                },
            );
            object(
                'AlertPolicy',
                { name: pairName },
                {
                    description: `${pair.severity === 'page' ? 'Page' : 'Open a ticket'} when the ${pair.long.text}/${pair.short.text} windows burn too fast`,
                    alertWhenNoData: false,
                    alertWhenResolved: false,
                    alertWhenBreaching: true,
                    conditions: [{ conditionRef: pairName }],
                    notificationTargets: [{ targetRef: `${prefix}-${pair.severity}` }],
                },
            );
        }
    }
    return { objects, notes };
}

function sloMetadata(model: MonitoringModel, c: MonitoredCommitment): OpenSloObject['metadata'] {
    const annotations: Record<string, string> = {
        [ANNOTATION.agreement]: model.agreement,
        [ANNOTATION.tier]: c.tier,
        [ANNOTATION.commitment]: commitmentText(c.metric, c.contract),
    };
    // The SLO alerts on the internal objective; the contract's promise is kept beside it.
    if (c.internal !== undefined) annotations[ANNOTATION.contractTarget] = exactDecimal(objectiveOf(contractBudget(c)))!;
    return {
        name: dnsLabel(model.agreement, c.tier, c.service, c.metric),
        displayName: `${c.tier}: ${c.service} ${c.metric}`,
        annotations,
    };
}

function sliAnnotations(sli: SliQuery): Record<string, string> | undefined {
    return sli.kind === 'probe' ? undefined : { [ANNOTATION.placeholder]: '{{window}}' };
}

const source = (query: string) => ({ metricSource: { type: 'Prometheus', spec: { query } } });

/** A ratio of good (or bad) to total events, or a probe's 0/1 success series as a raw success ratio. */
function indicator(sli: SliQuery): Record<string, unknown> {
    switch (sli.kind) {
        case 'ratio-good':
            return { ratioMetric: { counter: false, good: source(sli.good), total: source(sli.total) } };
        case 'ratio-bad':
            return { ratioMetric: { counter: false, bad: source(sli.bad), total: source(sli.total) } };
        case 'probe':
            return { ratioMetric: { counter: false, rawType: 'success', raw: source(sli.series) } };
    }
}

/**
 * The calendar window's anchor: the first day of the period that holds the effective date (a
 * month, quarter or year starting on the 1st), or 1970-01-01 when the agreement has no date.
 */
function periodAnchor(model: MonitoringModel): string {
    const [year, month] = (model.effective ?? '1970-01-01').split('-').map(Number);
    const first = model.period === 'monthly' ? month : model.period === 'quarterly' ? month - ((month - 1) % 3) : 1;
    return `${year}-${String(first).padStart(2, '0')}-01 00:00:00`;
}
