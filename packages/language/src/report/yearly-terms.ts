/**
 * The terms that act on a tier's credit for a period once it is known: the minimum credit (a
 * smaller credit is not paid), a service's own cap per year, then the tier's cap per year
 * (credits of one agreement year, in period order, never add up to more than the cap; the period
 * that reaches it gets what is left). They change the service lines and the tier totals in place
 * and say how in their notes.
 */
import { creditAmount } from '../domain/credit.js';
import { formatMoney } from '../domain/money.js';
import { formatPercent } from '../domain/interval.js';
import { agreementYear } from './calendar.js';
import type { CalendarPeriod } from './calendar.js';
import type { AnnualCap, ReportTerms, TierTerms } from './report-terms.js';

/** A tier's credit for one period: the services' credits added up, then capped (one cap per tier and period). */
export interface TierTotal {
    tier: string;
    period: CalendarPeriod;
    credit: number;
    capped: boolean;
    amount?: number;
    /** How the minimum credit or the cap per year changed the credit; empty when they did not. */
    notes: string[];
}

/** A service's credit for one period (a line of the report), as the yearly terms read and change it. */
export interface ServiceCredit {
    tier: string;
    service?: string;
    period: CalendarPeriod;
    credit: number;
    amount?: number;
    /** How the service's cap per year changed the credit; empty when it did not. */
    notes: string[];
}

/**
 * Applies the yearly terms (in period order), in the order a reader of the contract expects: the
 * minimum credit on what the tier earns in the period (before any cap per year), then each
 * service's own cap per year on that service's credits, the tier's total recomputed from them by
 * `retotal`, then the tier's cap per year on the totals. Returns the assumptions they need stated.
 */
export function applyYearlyTerms(
    terms: ReportTerms,
    tiers: readonly TierTerms[],
    lines: readonly ServiceCredit[],
    totals: TierTotal[],
    retotal: (total: TierTotal) => void,
    effective?: number,
): string[] {
    const assumptions: string[] = [];
    for (const tier of tiers) {
        const mine = totals.filter((t) => t.tier === tier.name);
        const unpaid = terms.minimumCredit ? applyMinimum(terms, tier, mine) : { assumptions: [], periods: new Set<string>() };
        assumptions.push(...unpaid.assumptions);
        for (const [service, credit] of tier.services) {
            if (!credit.annualCap) continue;
            const cut = lines.filter((l) => l.tier === tier.name && l.service === service && !unpaid.periods.has(l.period.key));
            assumptions.push(...applyServiceAnnualCap(terms, tier, service, credit.annualCap, cut, mine, retotal, effective));
        }
        if (tier.annualCap) assumptions.push(...applyAnnualCap(terms, tier, tier.annualCap, mine, effective));
    }
    return assumptions;
}

/**
 * A service's own cap per year (written in its `service` block): its credits of one agreement
 * year add up to at most the cap; the tier's total of each period it cuts is recomputed.
 */
function applyServiceAnnualCap(
    terms: ReportTerms,
    tier: TierTerms,
    service: string,
    cap: AnnualCap,
    lines: readonly ServiceCredit[],
    totals: TierTotal[],
    retotal: (total: TierTotal) => void,
    effective?: number,
): string[] {
    if (cap.amount !== undefined && tier.monthlyPrice === undefined) {
        return [`Tier ${tier.name} has no price: service ${service}'s cap per year (${cap.written}) is not applied.`];
    }
    const who = { capName: "the service's cap per year", missing: `Tier ${tier.name}, service ${service}: the service's cap per year` };
    const { assumptions, cut } = capPerYear(terms, tier, cap, lines, who, effective);
    for (const line of cut) {
        const total = totals.find((t) => t.period.key === line.period.key);
        if (!total) continue;
        retotal(total);
        total.notes.push(`service ${service}: ${line.notes.join('; ')}`);
    }
    return assumptions;
}

