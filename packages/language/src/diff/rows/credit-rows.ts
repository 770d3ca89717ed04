/**
 * A tier's credit schedule: whether there is one, its brackets matched by the range they cover
 * (per metric), and its cap. Brackets and cap are compared only where both versions have a
 * schedule; a schedule added or removed is one change, with the credit it pays at every level.
 */
import { describeIntervalInWords } from '../../domain/bracket-wording.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, formatPercent } from '../../domain/interval.js';
import type { BracketJson, CreditsJson, MoneyOrShareJson } from '../../generator/json-types.js';
import { formatMoney } from '../../domain/money.js';
import type { Favours } from '../change.js';
import { formatLatency } from '../figures.js';
import { byFigure } from '../favour-rules.js';
import { creditCurves, creditDirection, creditLevelImpact, largestCreditImpact, metricKey, monthlyShare } from '../impact.js';
import type { TierScope } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';

const both = (before: TierScope, after: TierScope) => before.tier.credits !== null && after.tier.credits !== null;

/** The credit at every level, for every metric either version pays on. */
function allLevels(before: TierScope | undefined, after: TierScope | undefined): string[] {
    const metrics = new Set([...(before ? creditCurves(before.tier).keys() : []), ...(after ? creditCurves(after.tier).keys() : [])]);
    return [...metrics].flatMap((metric) => creditLevelImpact(metric, before, after));
}

const schedule: TermRow<TierScope, CreditsJson> = {
    term: 'credits',
    rule: 'a credit schedule added favours the customer, one removed the provider',
    items: ({ tier }) => (tier.credits ? [['credits', tier.credits]] : []),
    clause: () => 'credit schedule',
    // Only its presence: what it says is compared bracket by bracket and by its cap.
    value: () => null,
    text: (c) =>
        `${c.brackets.length} bracket${c.brackets.length === 1 ? '' : 's'}${c.cap === null ? ', no cap' : `, cap ${formatPercent(c.cap)}`}`,
    from: (c) => c.from,
    favours: (old) => (old ? 'provider' : 'customer'),
    impact: (old, now, before, after) => [...allLevels(old && before, now && after), ...largestCreditImpact(old && before, now && after)],
};

function bracketRange(b: BracketJson): { min: number; max: number } | undefined {
    return b.metric === 'response' ? undefined : { min: b.min ?? -Infinity, max: b.max ?? Infinity };
}

/** `availability less than 99.5% but equal to or greater than 99.0%`, as the contract words the bracket; `response critical missed`. */
function bracketWords(b: BracketJson, percent: (v: number) => string): string {
    if (b.metric === 'response') return `${metricKey(b)} missed`;
    const latency = b.metric === 'latency';
    const interval = { min: b.min ?? -Infinity, minInclusive: b.minInclusive, max: b.max ?? Infinity, maxInclusive: b.maxInclusive };
    return `${metricKey(b)} ${describeIntervalInWords(interval, latency ? formatLatency : percent, latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN)}`;
}

/** `10%`, `5% of the annual fee`, `USD 100.00`. */
function creditText(b: BracketJson): string {
    if (b.amount) return formatMoney(b.amount.value, b.amount.currency);
    if (b.credit === null) return '';
    return b.fee === 'annual' ? `${formatPercent(b.credit)} of the annual fee` : formatPercent(b.credit);
}

/** Two credits in the same terms (shares of the fee, or amounts in one currency) compare; others cannot be weighed. */
function creditFavours(old: BracketJson, now: BracketJson): Favours {
    const [a, b] = [monthlyShare(old), monthlyShare(now)];
    if (a !== undefined && b !== undefined) return byFigure(a, b, 'customer') ?? 'unclear';
    if (old.amount && now.amount && old.amount.currency === now.amount.currency)
        return byFigure(old.amount.value, now.amount.value, 'customer') ?? 'unclear';
    return 'unclear';
}

type SourcedBracket = BracketJson & { from: string };

