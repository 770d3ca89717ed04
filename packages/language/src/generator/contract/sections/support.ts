/** Section 3: coverage per tier, the severity levels, and per tier the response targets. */
import type { SeverityJson, SupportJson, TierJson } from '../../json-types.js';
import { list, paragraph, subheading, table, type BlockDraft, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author } from '../wording.js';

/** `Business hours, 09:00-17:00 in the Customer's local time`; `24 hours a day, 7 days a week`. */
export function coveragePhrase(c: ContractContext, support: SupportJson | null): string {
    const { words } = c;
    if (support === null) return words.text('coverage.none');
    if (support.coverage === '24x7') return words.text('coverage.24x7');
    if (support.coverage === 'calendar') return words.text('coverage.calendar', { calendar: support.calendar ?? '' });
    let coverage = words.text('coverage.kind', { kind: support.coverage === 'business-hours' ? 'business' : 'extended' });
    if (support.hours) coverage = words.text('coverage.hours', { kind: coverage, start: support.hours.start, end: support.hours.end });
    const zone = zonePhrase(c, support.zone);
    return zone ? words.text('coverage.zone', { coverage, zone }) : coverage;
}

/** `customer-local` → `in the Customer's local time`; an IANA zone by its name. */
function zonePhrase({ words }: ContractContext, zone: string | null): string {
    switch (zone) {
        case null:
            return '';
        case 'customer-local':
        case 'provider-local':
        case 'UTC':
            return words.text(`zone.${zone}`);
        default:
            return words.text('zone.iana', { zone });
    }
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

export const support: SectionBuilder = {
    id: 'support',
    title: 'support.title',
    build: (c) => {
        const { tiers, severities } = c.sla;
        const { words } = c;
        if (!tiers.some((t) => t.support !== null || t.responses.length > 0)) return [paragraph(words.say('support.none'))];
        const label = severityLabels(severities);
        const content: BlockDraft[] = [
            table(
                [words.say('table.tier'), words.say('support.coverage')],
                tiers.map((t) => [[author(t.name)], coveragePhrase(c, t.support)]),
            ),
        ];
        if (severities.length > 0) {
            content.push(
                paragraph(words.say('support.severities')),
                list(
                    'bullet',
                    severities.map((s): Inline[] => {
                        const name: Inline = { kind: 'term', text: label(s.name) };
                        return s.description === null
                            ? [name]
                            : words.say('support.severity', { name, description: author(s.description) });
                    }),
                ),
            );
        }
        for (const tier of tiers) content.push(...responseTable(c, tier, label));
        const without = tiers.filter((t) => t.responses.length === 0).map((t) => t.name);
        if (without.length > 0) {
            content.push(
                paragraph(words.say('support.noResponses', { ...c.terms, count: without.length, tiers: [author(words.names(without))] })),
            );
        }
        return content;
    },
};

function responseTable(c: ContractContext, tier: TierJson, label: (name: string) => string): BlockDraft[] {
    if (tier.responses.length === 0) return [];
    const { words } = c;
    const none = words.say('cell.none');
    return [
        subheading([author(tier.name)]),
        table(
            [
                words.say('support.severity.column'),
                words.say('support.response', c.terms),
                words.say('support.resolution', c.terms),
                words.say('support.escalation'),
            ],
            tier.responses.map((r) => {
                const written = c.written.tiers.get(tier.name)?.responses.get(r.severity);
                return [
                    [author(label(r.severity))],
                    words.written(written?.response, r.responseSeconds),
                    r.resolutionSeconds === null
                        ? words.say('support.bestEffort')
                        : words.written(written?.resolution, r.resolutionSeconds),
                    r.escalationSeconds === null
                        ? none
                        : words.say('support.escalationAfter', { duration: words.written(written?.escalation, r.escalationSeconds) }),
                ];
            }),
        ),
    ];
}
