import type { RootContent } from 'mdast';
import { formatDuration } from '../../domain/duration.js';
import type { TierJson } from '../json-types.js';
import { enumerate, own, sectionHeading, type Contract } from './contract.js';
import { paragraph, table, type Cell } from './mdast.js';
import { formatLatency, percentileLabel } from './wording.js';
import { formatMoney } from '../../domain/money.js';

const NONE = '—';

/** The percentiles any tier commits to, in the order first met. */
function percentiles(tiers: readonly TierJson[]): number[] {
    const found: number[] = [];
    for (const tier of tiers) for (const { percentile } of tier.latency) if (!found.includes(percentile)) found.push(percentile);
    return found;
}

/** Section 2: one row per tier — fee, availability with its downtime budget, latency. */
export function serviceCommitment(c: Contract): RootContent[] {
    const { tiers, currency } = c.sla;
    const priced = tiers.some((t) => t.price !== null);
    const reference = c.sla.measurement.periodDays.reference;
    const latencyPercentiles = percentiles(tiers);
    const header: Cell[] = [
        'Tier',
        ...(priced ? ['Monthly fee'] : []),
        c.uptime,
        `Downtime allowed in a ${reference}-day ${c.noun}`,
        ...latencyPercentiles.map((p) => `Latency (${percentileLabel(p)})`),
    ];
    const rows = tiers.map((tier): Cell[] => {
        const availability = tier.availability;
        const budget = availability?.downtimeBudget;
        return [
            tier.name,
            ...(priced ? [tier.price ? formatMoney(tier.price.amount, currency) : NONE] : []),
            availability ? c.percent(availability.percent) : NONE,
            budget ? formatDuration(budget.period.referenceSeconds) : NONE,
            ...latencyPercentiles.map((p) => {
                const latency = tier.latency.find((l) => l.percentile === p);
                return latency ? formatLatency(latency.targetSeconds) : NONE;
            }),
        ];
    });
    return [
        sectionHeading(2, 'Service Commitment'),
        paragraph(
            `The Provider will use commercially reasonable efforts to make ${c.services} available with a ${c.uptime} `,
            "of at least the figure below for the Customer's tier.",
        ),
        table(header, rows),
        ...latencyNotes(c, latencyPercentiles),
    ];
}

/** What a percentile means, and what each latency commitment measures, in the document's words. */
function latencyNotes(c: Contract, latencyPercentiles: number[]): RootContent[] {
    if (latencyPercentiles.length === 0) return [];
    const example = latencyPercentiles[0];
    const notes: RootContent[] = [
        paragraph(
            `Latency figures are percentiles: a commitment at ${percentileLabel(example)} is met when at least ${example}% `,
            `of the measured requests in a ${c.noun} complete within the stated time.`,
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
            const which = tierNames.length === committed ? '' : ` (${enumerate(tierNames)})`;
            notes.push(
                paragraph(
                    `The ${percentileLabel(p)} latency commitment${which} applies to: `,
                    own(description),
                    /[.!?]$/.test(own(description)) ? '' : '.',
                ),
            );
        }
    }
    return notes;
}
