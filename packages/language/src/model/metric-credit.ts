/**
 * The service credit of one tier (or one service in it) for a measured latency percentile
 * (`sla credits --latency p95=450ms`) or a measured error rate (`sla credits --error-rate 0.4%`):
 * met at or below the tier's target for that metric, otherwise the bracket of that metric that
 * contains the measurement, after the cap, and the amount at the tier's price. The availability
 * credit is model/tier-credit.ts; each metric's brackets are separate lines of one `credits`
 * block and are judged separately.
 */
import type { Agreement } from '../generated/ast.js';
import { creditOfBracket, type CreditBracket } from '../domain/credit.js';
import { capitalize, describeIntervalInWords } from '../domain/bracket-wording.js';
import { compareRational, rationalFromNumber } from '../domain/exact.js';
import { AVAILABILITY_DOMAIN, containsRational, formatPercent, LATENCY_DOMAIN, type Interval } from '../domain/interval.js';
import { InputError } from '../domain/input-error.js';
import { agreementPeriod, creditBrackets, creditCap, durationSeconds, percentFormatter } from './values.js';
import { durationFormatter } from './schedules.js';
import { feesOf } from './fees.js';
import type { PeriodKind } from '../domain/period.js';
import { creditSubject, creditTier, otherMetricsHint } from './credit-tier.js';
import { bracketJson, creditLines, shownShare, type CreditFigures } from './credit-lines.js';

export type MetricCreditQuery = {
    tier: string;
    /** A service the agreement declares: its commitment and schedule in the tier. */
    service?: string;
} & (
    | {
          metric: 'latency';
          /** `p95`, as the document writes percentiles. */
          percentile: string;
          /** The measured latency at that percentile, in seconds. */
          value: number;
      }
    | {
          metric: 'error-rate';
          /** The share of requests that failed over the measurement period, in percent. */
          value: number;
      }
);

export interface MetricCredit extends CreditFigures {
    tier: string;
    service: string | undefined;
    metric: 'latency' | 'error-rate';
    period: PeriodKind;
    percentile: string | undefined;
    /** The tier's target for the metric (seconds, or percent of requests), if it has one. */
    target: number | undefined;
    measured: number;
    outcome: 'met' | 'no-bracket' | 'bracket';
    bracket: (CreditBracket & { words: string }) | undefined;
    format: (value: number) => string;
}

export function metricCredit(agreement: Agreement, query: MetricCreditQuery, source = 'the agreement'): MetricCredit {
    const tier = creditTier(agreement, query, source);
    const schedule = tier.clauses.credits?.value;
    if (!schedule) throw new InputError(`${creditSubject(query)} has no credit schedule`);
    const percentile = query.metric === 'latency' ? query.percentile : undefined;
    const ofMetric = (bracket: CreditBracket & { percentile?: string }) =>
        bracket.metric === query.metric && (query.metric !== 'latency' || bracket.percentile === percentile);
    const brackets = creditBrackets(schedule)
        .map(({ node, bracket }) => ({ ...bracket, percentile: (node.metric as { percentile?: string } | undefined)?.percentile }))
        .filter(ofMetric);
    const name = query.metric === 'latency' ? `latency ${percentile}` : 'error rate';
    if (brackets.length === 0) {
        throw new InputError(`${creditSubject(query)} has no credit for ${name}${otherMetricsHint(schedule, query.metric)}`);
    }
    const target =
        query.metric === 'latency'
            ? durationSeconds(tier.clauses[`latency ${percentile}`]?.value.target)
            : tier.clauses.errorRate?.value.value;
    const format = query.metric === 'latency' ? durationFormatter(agreement) : percentFormatter(agreement);
    const domain = query.metric === 'latency' ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN;
    // Exact comparison, as for availability: an error rate of exactly 1% is not "above 1%".
    const measured = rationalFromNumber(query.value);
    const met = target !== undefined && compareRational(measured, rationalFromNumber(target)) <= 0;
    const index = met ? -1 : brackets.findIndex((bracket) => containsRational(bracket.interval, measured));
    const hit = index < 0 ? undefined : brackets[index];
    const cap = creditCap(schedule);
    // Credits are shares of the monthly fee: one twelfth of a price written per year.
    const price = feesOf(tier.clauses.price?.value, agreementPeriod(agreement))?.monthly;
    const currency = agreement.currencies[0]?.code ?? '';
    const result = hit && creditOfBracket(hit, cap, price, currency);
    return {
        tier: query.tier,
        service: query.service,
        metric: query.metric,
        period: agreementPeriod(agreement),
        percentile,
        target,
        measured: query.value,
        outcome: met ? 'met' : hit ? 'bracket' : 'no-bracket',
        bracket: hit && { ...hit, words: capitalize(describeIntervalInWords(hit.interval, format, domain)) },
        bracketCredit: result?.bracketCredit ?? 0,
        credit: result?.credit ?? 0,
        capped: result?.capped ?? false,
        cap,
        price,
        amount: result ? result.amount : price === undefined ? undefined : 0,
        currency,
        format,
    };
}

/** The text lines of `sla credits --latency` and `--error-rate`. */
export function metricCreditLines(result: MetricCredit): string[] {
    const { format } = result;
    const name = result.metric === 'latency' ? `latency ${result.percentile}` : 'error rate';
    const subject = `Tier ${result.tier}${result.service !== undefined ? `, service ${result.service}` : ''}`;
    const target =
        result.metric === 'latency'
            ? `${name} ${result.target === undefined ? 'no target' : `target ${format(result.target)}`}`
            : result.target === undefined
              ? 'no error rate commitment'
              : `commitment at most ${format(result.target)} ${result.period} error rate`;
    const lines = [
        `${subject}: ${target}`,
        `Measured ${name}: ${result.metric === 'latency' ? format(result.measured) : formatPercent(result.measured)}`,
    ];
    if (result.outcome === 'met') return [...lines, 'The commitment is met: no service credit is due.'];
    if (result.outcome === 'no-bracket') {
        const what = result.metric === 'latency' ? 'latency' : 'error rate';
        return [...lines, `No ${name} bracket covers this ${what}: no service credit is due.`];
    }
    const bracket = result.bracket!;
    return [
        ...lines,
        ...creditLines({
            bracket,
            bracketWords: bracket.words,
            bracketCredit: result.bracketCredit,
            credit: result.credit,
            capped: result.capped,
            cap: result.cap,
            price: result.price,
            amount: result.amount,
            currency: result.currency,
        }),
    ];
}

/** The `--format json` object of `sla credits --latency` and `--error-rate`. */
export function metricCreditJson(result: MetricCredit): Record<string, unknown> {
    const measurement =
        result.metric === 'latency'
            ? { percentile: result.percentile, targetSeconds: result.target ?? null, measuredSeconds: result.measured }
            : { commitment: result.target ?? null, measuredErrorRate: result.measured };
    return {
        tier: result.tier,
        ...(result.service !== undefined ? { service: result.service } : {}),
        metric: result.metric,
        ...measurement,
        outcome: result.outcome,
        bracket: result.bracket ? { ...bracketJson(result.bracket, result.bracket.words), ...jsonInterval(result.bracket.interval) } : null,
        credit: shownShare(result.credit),
        capped: result.capped,
        cap: result.cap ?? null,
        monthlyPrice: result.price ?? null,
        amount: result.amount ?? null,
        currency: result.currency,
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
