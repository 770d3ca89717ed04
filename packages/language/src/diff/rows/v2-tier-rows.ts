/** A tier's commitments of language v2: error rate, recovery objectives, throughput, clock, termination rights. */
import { describeIntervalInWords } from '../../domain/bracket-wording.js';
import { formatDurationLong } from '../../domain/duration.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, formatPercent } from '../../domain/interval.js';
import type { TerminationJson, ThroughputJson } from '../../generator/json-types.js';
import { byFigure, combine, promise } from '../favour-rules.js';
import { formatLatency, percentileLabel } from '../figures.js';
import type { TierScope } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';
import { choice, promisedFigure } from './row-shapes.js';

const PER_SECOND = { second: 1, minute: 60, hour: 3600 } as const;

function throughputPerSecond(t: ThroughputJson): number {
    return t.requests / PER_SECOND[t.per];
}

function terminationKey(t: TerminationJson, percent: (v: number) => string): string {
    const metric = t.metric === 'latency' ? `latency ${percentileLabel(t.percentile ?? 0)}` : t.metric;
    const interval = { min: t.min ?? -Infinity, minInclusive: t.minInclusive, max: t.max ?? Infinity, maxInclusive: t.maxInclusive };
    const latency = t.metric === 'latency';
    return `${metric} ${describeIntervalInWords(interval, latency ? formatLatency : percent, latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN)}`;
}

/** How many bad periods it takes before the customer may leave: fewer favours the customer. */
function periodsNeeded(t: TerminationJson): number {
    return t.consecutive ?? t.any?.count ?? 0;
}

const termination: TermRow<TierScope, TerminationJson> = {
    term: 'termination',
    rule: 'a right to terminate added favours the customer, one removed the provider; needing fewer bad periods favours the customer; another way of counting them: read it',
    items: ({ tier, side }) => (tier.termination ?? []).map((t) => [terminationKey(t, side.percent), t]),
    clause: (key) => `termination when ${key}`,
    value: (t) => [t.consecutive, t.any, t.unit],
    text: (t) =>
        t.consecutive !== null ? `in ${t.consecutive} consecutive ${t.unit}s` : `in any ${t.any?.count} of ${t.any?.of} ${t.unit}s`,
    from: (t) => t.from,
    favours: (old, now) =>
        promise(old, now, () =>
            combine(
                byFigure(periodsNeeded(old!), periodsNeeded(now!), 'provider'),
                old!.unit === now!.unit && (old!.consecutive === null) === (now!.consecutive === null) && old!.any?.of === now!.any?.of
                    ? undefined
                    : 'unclear',
            ),
        ),
};

type Sourced<T> = T & { from: string };

export const v2TierRows: ReadonlyArray<AnyRow<TierScope>> = [
    promisedFigure<TierScope, Sourced<{ percent: number }>>(
        'error-rate',
        'error rate',
        ({ tier }) => tier.errorRate,
        (e) => e.percent,
        'provider',
        (e) => formatPercent(e.percent),
        (e) => e.from,
    ),
    promisedFigure<TierScope, Sourced<{ seconds: number }>>(
        'rpo',
        'recovery point objective (RPO)',
        ({ tier }) => tier.rpo,
        (r) => r.seconds,
        'provider',
        (r) => formatDurationLong(r.seconds),
        (r) => r.from,
    ),
    promisedFigure<TierScope, Sourced<{ seconds: number }>>(
        'rto',
        'recovery time objective (RTO)',
        ({ tier }) => tier.rto,
        (r) => r.seconds,
        'provider',
        (r) => formatDurationLong(r.seconds),
        (r) => r.from,
    ),
    promisedFigure<TierScope, ThroughputJson>(
        'throughput',
        'throughput',
        ({ tier }) => tier.throughput,
        throughputPerSecond,
        'customer',
        (t) => `${t.requests} requests per ${t.per}`,
        (t) => t.from,
    ),
    choice<TierScope, boolean>(
        'clock',
        'response clocks pause outside coverage',
        ({ tier }) => tier.clock?.pausesOutsideCoverage,
        false,
        (v) => (v ? 'yes' : 'no'),
        'clocks that keep running outside support coverage favour the customer',
    ),
    termination,
];

/** The terms a service block can set; with services, these are compared per service. */
export const SERVICE_TERMS = new Set([
    'availability',
    'error-rate',
    'latency',
    'rpo',
    'rto',
    'throughput',
    'credits',
    'bracket',
    'cap',
    'period-cap',
    'annual-cap',
    'termination',
]);
