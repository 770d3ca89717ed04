/** How availability is measured: the period, the probes, what counts as downtime, maintenance. */
import { allowedDowntime } from '../../domain/downtime.js';
import { formatDuration, formatDurationLong } from '../../domain/duration.js';
import { periodDays, periodNoun, type PeriodKind } from '../../domain/period.js';
import type { MeasurementJson } from '../../generator/json-types.js';
import { byFigure, combine } from '../favour-rules.js';
import type { Side } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';
import { single } from './row-shapes.js';

/** One clause of the measurement block. */
function singleton<T>(term: string, clause: string, read: (m: MeasurementJson) => T | null) {
    return single<Side, T>(term, clause, (side) => read(side.sla.measurement));
}

const period: TermRow<Side, PeriodKind> = {
    ...singleton('period', 'measurement period', (m) => m.period),
    rule: 'a longer period favours the provider: a bad week is averaged over more good ones',
    value: (p) => p,
    text: (p) => p,
    favours: (old, now) => byFigure(old && periodDays(old), now && periodDays(now), 'provider') ?? 'unclear',
    // What each tier's commitment allows in one stretch, before and after.
    impact: (old, now, before, after) =>
        after.sla.tiers.flatMap((tier) => {
            const percent = tier.availability?.percent;
            const was = before.sla.tiers.find((t) => t.name === tier.name)?.availability?.percent;
            if (percent === undefined || !old || !now || percent < 0 || percent > 100) return [];
            const per = (p: PeriodKind, a: number) => `${formatDuration(allowedDowntime(a, periodDays(p) * 86400))} per ${periodNoun(p)}`;
            return [
                `${tier.name}: ${was !== undefined && was >= 0 && was <= 100 ? per(old, was) : 'no commitment'} → ${per(now, percent)}`,
            ];
        }),
};

const probe: TermRow<Side, NonNullable<MeasurementJson['probe']>> = {
    ...singleton('probe', 'probes', (m) => m.probe),
    rule: 'probing less often favours the provider (short outages go unseen); fewer locations cannot be weighed',
    value: (p) => p,
    text: (p) => `every ${formatDurationLong(p.intervalSeconds)} from ${p.locations} location${p.locations === 1 ? '' : 's'}`,
    favours: (old, now) => {
        if (!old) return 'customer';
        if (!now) return 'provider';
        return combine(
            byFigure(old.intervalSeconds, now.intervalSeconds, 'provider'),
            old.locations === now.locations ? undefined : 'unclear',
        );
    },
};

const downtime: TermRow<Side, string> = {
    ...singleton('downtime-definition', 'definition of Downtime', (m) => m.downtime),
    rule: 'no rule can weigh a definition: read it',
    value: (d) => d.trim(),
    text: (d) => d.trim(),
    favours: () => 'unclear',
    authorText: (d) => d,
};

const maintenance: TermRow<Side, MeasurementJson['maintenance']> = {
    ...singleton('maintenance', 'scheduled maintenance', (m) => m.maintenance),
    rule: 'maintenance counted as downtime (`included`) favours the customer; excluded from it, the provider',
    value: (m) => m,
    text: (m) => (m === 'included' ? 'counts as downtime' : 'does not count as downtime'),
    favours: (_old, now) => (now === 'included' ? 'customer' : 'provider'),
};

export const measurementRows: ReadonlyArray<AnyRow<Side>> = [period, probe, downtime, maintenance];
