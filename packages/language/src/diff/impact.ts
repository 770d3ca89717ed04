/**
 * Figures that say what a change costs: the downtime a commitment allows per period, the credit a
 * tier's schedule pays at each measured level and at most, in money where the tier has a price.
 */
import { allowedDowntime } from '../domain/downtime.js';
import { formatDuration } from '../domain/duration.js';
import { creditAmount } from '../domain/credit.js';
import { formatMoney } from '../domain/money.js';
import { curveDifferences, largestCredit, type CurveInput } from '../domain/credit-curve.js';
import { describeIntervalInWords } from '../domain/bracket-wording.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, formatPercent } from '../domain/interval.js';
import { periodDays, periodNoun } from '../domain/period.js';
import type { BracketJson, TierJson } from '../generator/json-types.js';
import { formatLatency } from './figures.js';
import { decimalString } from '../domain/exact.js';
import type { Side, TierScope } from './side.js';
import { memoized } from '../model/memoized.js';

/** `43m 12s → 21m 36s of downtime allowed per 30-day month (21m 36s less)`. */
export function downtimeImpact(before: Side, old: number | undefined, after: Side, now: number | undefined): string[] {
    const valid = (p: number | undefined): p is number => p !== undefined && p >= 0 && p <= 100;
    const period = after.sla.measurement.period;
    const seconds = periodDays(period) * 86400;
    const oldSeconds = valid(old) ? allowedDowntime(old, periodDays(before.sla.measurement.period) * 86400) : undefined;
    const newSeconds = valid(now) ? allowedDowntime(now, seconds) : undefined;
    const unit = `${periodDays(period)}-day ${periodNoun(period)}`;
    if (oldSeconds === undefined && newSeconds === undefined) return [];
    const show = (s: number | undefined) => (s === undefined ? 'no commitment' : formatDuration(s));
    const delta =
        oldSeconds !== undefined && newSeconds !== undefined && oldSeconds !== newSeconds
            ? ` (${formatDuration(Math.abs(newSeconds - oldSeconds))} ${newSeconds > oldSeconds ? 'more' : 'less'})`
            : '';
    return [`downtime allowed per ${unit}: ${show(oldSeconds)} → ${show(newSeconds)}${delta}`];
}

/** `USD 1,300.00`, in the document's currency (the bare amount when it names none). */
export function money(amount: number, side: Side): string {
    return formatMoney(amount, side.sla.currency);
}

/** `10% (130.00 USD)`: a credit and, where the tier has a price, what it comes to. */
export function creditWithMoney(percent: number, scope: TierScope): string {
    const price = monthlyFee(scope.tier);
    return price === undefined
        ? formatPercent(percent)
        : `${formatPercent(percent)} (${money(creditAmount(price, percent, scope.side.sla.currency), scope.side)})`;
}

/** The monthly fee, which credits are shares of: a price per year is twelve months' fees. */
export function monthlyFee(tier: TierJson): number | undefined {
    const price = tier.price;
    return price ? (price.per === 'year' ? price.amount / 12 : price.amount) : undefined;
}

/** The metric a bracket is on, as the schedule groups it: `availability`, `latency p95`, `error-rate`, `response critical`. */
export function metricKey(bracket: BracketJson): string {
    switch (bracket.metric) {
        case 'latency':
            return `latency p${decimalString(bracket.percentile)}`;
        case 'response':
            return `response ${bracket.severity}`;
        default:
            return bracket.metric;
    }
}

/** A bracket's credit as a share of the monthly fee (an annual-fee share is twelve times one); undefined for a fixed amount. */
export function monthlyShare(bracket: { credit: number | null; fee?: 'monthly' | 'annual' }): number | undefined {
    if (bracket.credit === null) return undefined;
    return bracket.fee === 'annual' ? bracket.credit * 12 : bracket.credit;
}

/**
 * The schedule of a tier as one credit function per metric. Every bracket change of a tier asks
 * for its curves; a tier with many changes builds them once.
 */
export const creditCurves: (tier: TierJson) => Map<string, CurveInput> = memoized((tier) => computeCurves(tier));

