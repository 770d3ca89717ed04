import type { RootContent } from 'mdast';
import { formatDuration, formatDurationLong } from '../../domain/duration.js';
import type { ExclusionJson, StandardExclusionKind } from '../json-types.js';
import { numberedClauses, own, sectionHeading, type Contract } from './contract.js';
import { maintenanceWindow, probePhrase } from './definitions.js';
import { lines, paragraph, table, type Cell, type Inline } from './mdast.js';
import { listItemEnd, listLetter, sentence } from './wording.js';

/** The usual wording of the standard exclusions, used when the document gives none of its own. */
const STANDARD_EXCLUSIONS: Readonly<Record<StandardExclusionKind, string>> = {
    'third-party': "unavailability caused by third-party providers outside the Provider's control",
    'customer-caused': 'unavailability caused by acts or omissions of the Customer',
    'internet-connectivity': "unavailability caused by the Customer's internet connectivity",
    'force-majeure': 'unavailability caused by force majeure events',
    ddos: 'unavailability caused by distributed denial-of-service attacks',
    'beta-features': 'features designated as beta',
};

function exclusionText(c: Contract, exclusion: ExclusionJson): string | undefined {
    switch (exclusion.kind) {
        case 'scheduled-maintenance':
            // With `maintenance included`, the window is defined (Section 1) but excludes nothing.
            return c.sla.measurement.maintenance === 'excluded' ? 'Scheduled Maintenance' : undefined;
        case 'custom':
            return own(exclusion.description);
        default:
            return exclusion.description === null ? STANDARD_EXCLUSIONS[exclusion.kind] : own(exclusion.description);
    }
}

/** Section 5: a lettered list, (a), (b), … */
export function exclusions(c: Contract): RootContent[] {
    const items = c.sla.exclusions.map((e) => exclusionText(c, e)).filter((t): t is string => t !== undefined);
    const heading = sectionHeading(5, 'Exclusions');
    if (items.length === 0) return [heading, paragraph('This SLA lists no exclusions.')];
    return [
        heading,
        paragraph('The commitments in this SLA, and the Service Credits under Section 4, do not apply to:'),
        lines(items.map((item, index): Inline[] => [`${listLetter(index)} `, listItemEnd(item, index === items.length - 1)])),
    ];
}

const APPLIED_TO = {
    'next-invoice': "Service Credits are applied to the Customer's next invoice.",
    refund: 'Service Credits are paid to the Customer as a refund.',
    'subscription-extension': "Service Credits are given as an extension of the Customer's subscription.",
} as const;

/** Section 6: the claim window, how credits reach the Customer, how claims are verified. */
export function claims(c: Contract): RootContent[] {
    const heading = sectionHeading(6, 'Claims');
    const block = c.sla.claims;
    if (block === null) return [heading, paragraph('This SLA does not set out how Service Credits are claimed.')];
    const window: Inline[] | null =
        block.windowSeconds === null
            ? null
            : [
                  `To receive a Service Credit, the Customer must submit a claim within ${formatDurationLong(block.windowSeconds)} `,
                  `after the end of the ${c.noun} in which the Downtime occurred.`,
              ];
    const applied: Inline[] | null = block.appliedTo === null ? null : [APPLIED_TO[block.appliedTo]];
    const verification: Inline[] | null = block.verification === null ? null : [sentence(own(block.verification))];
    const clauses = numberedClauses(6, [window, applied, verification]);
    return [heading, ...(clauses.length > 0 ? clauses : [paragraph('This SLA does not set out how Service Credits are claimed.')])];
}

/** Section 7: the period, the probes, maintenance, and the downtime each commitment allows. */
export function measurement(c: Contract): RootContent[] {
    const probe = probePhrase(c);
    const { periodDays, maintenance, period } = c.sla.measurement;
    const content: RootContent[] = [
        sectionHeading(7, 'Measurement'),
        paragraph(
            `Compliance is measured per calendar ${c.noun}${probe ? `, ${probe}` : ''}. `,
            // "Scheduled Maintenance" is a defined term only when the document describes the window.
            `${maintenanceWindow(c) ? 'Scheduled Maintenance' : 'Scheduled maintenance'} ${maintenance === 'excluded' ? 'does not count' : 'counts'} as Downtime.`,
        ),
    ];
    const committed = c.sla.tiers.filter((t) => t.availability?.downtimeBudget);
    if (committed.length === 0) return content;
    const ranged = periodDays.min !== periodDays.max;
    const header: Cell[] = [
        'Tier',
        c.uptime,
        'Per day',
        'Per week',
        `Per ${c.noun} (${periodDays.reference} days)`,
        ...(ranged ? [`Per ${c.noun} (${periodDays.min} to ${periodDays.max} days)`] : []),
        ...(period === 'yearly' ? [] : ['Per year (365 days)']),
    ];
    const rows = committed.map((t): Cell[] => {
        const budget = t.availability!.downtimeBudget!;
        return [
            t.name,
            c.percent(t.availability!.percent),
            formatDuration(budget.daySeconds),
            formatDuration(budget.weekSeconds),
            formatDuration(budget.period.referenceSeconds),
            ...(ranged ? [`${formatDuration(budget.period.minSeconds)} to ${formatDuration(budget.period.maxSeconds)}`] : []),
            ...(period === 'yearly' ? [] : [formatDuration(budget.yearSeconds)]),
        ];
    });
    content.push(
        paragraph(
            `For reference, the Downtime that each commitment allows, computed as (100% minus the ${c.uptime} committed) times the length of the period, rounded to the second:`,
        ),
        table(header, rows),
    );
    return content;
}
