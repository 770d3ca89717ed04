/**
 * The durations of the terms of language v2 as the author wrote them (see written.ts): recovery
 * objectives per tier and service, the measurement rules, incident reports. Keyed by where the
 * figure sits in the JSON: `rpo Gold`, `rto Gold API`, `minimumOutage`, `errorRateInterval`,
 * `incidentReport 0`.
 */
import type { Agreement } from '../../generated/ast.js';
import { effectiveTiers, serviceNames, serviceView, type EffectiveTier } from '../../model/effective-tiers.js';
import { written, type WrittenDuration } from './written-duration.js';

export function writtenV2Forms(agreement: Agreement): Map<string, WrittenDuration> {
    const forms = new Map<string, WrittenDuration>();
    const add = (key: string, form: WrittenDuration | null) => {
        if (form) forms.set(key, form);
    };
    const services = serviceNames(agreement);
    for (const [name, tier] of effectiveTiers(agreement)) {
        const views: Array<[string, EffectiveTier]> = [
            [name, tier],
            ...services.map((s): [string, EffectiveTier] => [`${name} ${s}`, serviceView(tier, s)]),
        ];
        for (const [key, view] of views) {
            add(`rpo ${key}`, written(view.clauses.rpo?.value.target));
            add(`rto ${key}`, written(view.clauses.rto?.value.target));
        }
    }
    const measurement = agreement.measurements[0];
    add('minimumOutage', written(measurement?.minimumOutages[0]?.length));
    add('errorRateInterval', written(measurement?.errorRateIntervals[0]?.length));
    (agreement.dutyBlocks[0]?.items ?? [])
        .filter((duty) => duty.$type === 'IncidentReport')
        .forEach((duty, index) => add(`incidentReport ${index}`, written(duty.time)));
    return forms;
}
