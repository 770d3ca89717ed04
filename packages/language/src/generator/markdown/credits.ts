import type { RootContent } from 'mdast';
import { capitalize, describeIntervalInWords } from '../../domain/bracket-wording.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, type Interval } from '../../domain/interval.js';
import type { AvailabilityBracketJson, LatencyBracketJson, MissedResponseBracketJson, TierJson } from '../json-types.js';
import { sectionHeading, type Contract } from './contract.js';
import { paragraph, strong, table } from './mdast.js';
import { formatLatency, percentileLabel } from './wording.js';

/** A bracket's interval again, with Infinity for the sides that JSON writes as null. */
function interval(b: Exclude<AvailabilityBracketJson | LatencyBracketJson, MissedResponseBracketJson>): Interval {
    return {
        min: b.min ?? -Infinity,
        minInclusive: b.minInclusive,
        max: b.max ?? Infinity,
        maxInclusive: b.maxInclusive,
    };
}

/** Section 4: per tier, the credit schedule worded as published SLAs word it, and the cap. */
export function serviceCredits(c: Contract): RootContent[] {
    const heading = sectionHeading(4, 'Service Credits');
    const withCredits = c.sla.tiers.filter((t) => t.credits !== null && t.credits.brackets.length > 0);
    if (withCredits.length === 0) return [heading, paragraph('This SLA provides no Service Credits.')];
    const content: RootContent[] = [
        heading,
        paragraph(
            `If the ${c.uptime} for a calendar ${c.noun} falls below the commitment of the Customer's tier, `,
            'the Customer is eligible for the Service Credit below, as a percentage of the monthly fee for that tier.',
        ),
    ];
    for (const tier of withCredits) content.push(...tierSchedule(c, tier));
    const without = c.sla.tiers.filter((t) => !withCredits.includes(t)).map((t) => t.name);
    if (without.length > 0) {
        content.push(paragraph(`No Service Credits apply to ${without.length === 1 ? 'the tier' : 'the tiers'} ${without.join(', ')}.`));
    }
    return content;
}

function tierSchedule(c: Contract, tier: TierJson): RootContent[] {
    const credits = tier.credits!;
    const content: RootContent[] = [paragraph(strong(tier.name))];
    const availability = credits.brackets.filter((b): b is AvailabilityBracketJson => b.metric === 'availability');
    if (availability.length > 0) {
        content.push(
            table(
                [c.uptime, 'Service Credit'],
                availability.map((b) => [
                    capitalize(describeIntervalInWords(interval(b), c.percent, AVAILABILITY_DOMAIN)),
                    creditCell(c, b),
                ]),
            ),
        );
    }
    const latency = credits.brackets.filter((b): b is LatencyBracketJson => b.metric === 'latency');
    for (const p of [...new Set(latency.map((b) => b.percentile))]) {
        content.push(
            paragraph(
                `Where the ${percentileLabel(p)} latency measured over a calendar ${c.noun} falls in a range below, the Customer is eligible for the Service Credit shown:`,
            ),
        );
        content.push(
            table(
                [`Latency (${percentileLabel(p)})`, 'Service Credit'],
                latency
                    .filter((b) => b.percentile === p)
                    .map((b) => [capitalize(describeIntervalInWords(interval(b), formatLatency, LATENCY_DOMAIN)), creditCell(c, b)]),
            ),
        );
    }
    content.push(
        paragraph(
            credits.cap === null
                ? 'Service Credits for this tier are not capped.'
                : `Service Credits for a ${c.noun} will not exceed ${c.percent(credits.cap)} of the monthly fee for that tier.`,
        ),
    );
    return content;
}

/** `10%`, `5% of the annual fee`, or a fixed amount as written (`100 USD`). */
function creditCell(c: Contract, b: AvailabilityBracketJson | LatencyBracketJson): string {
    if (b.amount) return `${b.amount.value} ${b.amount.currency}`;
    const share = c.percent(b.credit ?? 0);
    return b.fee === 'annual' ? `${share} of the annual fee` : share;
}
