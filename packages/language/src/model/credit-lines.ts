/**
 * The wording of one credit, shared by every measurement `sla credits` takes (availability,
 * downtime, latency, error rate) and by the editor's credit calculator: the bracket with its
 * credit as written (a share of the monthly or annual fee, or a fixed amount), the credit after
 * the cap, and the amount.
 */
import { formatPercent } from '../domain/interval.js';
import { formatMoney } from '../domain/money.js';
import type { CreditBracket } from '../domain/credit.js';

/** The figures of one credit, whatever was measured. */
export interface CreditFigures {
    /** The bracket's credit as a share of the monthly fee, before the cap (0 for an amount without a price). */
    bracketCredit: number;
    /** After the cap, a share of the monthly fee. */
    credit: number;
    capped: boolean;
    cap: number | undefined;
    price: number | undefined;
    amount: number | undefined;
    currency: string;
}

/** What the credit lines need of a result. */
interface CreditOutcome extends CreditFigures {
    bracket: Pick<CreditBracket, 'credit' | 'amount' | 'fee'>;
    /** "Less than 99.9% but equal to or greater than 99.0%". */
    bracketWords: string;
}

/**
 * A share of the monthly fee as shown and as put in JSON: a fixed amount or a share of a price
 * written per year is a quotient (2,500 of 33,333.33…), kept to six decimals so that it does not
 * print as 7.499999999999999%.
 */
export function shownShare(share: number): number {
    return Number(share.toFixed(6));
}

/** The bracket's credit as the document writes it: `10%`, `3% of the annual fee`, `USD 2,500.00`. */
function bracketCreditText(bracket: CreditOutcome['bracket'], currency: string): string {
    if (bracket.credit === undefined) return formatMoney(bracket.amount ?? 0, currency);
    return bracket.fee === 'annual' ? `${formatPercent(bracket.credit)} of the annual fee` : formatPercent(bracket.credit);
}

/** `Bracket: …`, `Credit: …`, `Amount: …`. */
export function creditLines(outcome: CreditOutcome): string[] {
    const { bracket, capped, cap, price, amount, currency } = outcome;
    const written = bracketCreditText(bracket, currency);
    const credit = formatPercent(shownShare(outcome.credit));
    const fixed = bracket.credit === undefined;
    let creditLine: string;
    if (capped) creditLine = `Credit: ${credit} of the monthly fee (the bracket's ${written}, capped at ${formatPercent(cap!)})`;
    else if (fixed) creditLine = `Credit: ${written}, a fixed amount`;
    else if (bracket.fee === 'annual') creditLine = `Credit: ${credit} of the monthly fee (${written})`;
    else creditLine = `Credit: ${credit} of the monthly fee`;
    let amountLine: string;
    if (fixed && !capped) amountLine = `Amount: ${formatMoney(bracket.amount ?? 0, currency)}`;
    else if (price === undefined || amount === undefined) amountLine = 'Amount: the tier has no price';
    else amountLine = `Amount: ${formatMoney(amount, currency)} (${credit} of ${formatMoney(price, currency)})`;
    return [`Bracket: ${outcome.bracketWords} → ${written}`, creditLine, amountLine];
}

/** The bracket in JSON: its credit as written (`credit` a share, or `amount` with `credit: null`), its fee when annual. */
export function bracketJson(bracket: CreditOutcome['bracket'], description: string): Record<string, unknown> {
    return {
        credit: bracket.credit ?? null,
        ...(bracket.amount !== undefined ? { amount: bracket.amount } : {}),
        ...(bracket.fee === 'annual' ? { fee: 'annual' } : {}),
        description,
    };
}
