/** Section 2: one row per tier — fee, availability with its downtime budget, latency. */
import { localWritten } from './credits.js';
import type { TierJson } from '../../json-types.js';
import { paragraph, table, type BlockDraft, type Cell, type ContractContext, type SectionBuilder } from '../context.js';
import { author } from '../wording.js';
import { endSentence } from './author-text.js';

/** The percentiles any tier commits to, in the order first met. */
function percentiles(tiers: readonly TierJson[]): number[] {
    const found: number[] = [];
    for (const tier of tiers) for (const { percentile } of tier.latency) if (!found.includes(percentile)) found.push(percentile);
    return found;
}

export const serviceCommitment: SectionBuilder = {
    id: 'commitment',
    title: 'commitment.title',
    build: (c) => {
        const { tiers, currency } = c.sla;
        const { words } = c;
        const none = words.say('cell.none');
        const priced = tiers.some((t) => t.price !== null);
        const latencyPercentiles = percentiles(tiers);
        const header: Cell[] = [
            words.say('table.tier'),
            ...(priced ? [words.say('commitment.fee')] : []),
            words.say('period.uptime', { period: c.period }),
            words.say('commitment.budget', { days: c.sla.measurement.periodDays.reference, noun: c.noun, period: c.period }),
            ...latencyPercentiles.map((p) => words.say('commitment.latency', { percentile: words.percentile(p) })),
        ];
        const rows = tiers.map((tier): Cell[] => {
            const availability = tier.availability;
            const budget = availability?.downtimeBudget;
            return [
                [author(tier.name)],
                ...(priced
                    ? [
                          !tier.price
                              ? none
                              : tier.price.per === 'year'
                                ? words.text('commitment.feePerYear', { amount: words.money(tier.price.amount, currency) })
                                : words.money(tier.price.amount, currency),
                      ]
                    : []),
                availability ? (localWritten(c, c.written.tiers.get(tier.name)?.availability) ?? c.percent(availability.percent)) : none,
                budget ? c.words.computed(budget.period.referenceSeconds) : none,
                ...latencyPercentiles.map((p) => {
                    const latency = tier.latency.find((l) => l.percentile === p);
                    return latency ? words.latency(latency.targetSeconds, c.written.tiers.get(tier.name)?.latency.get(p)) : none;
                }),
            ];
        });
        return [
            paragraph(
                // The standard of the commitment is the author's (`standard`): firm unless the source says otherwise.
                words.say(c.standard === 'firm' ? 'commitment.firm' : 'commitment.efforts', {
                    scoped: c.sla.scope === null ? 'no' : 'yes',
                    uptime: c.uptime,
                    tiers: tiers.length,
                    tier: tiers.length === 1 ? [author(tiers[0].name)] : '',
                }),
            ),
            table(header, rows),
            ...latencyNotes(c, latencyPercentiles),
        ];
    },
};

/** What a percentile means, and what each latency commitment measures, in the document's words. */
function latencyNotes(c: ContractContext, latencyPercentiles: number[]): BlockDraft[] {
    if (latencyPercentiles.length === 0) return [];
    const { words } = c;
    const example = latencyPercentiles[0];
    const notes: BlockDraft[] = [
        paragraph(
            words.say('commitment.percentiles', {
                percentile: words.percentile(example),
                share: String(example),
                noun: c.noun,
                period: c.period,
            }),
        ),
    ];
    for (const p of latencyPercentiles) {
        // Tiers that describe the commitment in the same words share one sentence.
        const byDescription = new Map<string, string[]>();
        for (const tier of c.sla.tiers) {
            const description = tier.latency.find((l) => l.percentile === p)?.description;
            if (description == null) continue;
            byDescription.set(description, [...(byDescription.get(description) ?? []), tier.name]);
        }
        const committed = c.sla.tiers.filter((t) => t.latency.some((l) => l.percentile === p)).length;
        for (const [description, tierNames] of byDescription) {
            const values = { percentile: words.percentile(p), description: endSentence(c, author(description)) };
            notes.push(
                paragraph(
                    tierNames.length === committed
                        ? words.say('commitment.latencyScope', values)
                        : words.say('commitment.latencyScope.tiers', { ...values, tiers: words.and(tierNames) }),
                ),
            );
        }
    }
    return notes;
}
