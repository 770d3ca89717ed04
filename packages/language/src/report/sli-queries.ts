/**
 * The PromQL `sla report --prometheus` asks when no `--query` is given: per service, the share of
 * good over one minute from the availability SLI the agreement declares (the same declarations the
 * monitoring outputs read), with the range placeholder `{{window}}` filled with `1m`. The value
 * Prometheus returns at an instant t is the share of good over the minute that ends at t.
 */
import type { Agreement } from '../generated/ast.js';
import { monitoringModel } from '../generator/monitoring/monitoring-from-agreement.js';
import type { SliQuery } from '../generator/monitoring/monitoring-model.js';
import { isVectorSelector, withWindow } from '../domain/promql.js';

/** The range each SLI query reads: one minute, the step of the report. */
export const SLI_RANGE = '1m';

/** Per service, the query giving the share of good (0..1) over the minute ending at each instant. */
export function minuteSliQueries(agreement: Agreement): Map<string, string> {
    const queries = new Map<string, string>();
    for (const service of monitoringModel(agreement).services) {
        const sli = service.slis.find((s) => s.metric === 'availability');
        if (sli) queries.set(service.name, goodShareQuery(sli));
    }
    return queries;
}

/** good ÷ total, 1 − bad ÷ total, or the mean of the probes over the minute (all locations averaged). */
export function goodShareQuery(sli: SliQuery): string {
    switch (sli.kind) {
        case 'ratio-good':
            return `(${withWindow(sli.good, SLI_RANGE)}) / (${withWindow(sli.total, SLI_RANGE)})`;
        case 'ratio-bad':
            return `1 - ((${withWindow(sli.bad, SLI_RANGE)}) / (${withWindow(sli.total, SLI_RANGE)}))`;
        case 'probe': {
            // As the monitoring rules read a probe: a selector directly, an expression through a subquery.
            const range = isVectorSelector(sli.series)
                ? `${sli.series.trim()}[${SLI_RANGE}]`
                : `(${sli.series})[${SLI_RANGE}:${SLI_RANGE}]`;
            return `avg(avg_over_time(${range}))`;
        }
    }
}
