/**
 * Credit brackets worded as published SLAs word them: "less than 99.9% but equal to or greater
 * than 99.5%". The CLI and the hovers use this English wording; the contract text words the same
 * shapes (`intervalShape`) through its message catalog, in the contract's language.
 */
import type { Interval } from './interval.js';

/**
 * Which sides of an interval a sentence must name: sides equal to the metric's domain edge are
 * left out, a single value is "exactly", and an interval open on both sides is "any value".
 */
export type IntervalShape =
    | { kind: 'exactly'; value: number }
    | { kind: 'any' }
    | { kind: 'upper'; max: number; maxInclusive: boolean }
    | { kind: 'lower'; min: number; minInclusive: boolean }
    | { kind: 'between'; min: number; minInclusive: boolean; max: number; maxInclusive: boolean };

export function intervalShape(i: Interval, domain: Interval): IntervalShape {
    if (i.min === i.max && i.minInclusive && i.maxInclusive) return { kind: 'exactly', value: i.min };
    const openBelow = i.min === -Infinity || (i.min === domain.min && i.minInclusive === domain.minInclusive);
    const openAbove = i.max === Infinity || (i.max === domain.max && i.maxInclusive === domain.maxInclusive);
    if (openBelow && openAbove) return { kind: 'any' };
    if (openBelow) return { kind: 'upper', max: i.max, maxInclusive: i.maxInclusive };
    if (openAbove) return { kind: 'lower', min: i.min, minInclusive: i.minInclusive };
    return { kind: 'between', min: i.min, minInclusive: i.minInclusive, max: i.max, maxInclusive: i.maxInclusive };
}

function upper(max: number, inclusive: boolean, format: (v: number) => string): string {
    return `${inclusive ? 'equal to or less than' : 'less than'} ${format(max)}`;
}

function lower(min: number, inclusive: boolean, format: (v: number) => string): string {
    return `${inclusive ? 'equal to or greater than' : 'greater than'} ${format(min)}`;
}

/** The phrase for an interval, lower-case; sides equal to the metric's domain edge are left out. */
export function describeIntervalInWords(i: Interval, format: (v: number) => string, domain: Interval): string {
    const shape = intervalShape(i, domain);
    switch (shape.kind) {
        case 'exactly':
            return `exactly ${format(shape.value)}`;
        case 'any':
            return 'any value';
        case 'upper':
            return upper(shape.max, shape.maxInclusive, format);
        case 'lower':
            return lower(shape.min, shape.minInclusive, format);
        case 'between':
            return `${upper(shape.max, shape.maxInclusive, format)} but ${lower(shape.min, shape.minInclusive, format)}`;
    }
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
