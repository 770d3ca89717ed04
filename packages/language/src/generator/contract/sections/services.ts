/**
 * Section 8 (only when used): the services the agreement covers, their regions and unit of
 * measurement, each tier's commitments per service (availability, error rate, recovery
 * objectives, throughput), a fee written per year, and an internal objective said not to bind.
 */
import type { TierJson, TierServiceJson } from '../../json-types.js';
import {
    clauses,
    list,
    paragraph,
    subheading,
    table,
    value,
    type BlockDraft,
    type Cell,
    type ContractContext,
    type SectionBuilder,
} from '../context.js';
import { author } from '../wording.js';

export const services: SectionBuilder = {
    id: 'services',
    title: 'services.title',
    optional: true,
    build: (c) => {
        const { words, sla } = c;
        const blocks: BlockDraft[] = [];
        const declared = sla.services ?? [];
        if (declared.length > 0) {
            blocks.push(
                paragraph(words.say('services.covered')),
                list(
                    'bullet',
                    declared.map((s) =>
                        words.say('services.item', {
                            name: author(s.name),
                            description: s.description === null ? 'none' : 'some',
                            ...(s.description === null ? {} : { description: author(s.description) }),
                        }),
                    ),
                ),
            );
            blocks.push(
                ...clauses(
                    ...declared.flatMap((s) => [
                        s.regions.length === 0
                            ? null
                            : words.say('services.regions', { name: author(s.name), regions: author(words.and(s.regions)) }),
                        s.measuredPer === null ? null : words.say('services.measuredPer', { name: author(s.name), unit: s.measuredPer }),
                    ]),
                ),
            );
        }
        for (const tier of sla.tiers) blocks.push(...tierTerms(c, tier));
        return blocks;
    },
};

function tierTerms(c: ContractContext, tier: TierJson): BlockDraft[] {
    const { words } = c;
    const name = author(tier.name);
    const sentences = clauses(
        tier.price?.per === 'year'
            ? words.say('services.fee.year', { tier: name, amount: value(words.money(tier.price.amount, c.sla.currency)) })
            : null,
        tier.availability?.internalPercent === undefined
            ? null
            : words.say('services.internal', { tier: name, percent: value(c.percent(tier.availability.internalPercent)) }),
    );
    if (tier.services) return [...sentences, ...serviceTable(c, tier, tier.services)];
    return [
        ...sentences,
        ...clauses(
            tier.errorRate
                ? words.say('services.errorRate', { tier: name, percent: value(c.percent(tier.errorRate.percent)), noun: c.noun })
                : null,
            tier.rpo
                ? words.say('services.rpo', {
                      tier: name,
                      duration: value(words.written(c.written.v2?.get(`rpo ${tier.name}`), tier.rpo.seconds)),
                  })
                : null,
            tier.rto
                ? words.say('services.rto', {
                      tier: name,
                      duration: value(words.written(c.written.v2?.get(`rto ${tier.name}`), tier.rto.seconds)),
                  })
                : null,
            tier.throughput
                ? words.say('services.throughput', {
                      tier: name,
                      requests: value(String(tier.throughput.requests)),
                      count: tier.throughput.requests,
                      per: tier.throughput.per,
                  })
                : null,
        ),
    ];
}

/** One row per service: the commitments that differ by service, `—` where the tier makes none. */
function serviceTable(c: ContractContext, tier: TierJson, rows: readonly TierServiceJson[]): BlockDraft[] {
    const { words } = c;
    const none = words.say('cell.none');
    const columns: Array<{ header: Cell; cell: (s: TierServiceJson) => Cell | null }> = [
        {
            header: words.say('period.uptime', { period: c.period }),
            cell: (s) => (s.availability ? c.percent(s.availability.percent) : null),
        },
        { header: words.say('services.column.errorRate'), cell: (s) => (s.errorRate ? c.percent(s.errorRate.percent) : null) },
        {
            header: words.say('services.column.rpo'),
            cell: (s) => (s.rpo ? words.written(c.written.v2?.get(`rpo ${tier.name} ${s.name}`), s.rpo.seconds) : null),
        },
        {
            header: words.say('services.column.rto'),
            cell: (s) => (s.rto ? words.written(c.written.v2?.get(`rto ${tier.name} ${s.name}`), s.rto.seconds) : null),
        },
        {
            header: words.say('services.column.throughput'),
            cell: (s) =>
                s.throughput
                    ? words.text('services.throughputCell', {
                          requests: String(s.throughput.requests),
                          count: s.throughput.requests,
                          per: s.throughput.per,
                      })
                    : null,
        },
    ];
    const used = columns.filter((column) => rows.some((s) => column.cell(s) !== null));
    if (used.length === 0) return [];
    return [
        subheading([author(tier.name)]),
        paragraph(words.say('services.tierIntro', { tier: author(tier.name) })),
        table(
            [words.say('services.column.service'), ...used.map((column) => column.header)],
            rows.map((s) => [[author(s.name)], ...used.map((column) => column.cell(s) ?? none)]),
        ),
    ];
}