function applyMinimum(terms: ReportTerms, tier: TierTerms, totals: TierTotal[]): { assumptions: string[]; periods: Set<string> } {
    const periods = new Set<string>();
    const minimum = terms.minimumCredit!;
    if (minimum.amount !== undefined && tier.monthlyPrice === undefined) {
        return {
            assumptions: [
                `Tier ${tier.name} has no price: the minimum credit of ${formatMoney(minimum.amount, terms.currency)} is not applied.`,
            ],
            periods,
        };
    }
    for (const total of totals) {
        if (total.credit === 0) continue;
        const below = minimum.amount !== undefined ? total.amount! < minimum.amount : total.credit < minimum.percent;
        if (!below) continue;
        const earned = total.amount === undefined ? formatPercent(total.credit) : formatMoney(total.amount, terms.currency);
        const least =
            minimum.amount !== undefined
                ? formatMoney(minimum.amount, terms.currency)
                : `${formatPercent(minimum.percent)} of the monthly fee`;
        total.notes.push(`${earned} is less than the minimum credit of ${least}: not paid`);
        total.credit = 0;
        if (total.amount !== undefined) total.amount = 0;
        periods.add(total.period.key);
    }
    return { assumptions: [], periods };
}

function applyAnnualCap(terms: ReportTerms, tier: TierTerms, cap: AnnualCap, totals: TierTotal[], effective?: number): string[] {
    if (cap.amount !== undefined && tier.monthlyPrice === undefined) {
        return [`Tier ${tier.name} has no price: its cap per year (${cap.written}) is not applied.`];
    }
    const who = { capName: 'the cap per year', missing: `Tier ${tier.name}'s cap per year` };
    const { assumptions, cut } = capPerYear(terms, tier, cap, totals, who, effective);
    for (const total of cut) total.capped = true;
    return assumptions;
}

/**
 * Credits of one agreement year, in period order, add up to at most `cap` (in money when the tier
 * has a price: what is paid; else in shares of the monthly fee). Changes the credits it cuts and
 * says how in their notes; returns them and the assumptions to state.
 */
function capPerYear<T extends ServiceCredit>(
    terms: ReportTerms,
    tier: TierTerms,
    cap: AnnualCap,
    credits: readonly T[],
    who: { capName: string; missing: string },
    effective?: number,
): { assumptions: string[]; cut: T[] } {
    const price = tier.monthlyPrice;
    const limit = price === undefined ? cap.percent! : (cap.amount ?? creditAmount(price, cap.percent!, terms.currency));
    const limitText = price === undefined ? `${formatPercent(limit)} of the monthly fee` : formatMoney(limit, terms.currency);
    const assumptions: string[] = [];
    const cut: T[] = [];
    const used = new Map<number, number>();
    for (const item of credits) {
        const year = agreementYear(item.period.start, terms.period, terms.zone, effective);
        if (!used.has(year.start) && item.period.start > year.start) {
            assumptions.push(
                `${who.missing} counts the credits of the reported periods only: those of the year from ${year.firstDay} before ${item.period.label} are not in this report.`,
            );
        }
        const before = used.get(year.start) ?? 0;
        const earned = price === undefined ? item.credit : item.amount!;
        const left = Math.max(0, round(limit - before));
        const paid = Math.min(earned, left);
        used.set(year.start, round(before + paid));
        if (paid === earned) continue;
        const show = (value: number) => (price === undefined ? formatPercent(value) : formatMoney(value, terms.currency));
        item.notes.push(
            `${who.capName} (${cap.written}: ${limitText} for the year from ${year.firstDay}) leaves ${show(left)} of the ${show(earned)} earned`,
        );
        if (price === undefined) item.credit = paid;
        else {
            item.credit = earned === 0 ? 0 : Number(((item.credit * paid) / earned).toFixed(4));
            item.amount = paid;
        }
        cut.push(item);
    }
    return { assumptions, cut };
}

/** Sums of short decimals (money, shares): the binary noise rounded away. */
function round(value: number): number {
    return Number(value.toFixed(6));
}
