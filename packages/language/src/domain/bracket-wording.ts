/**
 * Credit brackets worded as published SLAs word them: "less than 99.9% but equal to or greater
 * than 99.5%". The contract text, the CLI and the hovers all use this one wording.
 */
import type { Interval } from './interval.js';

function upper(i: Interval, format: (v: number) => string): string {
    return `${i.maxInclusive ? 'equal to or less than' : 'less than'} ${format(i.max)}`;
}

function lower(i: Interval, format: (v: number) => string): string {
    return `${i.minInclusive ? 'equal to or greater than' : 'greater than'} ${format(i.min)}`;
}

/** The phrase for an interval, lower-case; sides equal to the metric's domain edge are left out. */
export function describeIntervalInWords(i: Interval, format: (v: number) => string, domain: Interval): string {
    if (i.min === i.max && i.minInclusive && i.maxInclusive) return `exactly ${format(i.min)}`;
    const openBelow = i.min === -Infinity || (i.min === domain.min && i.minInclusive === domain.minInclusive);
    const openAbove = i.max === Infinity || (i.max === domain.max && i.maxInclusive === domain.maxInclusive);
    if (openBelow && openAbove) return 'any value';
    if (openBelow) return upper(i, format);
    if (openAbove) return lower(i, format);
    return `${upper(i, format)} but ${lower(i, format)}`;
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
