/**
 * What every section of the contract text reads: the agreement's facts as plain data (the same
 * object the JSON prints), the document's own way of writing percentages, and the period words.
 */
import type { RootContent } from 'mdast';
import type { PeriodKind } from '../../domain/period.js';
import { periodAdjective, periodNoun } from '../../domain/period.js';
import type { SlaJson } from '../json-types.js';
import { heading, paragraph, type Inline } from './mdast.js';

export interface Contract {
    sla: SlaJson;
    /** `99.0%` stays `99.0%`: percentages as the document wrote them. */
    percent: (value: number) => string;
    /** `month`, `quarter`, `year`. */
    noun: 'month' | 'quarter' | 'year';
    /** `Monthly Uptime Percentage`. */
    uptime: string;
    /** "the services" or "the covered services" (when the document has a scope). */
    services: string;
}

export function contract(sla: SlaJson, percent: (value: number) => string): Contract {
    const period: PeriodKind = sla.measurement.period;
    return {
        sla,
        percent,
        noun: periodNoun(period),
        uptime: `${periodAdjective(period)} Uptime Percentage`,
        services: sla.scope === null ? 'the services' : 'the covered services',
    };
}

/** `## 4. Service Credits`. */
export function sectionHeading(number: number, title: string): RootContent {
    return heading(2, `${number}. ${title}`);
}

/** Numbered clauses `4.1 …`, `4.2 …`, one paragraph each; absent clauses (null) take no number. */
export function numberedClauses(section: number, clauses: ReadonlyArray<readonly Inline[] | null>): RootContent[] {
    return clauses
        .filter((clause): clause is readonly Inline[] => clause !== null)
        .map((clause, index) => paragraph(`${section}.${index + 1} `, ...clause));
}

/** Text written by the author, as it will appear: surrounding whitespace carries no meaning in a contract. */
export function own(text: string): string {
    return text.trim();
}

/** `Standard, Premium and Enterprise`. */
export function enumerate(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
