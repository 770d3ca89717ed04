/**
 * Measurement periods (§2.1) and their lengths in days (§7.1): hovers show a reference period and
 * the range that calendar months, quarters and years can really have.
 */

export type PeriodKind = 'monthly' | 'quarterly' | 'yearly';

export const SECONDS_PER_DAY = 86400;

interface PeriodFacts {
    readonly referenceDays: number;
    readonly minDays: number;
    readonly maxDays: number;
    readonly noun: 'month' | 'quarter' | 'year';
    readonly adjective: 'Monthly' | 'Quarterly' | 'Yearly';
}

// A 30-day month is the industry's reference month; a quarter is 90–92 days (reference 91).
const PERIODS: Readonly<Record<PeriodKind, PeriodFacts>> = {
    monthly: { referenceDays: 30, minDays: 28, maxDays: 31, noun: 'month', adjective: 'Monthly' },
    quarterly: { referenceDays: 91, minDays: 90, maxDays: 92, noun: 'quarter', adjective: 'Quarterly' },
    yearly: { referenceDays: 365, minDays: 365, maxDays: 366, noun: 'year', adjective: 'Yearly' },
};

export function isPeriodKind(text: string): text is PeriodKind {
    return Object.hasOwn(PERIODS, text);
}

export function periodDays(kind: PeriodKind): number {
    return PERIODS[kind].referenceDays;
}

export function periodDayRange(kind: PeriodKind): { min: number; max: number } {
    return { min: PERIODS[kind].minDays, max: PERIODS[kind].maxDays };
}

export function periodNoun(kind: PeriodKind): 'month' | 'quarter' | 'year' {
    return PERIODS[kind].noun;
}

export function periodAdjective(kind: PeriodKind): 'Monthly' | 'Quarterly' | 'Yearly' {
    return PERIODS[kind].adjective;
}
