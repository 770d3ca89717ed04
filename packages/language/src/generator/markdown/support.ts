import type { RootContent } from 'mdast';
import type { SeverityJson, SupportJson, TierJson } from '../json-types.js';
import { own, sectionHeading, type Contract } from './contract.js';
import { bulletList, paragraph, strong, table, type Inline } from './mdast.js';
import { durationWords, zonePhrase } from './wording.js';

const NONE = '—';

/** `Business hours, 09:00-17:00 in the Customer's local time`; `24 hours a day, 7 days a week`. */
export function coveragePhrase(support: SupportJson | null): string {
    if (support === null) return 'No support coverage';
    if (support.coverage === '24x7') return '24 hours a day, 7 days a week';
    const kind = support.coverage === 'business-hours' ? 'Business hours' : 'Extended hours';
    const hours = support.hours ? `, ${support.hours.start}-${support.hours.end}` : '';
    const zone = zonePhrase(support.zone);
    return `${kind}${hours}${zone ? ` ${zone}` : ''}`;
}

/**
 * Severity names are identifiers (`critical`); the contract capitalises them as defined terms,
 * unless that would make two of them read alike.
 */
export function severityLabels(severities: readonly SeverityJson[]): (name: string) => string {
    const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
    const capitals = severities.map((s) => capital(s.name));
    const distinct = new Set(capitals).size === capitals.length;
    return (name) => (distinct ? capital(name) : name);
}

/** Section 3: coverage per tier, the severity levels, and per tier the response targets. */
export function support(c: Contract): RootContent[] {
    const { tiers, severities } = c.sla;
    const heading = sectionHeading(3, 'Support');
    if (!tiers.some((t) => t.support !== null || t.responses.length > 0)) {
        return [heading, paragraph('This SLA makes no support commitments.')];
    }
    const label = severityLabels(severities);
    const content: RootContent[] = [
        heading,
        table(
            ['Tier', 'Coverage'],
            tiers.map((t) => [t.name, coveragePhrase(t.support)]),
        ),
    ];
    if (severities.length > 0) {
        content.push(
            paragraph('Severity levels, from most to least severe:'),
            bulletList(
                severities.map((s): Inline[] =>
                    s.description === null ? [strong(label(s.name))] : [strong(label(s.name)), ': ', own(s.description)],
                ),
            ),
        );
    }
    for (const tier of tiers) content.push(...responseTable(tier, label));
    const without = tiers.filter((t) => t.responses.length === 0).map((t) => t.name);
    if (without.length > 0) {
        content.push(
            paragraph(`No response times are committed to for ${without.length === 1 ? 'the tier' : 'the tiers'} ${without.join(', ')}.`),
        );
    }
    return content;
}

function responseTable(tier: TierJson, label: (name: string) => string): RootContent[] {
    if (tier.responses.length === 0) return [];
    return [
        paragraph(strong(tier.name)),
        table(
            ['Severity', 'Initial response', 'Resolution target', 'Escalation'],
            tier.responses.map((r) => [
                label(r.severity),
                durationWords(r.responseSeconds, NONE),
                durationWords(r.resolutionSeconds, 'best effort'),
                r.escalationSeconds === null ? NONE : `after ${durationWords(r.escalationSeconds, NONE)}`,
            ]),
        ),
    ];
}
