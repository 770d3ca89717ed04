/**
 * Service credit calculation (§7.2): which bracket a measured availability falls in, the credit
 * after the cap, and the amount at the tier's monthly price. Boundaries and money are exact: a
 * measurement of exactly 99.9% is not "below 99.9%", and 12.50 × 1% is 0.13, not 0.12.
 */
import { asPercentOf, compareRational, multiplyRational, percentOf, rational, rationalFromNumber, rationalToNumber } from './exact.js';
import { containsRational, type Interval } from './interval.js';
import type { Measured } from './downtime.js';
import { roundMoney } from './money.js';

export type BracketMetric = 'availability' | 'latency' | 'error-rate' | 'response';

/** Which fee a share is of. */
export type FeeKind = 'monthly' | 'annual';

export interface CreditBracket {
    /** Percent of the fee named by `fee`; undefined for a fixed amount. */
    credit?: number;
    /** A fixed amount in the agreement's currency, instead of a share of a fee. */
    amount?: number;
    /** Monthly when absent. */
    fee?: FeeKind;
    interval: Interval;
    metric: BracketMetric;
}

/**
 * A bracket's credit as a share of the monthly fee, which caps and results are stated in: a share
 * of the annual fee is twelve monthly fees' worth, a fixed amount its share of the monthly price.
 * Undefined for a fixed amount without a price to compare it with.
 */
export function monthlyShare(
    bracket: Pick<CreditBracket, 'credit' | 'amount' | 'fee'>,
    monthlyPrice: number | undefined,
): number | undefined {
    if (bracket.credit !== undefined) {
        if (bracket.fee !== 'annual') return bracket.credit;
        return rationalToNumber(multiplyRational(rationalFromNumber(bracket.credit), rational(12n)));
    }
    if (bracket.amount === undefined || monthlyPrice === undefined || monthlyPrice === 0) return undefined;
    return rationalToNumber(asPercentOf(rationalFromNumber(bracket.amount), rationalFromNumber(monthlyPrice)));
}

export interface CreditInput {
    brackets: CreditBracket[];
    cap?: number;
    /** The tier's availability commitment, in percent. */
    commitment: number;
    monthlyPrice?: number;
    /** ISO 4217 code of the price; the amount is rounded to its minor unit. */
    currency?: string | null;
    measured: Measured;
}

export type CreditReason = 'met' | 'gap' | 'bracket';

export interface CreditResult {
    measured: Measured;
    /** Index into `brackets` of the applicable bracket. */
    bracketIndex: number | undefined;
    /** The bracket's credit before the cap; 0 when none applies. */
    bracketCredit: number;
    /** min(bracketCredit, cap), in percent. */
    credit: number;
    capped: boolean;
    /** Monthly price × credit (or the bracket's fixed amount), rounded to the currency's minor unit; undefined without a price. */
    amount: number | undefined;
    reason: CreditReason;
}

function meetsCommitment(measured: Measured, commitment: number): boolean {
    return compareRational(measured.exact, rationalFromNumber(commitment)) >= 0;
}

/**
 * The index of the availability bracket containing the measurement, or undefined when the
 * commitment is met or the value falls in a gap. Latency brackets are skipped: they are judged on
 * a different measurement. Should brackets overlap (an error in the document), the first wins.
 */
export function applicableBracket(brackets: CreditBracket[], commitment: number, measured: Measured): number | undefined {
    if (meetsCommitment(measured, commitment)) return undefined;
    const index = brackets.findIndex((b) => b.metric === 'availability' && containsRational(b.interval, measured.exact));
    return index < 0 ? undefined : index;
}

/** price × credit%, rounded to the currency's minor unit (the cent for most), half away from zero. */
export function creditAmount(monthlyPrice: number, creditPercent: number, currency?: string | null): number {
    return roundMoney(percentOf(rationalFromNumber(creditPercent), rationalFromNumber(monthlyPrice)), currency);
}

interface BracketCredit {
    /** The bracket's credit before the cap, a share of the monthly fee; 0 for an amount without a price. */
    bracketCredit: number;
    credit: number;
    capped: boolean;
    /** The bracket's fixed amount, or the monthly price × credit; undefined without a price. */
    amount: number | undefined;
}

/**
 * What one applicable bracket pays, whatever the metric: its share of the monthly fee after the
 * cap, and the amount (a fixed amount unless the cap cuts it down to the capped share of the price).
 */
export function creditOfBracket(
    bracket: Pick<CreditBracket, 'credit' | 'amount' | 'fee'>,
    cap: number | undefined,
    monthlyPrice: number | undefined,
    currency?: string | null,
): BracketCredit {
    const bracketCredit = monthlyShare(bracket, monthlyPrice) ?? 0;
    const capped = cap !== undefined && bracketCredit > cap;
    const credit = capped ? cap : bracketCredit;
    const amount =
        bracket.amount !== undefined && !capped
            ? bracket.amount
            : monthlyPrice === undefined
              ? undefined
              : creditAmount(monthlyPrice, credit, currency);
    return { bracketCredit, credit, capped, amount };
}

export function calculateCredit(input: CreditInput): CreditResult {
    const { brackets, cap, commitment, monthlyPrice, currency, measured } = input;
    const bracketIndex = applicableBracket(brackets, commitment, measured);
    const reason: CreditReason = meetsCommitment(measured, commitment) ? 'met' : bracketIndex === undefined ? 'gap' : 'bracket';
    const bracket = bracketIndex === undefined ? undefined : brackets[bracketIndex];
    if (!bracket) {
        return {
            measured,
            bracketIndex,
            bracketCredit: 0,
            credit: 0,
            capped: false,
            amount: monthlyPrice === undefined ? undefined : creditAmount(monthlyPrice, 0, currency),
            reason,
        };
    }
    return { measured, bracketIndex, reason, ...creditOfBracket(bracket, cap, monthlyPrice, currency) };
}

/**
 * The fee of a first period that starts after the calendar period does (`partial first period
 * prorated`): the monthly fee × days in force ÷ days of the period, rounded to the minor unit,
 * as an invoice would bill it. Credits of that period are shares of this fee.
 */
export function proratedFee(monthlyPrice: number, days: number, ofDays: number, currency?: string | null): number {
    const exact = multiplyRational(rationalFromNumber(monthlyPrice), rational(BigInt(days), BigInt(ofDays)));
    return roundMoney(exact, currency);
}