function computeCurves(tier: TierJson): Map<string, CurveInput> {
    const curves = new Map<string, CurveInput>();
    const cap = tier.credits?.cap ?? undefined;
    for (const bracket of tier.credits?.brackets ?? []) {
        // Missed-response credits have no levels, and fixed amounts are no share of a fee: both are compared bracket by bracket only.
        const share = monthlyShare(bracket);
        if (bracket.metric === 'response' || share === undefined) continue;
        const key = metricKey(bracket);
        let curve = curves.get(key);
        if (!curve) {
            const latency = bracket.metric === 'latency' ? tier.latency.find((l) => l.percentile === bracket.percentile) : undefined;
            curve = {
                brackets: [],
                commitment:
                    bracket.metric === 'availability'
                        ? tier.availability?.percent
                        : bracket.metric === 'error-rate'
                          ? tier.errorRate?.percent
                          : latency?.targetSeconds,
                worse: bracket.metric === 'availability' ? 'lower' : 'higher',
                cap,
                domain: bracket.metric === 'latency' ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN,
            };
            curves.set(key, curve as CurveInput);
        }
        (curve.brackets as Array<CurveInput['brackets'][number]>).push({
            credit: share,
            // JSON writes an unbounded side as null; bounds are otherwise already cut to the domain.
            interval: {
                min: bracket.min ?? -Infinity,
                minInclusive: bracket.min !== null && bracket.minInclusive,
                max: bracket.max ?? Infinity,
                maxInclusive: bracket.max !== null && bracket.maxInclusive,
            },
        });
    }
    return curves;
}

/**
 * The most credit one period can earn in a tier: the best-paying bracket of each metric, added up
 * (a period can miss the availability and a latency commitment at once), and no more than the cap.
 */
export function tierLargestCredit(tier: TierJson): number {
    const total = [...creditCurves(tier).values()].reduce((sum, curve) => sum + largestCredit(curve), 0);
    const cap = tier.credits?.cap;
    return cap !== null && cap !== undefined && total > cap ? cap : total;
}

/** `largest credit a period can earn: 25% (250.00 USD) → 30% (390.00 USD)`, or nothing when it stays. */
export function largestCreditImpact(before: TierScope | undefined, after: TierScope | undefined): string[] {
    const old = before ? tierLargestCredit(before.tier) : 0;
    const now = after ? tierLargestCredit(after.tier) : 0;
    const oldMoney = before ? creditWithMoney(old, before) : formatPercent(0);
    const newMoney = after ? creditWithMoney(now, after) : formatPercent(0);
    if (oldMoney === newMoney) return [];
    const noun = periodNoun((after ?? before)!.side.sla.measurement.period);
    return [`largest credit a ${noun} can earn: ${oldMoney} → ${newMoney}`];
}

/**
 * The credit at each measured level where the two schedules differ, on one metric:
 * `availability less than 99.5% but equal to or greater than 99.0%: 10% (130.00 USD) → 5% (65.00 USD)`.
 * `within` limits it to the range of one bracket.
 */
export function creditLevelImpact(
    metric: string,
    before: TierScope | undefined,
    after: TierScope | undefined,
    within?: { min: number; max: number },
): string[] {
    const empty = (domain: CurveInput['domain']): CurveInput => ({
        brackets: [],
        commitment: undefined,
        worse: 'lower',
        cap: undefined,
        domain,
    });
    const latency = metric.startsWith('latency');
    const domain = latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN;
    const old = (before && creditCurves(before.tier).get(metric)) ?? empty(domain);
    const now = (after && creditCurves(after.tier).get(metric)) ?? empty(domain);
    const format = latency ? formatLatency : (after ?? before)!.side.percent;
    return curveDifferences(old, now)
        .filter((d) => overlapsRange(d.interval, within))
        .map((d) => {
            const levels = describeIntervalInWords(d.interval, format, domain);
            const oldText = before ? creditWithMoney(d.old, before) : formatPercent(d.old);
            const newText = after ? creditWithMoney(d.new, after) : formatPercent(d.new);
            return `credit at ${metric} ${levels}: ${oldText} → ${newText}`;
        });
}

/** Whether the new schedule pays at least as much everywhere (customer), at most (provider), or both ways. */
export function creditDirection(
    metric: string,
    before: TierScope | undefined,
    after: TierScope | undefined,
    within?: { min: number; max: number },
): 'customer' | 'provider' | 'unclear' | undefined {
    const latency = metric.startsWith('latency');
    const domain = latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN;
    const empty: CurveInput = { brackets: [], commitment: undefined, worse: 'lower', cap: undefined, domain };
    const diffs = curveDifferences(
        (before && creditCurves(before.tier).get(metric)) ?? empty,
        (after && creditCurves(after.tier).get(metric)) ?? empty,
    ).filter((d) => overlapsRange(d.interval, within));
    if (diffs.length === 0) return undefined;
    if (diffs.every((d) => d.new > d.old)) return 'customer';
    if (diffs.every((d) => d.new < d.old)) return 'provider';
    return 'unclear';
}

function overlapsRange(i: { min: number; max: number }, within: { min: number; max: number } | undefined): boolean {
    return !within || (i.max > within.min && i.min < within.max) || (i.min === i.max && i.min >= within.min && i.min <= within.max);
}
