/**
 * A tier's credit schedule: whether there is one, its brackets matched by the range they cover
 * (per metric), and its cap. Brackets and cap are compared only where both versions have a
 * schedule; a schedule added or removed is one change, with the credit it pays at every level.
 */
import { describeIntervalInWords } from '../../domain/bracket-wording.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, formatPercent } from '../../domain/interval.js';
import type { BracketJson, CreditsJson } from '../../generator/json-types.js';
import { formatLatency } from '../../generator/markdown/wording.js';
import { byFigure } from '../favour-rules.js';
import { creditCurves, creditDirection, creditLevelImpact, largestCreditImpact, metricKey } from '../impact.js';
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

function bracketRange(b: BracketJson): { min: number; max: number } {
    return { min: b.min ?? -Infinity, max: b.max ?? Infinity };
}

/** `availability less than 99.5% but equal to or greater than 99.0%`, as the contract words the bracket. */
function bracketWords(b: BracketJson, percent: (v: number) => string): string {
    const latency = b.metric === 'latency';
    const interval = {
        min: b.min ?? -Infinity,
        minInclusive: b.minInclusive,
        max: b.max ?? Infinity,
        maxInclusive: b.maxInclusive,
    };
    return `${metricKey(b)} ${describeIntervalInWords(interval, latency ? formatLatency : percent, latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN)}`;
}

type SourcedBracket = BracketJson & { from: string };

const bracket: TermRow<TierScope, SourcedBracket> = {
    term: 'bracket',
    rule: 'a higher credit favours the customer; a bracket added or removed favours whoever the credit at its levels now favours',
    applies: both,
    items: ({ tier, side }) =>
        (tier.credits?.brackets ?? []).map((b) => [bracketWords(b, side.percent), { ...b, from: tier.credits!.from }]),
    clause: (key) => `credit when ${key}`,
    value: (b) => b.credit,
    text: (b) => formatPercent(b.credit),
    from: (b) => b.from,
    favours: (old, now, before, after) => {
        if (old && now) return byFigure(old.credit, now.credit, 'customer') ?? 'unclear';
        const b = (old ?? now)!;
        return creditDirection(metricKey(b), before, after, bracketRange(b)) ?? 'unclear';
    },
    impact: (old, now, before, after) => {
        const b = (now ?? old)!;
        return [...creditLevelImpact(metricKey(b), before, after, bracketRange(b)), ...largestCreditImpact(before, after)];
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

export const creditRows: ReadonlyArray<AnyRow<TierScope>> = [schedule, bracket, cap];
