/** A tier's commitments (inheritance resolved): price, availability, latency, support hours and targets. */
import { formatDurationLong } from '../../domain/duration.js';
import type { ResponseJson, SupportJson, TierJson } from '../../generator/json-types.js';
import { formatLatency, percentileLabel } from '../figures.js';
import { byFigure, combine, promise } from '../favour-rules.js';
import { creditLevelImpact, downtimeImpact, largestCreditImpact, money } from '../impact.js';
import type { TierScope } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';

type Price = NonNullable<TierJson['price']>;
type Availability = NonNullable<TierJson['availability']>;
type Latency = TierJson['latency'][number];

const price: TermRow<TierScope, Price> = {
    term: 'price',
    rule: 'a lower price favours the customer',
    items: ({ tier }) => (tier.price ? [['price', tier.price]] : []),
    clause: () => 'price',
    value: (p) => p.amount,
    text: (p, { side }) => `${money(p.amount, side)} per month`,
    from: (p) => p.from,
    favours: (old, now) => (old && now ? (byFigure(old.amount, now.amount, 'provider') ?? 'unclear') : 'unclear'),
    impact: (old, now, before, after) => [
        ...(old || now
            ? [
                  `per year: ${old ? money(old.amount * 12, before.side) : 'no price'} → ${now ? money(now.amount * 12, after.side) : 'no price'}`,
              ]
            : []),
        ...largestCreditImpact(before, after),
    ],
};

const availability: TermRow<TierScope, Availability> = {
    term: 'availability',
    rule: 'a higher availability favours the customer; a commitment added favours the customer, one removed the provider',
    items: ({ tier }) => (tier.availability ? [['availability', tier.availability]] : []),
    clause: () => 'availability',
    value: (a) => a.percent,
    text: (a, { side }) => side.percent(a.percent),
    from: (a) => a.from,
    favours: (old, now) => promise(old, now, () => byFigure(old!.percent, now!.percent, 'customer') ?? 'unclear'),
    // A credit is only due below the commitment, so moving it changes what the schedule pays too.
    impact: (old, now, before, after) => [
        ...downtimeImpact(before.side, old?.percent, after.side, now?.percent),
        ...creditLevelImpact('availability', before, after),
    ],
};

const latency: TermRow<TierScope, Latency> = {
    term: 'latency',
    rule: 'a lower latency target favours the customer; a commitment added favours the customer, one removed the provider; a new description: read it',
    items: ({ tier }) => tier.latency.map((l) => [percentileLabel(l.percentile), l]),
    clause: (key) => `latency ${key}`,
    value: (l) => [l.targetSeconds, l.description?.trim() ?? null],
    text: (l) => `${formatLatency(l.targetSeconds)}${l.description ? ` "${l.description.trim()}"` : ''}`,
    from: (l) => l.from,
    authorText: (l) => l.description,
    favours: (old, now) =>
        promise(old, now, () =>
            combine(
                byFigure(old!.targetSeconds, now!.targetSeconds, 'provider'),
                (old!.description?.trim() ?? null) === (now!.description?.trim() ?? null) ? undefined : 'unclear',
            ),
        ),
};

/** Hours of support a day; 24x7 also covers weekends, so it outranks any range of the same length. */
function supportHours(s: SupportJson): number {
    if (s.coverage === '24x7' || !s.hours) return 24 * 7;
    const minutes = (t: string) => {
        const [h, m] = t.split(':').map(Number);
        return h * 60 + m;
    };
    const span = (minutes(s.hours.end) - minutes(s.hours.start) + 24 * 60) % (24 * 60) || 24 * 60;
    return span / 60 + (s.coverage === 'extended-hours' ? 0.001 : 0);
}

const support: TermRow<TierScope, SupportJson> = {
    term: 'support',
    rule: 'more hours of support favour the customer (24x7 most; at equal hours, extended-hours over business-hours); another time zone: read it',
    items: ({ tier }) => (tier.support ? [['support', tier.support]] : []),
    clause: () => 'support hours',
    value: (s) => [s.coverage, s.hours, s.zone],
    text: (s) => (s.coverage === '24x7' ? '24x7' : `${s.coverage} ${s.hours?.start ?? ''}-${s.hours?.end ?? ''} ${s.zone ?? ''}`.trim()),
    from: (s) => s.from,
    favours: (old, now) =>
        promise(old, now, () =>
            combine(
                byFigure(supportHours(old!), supportHours(now!), 'customer'),
                // 24x7 has no zone: only hours in two different zones cannot be weighed.
                old!.zone === now!.zone || old!.hours === null || now!.hours === null ? undefined : 'unclear',
            ),
        ),
};

/** One of the three targets of a response line, each a row of its own so that each has one direction. */
function target(
    term: string,
    name: string,
    read: (r: ResponseJson) => number | null,
    absent?: string,
): TermRow<TierScope, ResponseJson & { seconds: number }> {
    return {
        term,
        rule: `a shorter ${name} favours the customer; a target added favours the customer, one removed the provider`,
        items: ({ tier }) =>
            tier.responses.flatMap((r) => {
                const seconds = read(r);
                return seconds === null ? [] : [[r.severity, { ...r, seconds }] as [string, ResponseJson & { seconds: number }]];
            }),
        clause: (severity) => `${name} ${severity}`,
        value: (r) => r.seconds,
        text: (r) => `within ${formatDurationLong(r.seconds)}`,
        from: (r) => r.from,
        favours: (old, now) => promise(old, now, () => byFigure(old!.seconds, now!.seconds, 'provider') ?? 'unclear'),
        impact: (old, now) =>
            absent && (!old || !now)
                ? [
                      `${name} for ${(old ?? now)!.severity}: ${old ? formatDurationLong(old.seconds) : absent} → ${now ? formatDurationLong(now.seconds) : absent}`,
                  ]
                : [],
    };
}

export const tierRows: ReadonlyArray<AnyRow<TierScope>> = [
    price,
    availability,
    latency,
    support,
    target('response', 'response time', (r) => r.responseSeconds),
    target('resolution', 'resolution time', (r) => r.resolutionSeconds, 'best effort'),
    target('escalation', 'escalation', (r) => r.escalationSeconds),
];
