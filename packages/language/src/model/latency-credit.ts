/**
 * The service credit of one tier for a measured latency percentile (`sla credits --latency
 * p95=450ms`): which latency bracket of that percentile the measurement falls in, after the cap,
 * and the amount at the tier's price. The availability credit is model/tier-credit.ts; the two
 * schedules are separate lines of one `credits` block and are judged separately.
 */
import type { Agreement } from '../generated/ast.js';
import { creditAmount } from '../domain/credit.js';
import { capitalize, describeIntervalInWords } from '../domain/bracket-wording.js';
import { contains, LATENCY_DOMAIN, type Interval } from '../domain/interval.js';
import { formatMoney } from '../domain/money.js';
import { effectiveTiers } from './effective-tiers.js';
import { creditJsonFields, creditLines, type CreditOutcome } from './tier-credit.js';
import { durationFormatter } from './schedules.js';
import { bracketInterval, creditCap, durationSeconds } from './values.js';
import { InputError } from '../domain/input-error.js';

export interface LatencyCreditQuery {
    tier: string;
    /** `p95`, as the document writes percentiles. */
    percentile: string;
    /** The measured latency at that percentile, in seconds. */
    seconds: number;
}

export interface LatencyCredit extends CreditOutcome {
    tier: string;
    percentile: string;
    /** The tier's latency target at that percentile, in seconds, if it has one. */
    target: number | undefined;
    measuredSeconds: number;
    outcome: 'met' | 'no-bracket' | 'bracket';
    /** The bracket's credit: a share of the monthly fee, or a fixed amount (`credit 100 USD`). */
    bracket: { credit: number | undefined; amount: number | undefined; interval: Interval; words: string } | undefined;
    format: (seconds: number) => string;
}

export function latencyCredit(agreement: Agreement, query: LatencyCreditQuery, source = 'the agreement'): LatencyCredit {
    const tiers = effectiveTiers(agreement);
    const tier = tiers.get(query.tier);
    if (!tier) throw new InputError(`${source} has no tier "${query.tier}"; its tiers are ${[...tiers.keys()].join(', ')}`);
    const schedule = tier.clauses.credits?.value;
    if (!schedule) throw new InputError(`tier ${query.tier} has no credit schedule`);
    const brackets = schedule.brackets.filter(
        (bracket) => bracket.metric?.kind === 'latency' && (bracket.metric as { percentile?: string }).percentile === query.percentile,
    );
    if (brackets.length === 0) {
        throw new InputError(`tier ${query.tier} has no credit for latency ${query.percentile}`);
    }
    const target = durationSeconds(tier.clauses[`latency ${query.percentile}`]?.value.target);
    const format = durationFormatter(agreement);
    const met = target !== undefined && query.seconds <= target;
    const hit = met ? undefined : brackets.find((bracket) => contains(bracketInterval(bracket), query.seconds));
    const cap = creditCap(schedule);
    const bracketCredit = hit?.credit ?? 0; // a fixed-amount bracket pays its amount, not a share
    const capped = cap !== undefined && bracketCredit > cap;
    const credit = capped ? cap : bracketCredit;
    const price = tier.clauses.price?.value.amount;
    const currency = agreement.currencies[0]?.code ?? '';
    const interval = hit && bracketInterval(hit);
    return {
        tier: query.tier,
        percentile: query.percentile,
        target,
        measuredSeconds: query.seconds,
        outcome: met ? 'met' : hit ? 'bracket' : 'no-bracket',
        bracket: hit &&
            interval && {
                credit: hit.credit,
                amount: hit.amount,
                interval,
                words: capitalize(describeIntervalInWords(interval, format, LATENCY_DOMAIN)),
            },
        credit,
        capped,
        cap,
        price,
        amount: hit?.amount ?? (price === undefined ? undefined : creditAmount(price, credit, currency)),
        currency,
        format,
    };
}

/** The text lines of `sla credits --latency`. */
export function latencyCreditLines(result: LatencyCredit): string[] {
    const { format, percentile } = result;
    const target = result.target === undefined ? 'no target' : `target ${format(result.target)}`;
    const lines = [
        `Tier ${result.tier}: latency ${percentile} ${target}`,
        `Measured latency ${percentile}: ${format(result.measuredSeconds)}`,
    ];
    if (result.outcome === 'met') return [...lines, 'The commitment is met: no service credit is due.'];
    if (result.outcome === 'no-bracket')
        return [...lines, `No latency ${percentile} bracket covers this latency: no service credit is due.`];
    const bracket = result.bracket!;
    if (bracket.credit === undefined) {
        const amount = formatMoney(bracket.amount ?? 0, result.currency);
        return [...lines, `Bracket: ${bracket.words} → ${amount}`, `Amount: ${amount}`];
    }
    return [...lines, ...creditLines(bracket.words, bracket.credit, result)];
}

/** The `--format json` object of `sla credits --latency`. */
export function latencyCreditJson(result: LatencyCredit): Record<string, unknown> {
    return {
        tier: result.tier,
        metric: 'latency',
        percentile: result.percentile,
        targetSeconds: result.target ?? null,
        measuredSeconds: result.measuredSeconds,
        outcome: result.outcome,
        bracket: result.bracket
            ? { credit: result.bracket.credit, description: result.bracket.words, ...jsonInterval(result.bracket.interval) }
            : null,
        ...creditJsonFields(result),
    };
}

/** JSON has no Infinity: an open upper end is `null`. */
function jsonInterval(interval: Interval): Record<string, unknown> {
    return { ...interval, max: Number.isFinite(interval.max) ? interval.max : null };
}

/** `p95=450ms`, `p99.9=1.2s` → the percentile and seconds; throws InputError otherwise. */
export function parseLatencyInput(
    text: string,
    parseDuration: (text: string, what: string) => number,
): { percentile: string; seconds: number } {
    const match = /^\s*(p\d+(?:\.\d+)?)\s*=\s*(.+)$/.exec(text);
    if (!match) throw new InputError(`--latency must be a percentile and a duration, such as p95=450ms (got "${text}")`);
    return { percentile: match[1], seconds: parseDuration(match[2], '--latency') };
}
