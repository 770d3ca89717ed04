/**
 * The monitoring model of an agreement: its services and their SLI declarations, and every
 * tier's availability and error-rate commitments per service (a `service <Name> { … }` block in a
 * tier replacing the tier-wide clause for that service, inheritance resolved).
 */
import type { Agreement, SliDeclaration } from '../../generated/ast.js';
import { effectiveTiers, latencyClauses, serviceNames, serviceView } from '../../model/effective-tiers.js';
import { agreementPeriod, durationSeconds } from '../../model/values.js';
import type { MonitoredCommitment, MonitoringModel, SliQuery } from './monitoring-model.js';

export function monitoringModel(agreement: Agreement): MonitoringModel {
    const services = agreement.services
        .filter((service, i, all) => !!service.name && all.findIndex((s) => s.name === service.name) === i)
        .map((service) => ({
            name: service.name,
            ...(service.description ? { description: service.description } : {}),
            slis: service.slis.map(sliQuery).filter((sli): sli is SliQuery => sli !== undefined),
        }));
    const commitments: MonitoredCommitment[] = [];
    const unmonitoredLatency: string[] = [];
    const latencySli = new Set(agreement.services.filter((s) => s.slis.some((sli) => sli.metric === 'latency')).map((s) => s.name));
    for (const tier of effectiveTiers(agreement).values()) {
        for (const service of serviceNames(agreement)) {
            const view = serviceView(tier, service);
            if (latencySli.has(service)) {
                for (const { value } of latencyClauses(view)) {
                    // The target as written (`300 ms`): the note quotes the agreement.
                    const target = value.target?.$cstNode?.text;
                    if (value.percentile === undefined || target === undefined || durationSeconds(value.target) === undefined) continue;
                    unmonitoredLatency.push(`${tier.name}: latency ${value.percentile} ${target} of ${service}`);
                }
            }
            for (const [metric, clause] of [
                ['availability', view.clauses.availability?.value],
                ['error-rate', view.clauses.errorRate?.value],
            ] as const) {
                if (clause?.value === undefined) continue;
                commitments.push({
                    tier: tier.name,
                    service,
                    metric,
                    contract: clause.value,
                    ...(clause.internal !== undefined ? { internal: clause.internal } : {}),
                });
            }
        }
    }
    const measurement = agreement.measurements[0];
    return {
        agreement: agreement.name,
        period: agreementPeriod(agreement),
        ...(agreement.effectives[0]?.date ? { effective: agreement.effectives[0].date } : {}),
        timeZone: agreement.timeZones[0]?.zone ?? 'UTC',
        maintenanceExcluded: measurement?.maintenance[0]?.mode !== 'included',
        maintenanceWindows: agreement.exclusionBlocks
            .flatMap((block) => block.items)
            .flatMap((item) => (item.$type === 'MaintenanceWindow' && item.window !== undefined ? [item.window] : [])),
        services,
        commitments,
        unmonitoredLatency,
    };
}

/** A complete availability or error-rate SLI; latency SLIs and half-written ones are left out. */
function sliQuery(sli: SliDeclaration): SliQuery | undefined {
    if (sli.metric !== 'availability' && sli.metric !== 'error-rate') return undefined;
    const query = (role: string | undefined) => sli.queries.find((q) => q.role === role)?.promql;
    if (sli.source === 'probe') {
        const series = query(undefined);
        return series === undefined ? undefined : { metric: sli.metric, kind: 'probe', series };
    }
    const total = query('total');
    const good = query('good');
    const bad = query('bad');
    if (total === undefined) return undefined;
    if (good !== undefined) return { metric: sli.metric, kind: 'ratio-good', good, total };
    if (bad !== undefined) return { metric: sli.metric, kind: 'ratio-bad', bad, total };
    return undefined;
}
