/**
 * The terms that act on a tier's credit for a period once it is known: the minimum credit (a
 * smaller credit is not paid) and the cap per year (credits of one agreement year, in period
 * order, never add up to more than the cap; the period that reaches it gets what is left). They
 * change the tier totals in place and say how in each total's notes.
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

/** Applies both terms to `totals` (in period order); returns the assumptions they need stated. */
export function applyYearlyTerms(terms: ReportTerms, tiers: readonly TierTerms[], totals: TierTotal[], effective?: number): string[] {
    const assumptions: string[] = [];
    for (const tier of tiers) {
        const mine = totals.filter((t) => t.tier === tier.name);
        if (terms.minimumCredit) assumptions.push(...applyMinimum(terms, tier, mine));
        if (tier.annualCap) assumptions.push(...applyAnnualCap(terms, tier, tier.annualCap, mine, effective));
    }
    return assumptions;
}

function applyMinimum(terms: ReportTerms, tier: TierTerms, totals: TierTotal[]): string[] {
    const minimum = terms.minimumCredit!;
    if (minimum.amount !== undefined && tier.monthlyPrice === undefined) {
        return [`Tier ${tier.name} has no price: the minimum credit of ${formatMoney(minimum.amount, terms.currency)} is not applied.`];
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
    }
    return [];
}

function applyAnnualCap(terms: ReportTerms, tier: TierTerms, cap: AnnualCap, totals: TierTotal[], effective?: number): string[] {
    const price = tier.monthlyPrice;
    if (cap.amount !== undefined && price === undefined) {
        return [`Tier ${tier.name} has no price: its cap per year (${cap.written}) is not applied.`];
    }
    // In money when the tier has a price (what is paid), else in shares of the monthly fee.
    const limit = price === undefined ? cap.percent! : (cap.amount ?? creditAmount(price, cap.percent!, terms.currency));
    const limitText = price === undefined ? `${formatPercent(limit)} of the monthly fee` : formatMoney(limit, terms.currency);
    const assumptions: string[] = [];
    const used = new Map<number, number>();
    for (const total of totals) {
        const year = agreementYear(total.period.start, terms.period, terms.zone, effective);
        if (!used.has(year.start) && total.period.start > year.start) {
            assumptions.push(
                `Tier ${tier.name}'s cap per year counts the credits of the reported periods only: those of the year from ${year.firstDay} before ${total.period.label} are not in this report.`,
            );
        }
        const before = used.get(year.start) ?? 0;
        const earned = price === undefined ? total.credit : total.amount!;
        const left = Math.max(0, round(limit - before));
        const paid = Math.min(earned, left);
        used.set(year.start, round(before + paid));
        if (paid === earned) continue;
        const show = (value: number) => (price === undefined ? formatPercent(value) : formatMoney(value, terms.currency));
        total.notes.push(
            `the cap per year (${cap.written}: ${limitText} for the year from ${year.firstDay}) leaves ${show(left)} of the ${show(earned)} earned`,
        );
        if (price === undefined) total.credit = paid;
        else {
            total.credit = earned === 0 ? 0 : Number(((total.credit * paid) / earned).toFixed(4));
            total.amount = paid;
        }
        total.capped = true;
    }
    return assumptions;
}

/** Sums of short decimals (money, shares): the binary noise rounded away. */
function round(value: number): number {
    return Number(value.toFixed(6));
}
