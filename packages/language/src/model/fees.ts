/**
 * The fees a tier's credits and caps are shares of. A price is written per month or per year;
 * the other fee is derived (a year is twelve months), exactly as decimals, never rounded.
 */
import { divideRational, multiplyRational, rational, rationalFromNumber, rationalToNumber } from '../domain/exact.js';
import type { PeriodKind } from '../domain/period.js';
import type { Price } from '../generated/ast.js';

const MONTHS_PER_PERIOD: Readonly<Record<PeriodKind, bigint>> = { monthly: 1n, quarterly: 3n, yearly: 12n };

export interface Fees {
    monthly: number;
    annual: number;
    /** The fee of one measurement period. */
    period: number;
}

/** The monthly, annual and per-period fee of a price; undefined while the price is half-written. */
export function feesOf(price: Price | undefined, period: PeriodKind): Fees | undefined {
    if (!price || price.amount === undefined || !Number.isFinite(price.amount)) return undefined;
    const amount = rationalFromNumber(price.amount);
    const monthly = price.per === 'year' ? divideRational(amount, rational(12n)) : amount;
    return {
        monthly: rationalToNumber(monthly),
        annual: rationalToNumber(multiplyRational(monthly, rational(12n))),
        period: rationalToNumber(multiplyRational(monthly, rational(MONTHS_PER_PERIOD[period]))),
    };
}

/** A share of a fee or a fixed amount, as money; undefined without the fee it needs. */
export function asMoney(
    term: { value?: number; credit?: number; fee?: string; amount?: number },
    fees: Fees | undefined,
): number | undefined {
    if (term.amount !== undefined) return Number.isFinite(term.amount) ? term.amount : undefined;
    const percent = term.value ?? term.credit;
    if (percent === undefined || !Number.isFinite(percent) || !fees) return undefined;
    const fee = term.fee === 'annual' ? fees.annual : fees.monthly;
    return rationalToNumber(divideRational(multiplyRational(rationalFromNumber(percent), rationalFromNumber(fee)), rational(100n)));
}
