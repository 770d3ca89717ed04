import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, Bracket, Cap, MinimumCredit, SlaAstType, Tier } from '../generated/ast.js';
import { currencyMinorUnits, formatMoney } from '../domain/money.js';
import { decimalString } from '../domain/exact.js';
import { periodNoun } from '../domain/period.js';
import { effectiveTier, tierViews } from '../model/effective-tiers.js';
import { asMoney, feesOf } from '../model/fees.js';
import { agreementOf } from '../model/schedules.js';
import { agreementPeriod, annualCaps, periodCaps } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { replaceProperty, type FixData, type QuickFix } from './quick-fix-data.js';
import { relatedTo } from './related-information.js';

/**
 * Remedies written as money: amounts in the agreement's currency, a fixed credit no larger than
 * the fee it compensates, and an annual cap no lower than what one period may already pay.
 */
export function remedyChecks(): ValidationChecks<SlaAstType> {
    return {
        Bracket: (node: Bracket, accept) => checkCurrency(node, accept),
        Cap: (node: Cap, accept) => checkCurrency(node, accept),
        MinimumCredit: (node: MinimumCredit, accept) => checkCurrency(node, accept),
        Tier: checkAmountsAgainstFees,
    };
}

function checkCurrency(node: Bracket | Cap | MinimumCredit, accept: ValidationAcceptor): void {
    if (node.amount === undefined || node.currency === undefined) return;
    const agreed = agreementOf(node).currencies[0]?.code;
    if (agreed === undefined) {
        accept('error', `An amount in ${node.currency} needs the agreement's currency: add \`currency ${node.currency}\`.`, {
            node,
            property: 'currency',
            code: IssueCodes.MissingBlock,
            data: { block: 'currency' },
        });
    } else if (node.currency !== agreed) {
        accept('error', `Amounts are in the agreement's currency, ${agreed}, not ${node.currency}.`, {
            node,
            property: 'currency',
            code: IssueCodes.InvalidValue,
        });
    }
}

function money(agreement: Agreement, amount: number): string {
    return formatMoney(amount, agreement.currencies[0]?.code ?? '');
}

/** Per tier and per service, with the tier's effective price; each schedule judged once per tier. */
function checkAmountsAgainstFees(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    const agreement = agreementOf(tier);
    const period = agreementPeriod(agreement);
    const price = effective.clauses.price;
    const fees = feesOf(price?.value, period);
    if (!price || !fees) return;
    const judged = new Set<unknown>();
    for (const view of tierViews(effective)) {
        const credits = view.clauses.credits;
        if (!credits || judged.has(credits.value)) continue;
        judged.add(credits.value);
        if (credits.from !== tier.name && price.from !== tier.name) continue;
        const where = credits.from === tier.name ? undefined : ` (credit schedule inherited from ${credits.from})`;
        for (const bracket of credits.value.brackets) {
            if (bracket.amount === undefined || !Number.isFinite(bracket.amount) || bracket.amount <= fees.period) continue;
            accept(
                'warning',
                `A credit of ${money(agreement, bracket.amount)}${where ?? ''} is more than tier ${tier.name}'s fee for a ${periodNoun(period)} (${money(agreement, fees.period)}): the credit would pay back more than the service cost.`,
                {
                    node: where ? price.value : bracket,
                    property: 'amount',
                    code: IssueCodes.CreditOverFee,
                    relatedInformation: relatedTo(where ? bracket : price.value, where ? 'The fixed credit' : 'The price'),
                    data: { fixes: where ? [] : lowerToFeeFixes(agreement, bracket, fees.period, periodNoun(period)) } satisfies FixData,
                },
            );
        }
        const periodCap = periodCaps(credits.value)[0];
        const annualCap = annualCaps(credits.value)[0];
        if (!periodCap || !annualCap || credits.from !== tier.name) continue;
        const perPeriod = asMoney(periodCap, fees);
        const perYear = asMoney(annualCap, fees);
        if (perPeriod === undefined || perYear === undefined || perYear >= perPeriod) continue;
        accept(
            'warning',
            `The annual cap (${money(agreement, perYear)} at tier ${tier.name}'s price) is below the cap of a single ${periodNoun(period)} (${money(agreement, perPeriod)}): the ${periodNoun(period)} cap can never be reached.`,
            {
                node: annualCap,
                code: IssueCodes.AnnualCapBelowPeriodCap,
                relatedInformation: relatedTo(periodCap, `The cap per ${periodNoun(period)}`),
            },
        );
    }
}

/**
 * Lower the fixed credit to the fee of one period, rounded down to the currency's minor unit (a
 * twelfth of a yearly price may have more decimals); the title says the new amount.
 */
function lowerToFeeFixes(agreement: Agreement, bracket: Bracket, fee: number, period: string): QuickFix[] {
    const currency = agreement.currencies[0]?.code ?? '';
    const scale = 10 ** currencyMinorUnits(currency);
    const amount = decimalString(Math.floor(fee * scale + 1e-9) / scale);
    const edit = replaceProperty(bracket, 'amount', amount);
    return edit
        ? [{ title: `Lower the credit to the fee for a ${period}: ${amount} ${currency}`.trimEnd(), edits: [edit], preferred: true }]
        : [];
}
