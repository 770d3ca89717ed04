/**
 * What the monitoring outputs (Prometheus rules, OpenSLO) need to know of an agreement, as plain
 * data: filled from the syntax tree by `monitoring-from-agreement.ts`, read by the generators,
 * which therefore never touch the AST.
 */
import type { PeriodKind } from '../../domain/period.js';
import { errorBudget } from '../../domain/downtime.js';
import { divideRational, rational, rationalFromNumber, subtractRational, type Rational } from '../../domain/exact.js';

export type SliMetric = 'availability' | 'error-rate';

/** How a service's metric is measured, with PromQL as written (ranges as `{{window}}`). */
export type SliQuery =
    | { readonly metric: SliMetric; readonly kind: 'ratio-good'; readonly good: string; readonly total: string }
    | { readonly metric: SliMetric; readonly kind: 'ratio-bad'; readonly bad: string; readonly total: string }
    | { readonly metric: SliMetric; readonly kind: 'probe'; readonly series: string };

export interface MonitoredService {
    readonly name: string;
    readonly description?: string;
    readonly slis: readonly SliQuery[];
}

/** One tier's promise on one service's metric. Percentages as written: 99.95, 0.1. */
export interface MonitoredCommitment {
    readonly tier: string;
    readonly service: string;
    readonly metric: SliMetric;
    /**
     * For availability the share of good events or time (99.95); for error-rate the largest share
     * of failed requests (0.1), as the contract states it.
     */
    readonly contract: number;
    /** A stricter internal objective, in the same terms as `contract`. */
    readonly internal?: number;
}

export interface MonitoringModel {
    readonly agreement: string;
    readonly period: PeriodKind;
    /** The effective date as written (`2026-01-01`), if any. */
    readonly effective?: string;
    /** IANA zone of the calendar periods; `UTC` by default. */
    readonly timeZone: string;
    /** Whether scheduled maintenance is excluded from downtime (the language's default). */
    readonly maintenanceExcluded: boolean;
    /** The windows as written in `scheduled-maintenance "…"`. */
    readonly maintenanceWindows: readonly string[];
    readonly services: readonly MonitoredService[];
    readonly commitments: readonly MonitoredCommitment[];
    /**
     * Latency commitments of services that declare a latency SLI, as written (`Premium: latency
     * p95 300 ms of API`): no rule or SLO is generated for them (docs/MONITORING.md, "Latency").
     */
    readonly unmonitoredLatency: readonly string[];
}

/**
 * The error budget a commitment alerts on, as a fraction: from the internal objective when one is
 * written (stricter by construction), else from the contract's. Availability 99.95% leaves
 * 0.0005; error-rate 0.1% is itself the budget, 0.001.
 */
export function alertBudget(c: MonitoredCommitment): Rational {
    return budgetOf(c.metric, c.internal ?? c.contract);
}

/** The error budget of the contract's own figure: the one the remaining budget is reported against. */
export function contractBudget(c: MonitoredCommitment): Rational {
    return budgetOf(c.metric, c.contract);
}

function budgetOf(metric: SliMetric, percent: number): Rational {
    return metric === 'availability' ? errorBudget(percent) : divideRational(rationalFromNumber(percent), rational(100n));
}

/** The success objective of a budget, as a fraction: 0.0005 → 0.9995. */
export function objectiveOf(budget: Rational): Rational {
    return subtractRational(rational(1n), budget);
}