const bracket: TermRow<TierScope, SourcedBracket> = {
    term: 'bracket',
    rule: 'a higher credit favours the customer; a bracket added or removed favours whoever the credit at its levels now favours (a credit for a missed response: added favours the customer); credits in different terms (a share of the fee against a fixed amount): read it',
    applies: both,
    items: ({ tier, side }) =>
        (tier.credits?.brackets ?? []).map((b) => [bracketWords(b, side.percent), { ...b, from: tier.credits!.from }]),
    clause: (key) => `credit when ${key}`,
    value: (b) => [b.credit, b.fee ?? 'monthly', b.amount ?? null],
    text: (b) => creditText(b),
    from: (b) => b.from,
    favours: (old, now, before, after) => {
        if (old && now) return creditFavours(old, now);
        const b = (old ?? now)!;
        const range = bracketRange(b);
        if (!range || monthlyShare(b) === undefined) return old ? 'provider' : 'customer';
        return creditDirection(metricKey(b), before, after, range) ?? 'unclear';
    },
    impact: (old, now, before, after) => {
        const b = (now ?? old)!;
        const range = bracketRange(b);
        return [...(range ? creditLevelImpact(metricKey(b), before, after, range) : []), ...largestCreditImpact(before, after)];
    },
};

const cap: TermRow<TierScope, { cap: number; from: string }> = {
    term: 'cap',
    rule: 'a higher cap favours the customer; a cap added favours the provider, one removed the customer',
    applies: both,
    items: ({ tier }) => (tier.credits && tier.credits.cap !== null ? [['cap', { cap: tier.credits.cap, from: tier.credits.from }]] : []),
    clause: () => 'credit cap',
    value: (c) => c.cap,
    text: (c) => `${formatPercent(c.cap)} of the monthly fee`,
    from: (c) => c.from,
    favours: (old, now) =>
        old === undefined ? 'provider' : now === undefined ? 'customer' : (byFigure(old.cap, now.cap, 'customer') ?? 'unclear'),
    impact: (_old, _now, before, after) => [...allLevels(before, after), ...largestCreditImpact(before, after)],
};

/** A cap written as a share of the annual fee or an amount, per period or per year. */
function otherCap(
    term: string,
    clause: string,
    read: (c: CreditsJson) => MoneyOrShareJson | undefined,
): TermRow<TierScope, MoneyOrShareJson & { from: string }> {
    return {
        term,
        rule: 'a higher cap favours the customer; a cap added favours the provider, one removed the customer; caps in different terms: read it',
        applies: both,
        items: ({ tier }) => {
            const value = tier.credits ? read(tier.credits) : undefined;
            return value ? [[term, { ...value, from: tier.credits!.from }]] : [];
        },
        clause: () => clause,
        value: (c) => [c.percent, c.fee, c.amount, c.currency],
        text: (c) => moneyOrShare(c),
        from: (c) => c.from,
        favours: (old, now) => {
            if (!old) return 'provider';
            if (!now) return 'customer';
            if (old.percent !== null && now.percent !== null && old.fee === now.fee)
                return byFigure(old.percent, now.percent, 'customer') ?? 'unclear';
            if (old.amount !== null && now.amount !== null && old.currency === now.currency)
                return byFigure(old.amount, now.amount, 'customer') ?? 'unclear';
            return 'unclear';
        },
    };
}

export function moneyOrShare(c: MoneyOrShareJson): string {
    if (c.amount !== null) return formatMoney(c.amount, c.currency);
    return `${formatPercent(c.percent ?? 0)} of the ${c.fee ?? 'monthly'} fee`;
}

export const creditRows: ReadonlyArray<AnyRow<TierScope>> = [
    schedule,
    bracket,
    cap,
    otherCap('period-cap', 'credit cap per period', (c) => c.periodCap),
    otherCap('annual-cap', 'credit cap per year', (c) => c.annualCap),
];
