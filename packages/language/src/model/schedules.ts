import { AstUtils, type AstNode } from 'langium';
import {
    isDuration,
    type Agreement,
    type Availability,
    type Bracket,
    type Credits,
    type ErrorRate,
    type Latency,
} from '../generated/ast.js';
import { decimalString, multiplyRational, rational, rationalFromNumber, rationalToNumber } from '../domain/exact.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, type Interval } from '../domain/interval.js';
import type { Worse } from '../domain/schedule.js';
import type { EffectiveTier } from './effective-tiers.js';
import { bracketInterval, durationSeconds, percentFormatter, writtenTable } from './values.js';
import { memoized } from './memoized.js';

/** A bracket of a schedule as the arithmetic sees it, with its AST node. */
export interface ScheduleEntry {
    node: Bracket;
    /** The credit as written: a percentage, or a fixed amount. */
    credit: number;
    /** What `credit` counts: `monthly fee`, `annual fee` (percentages) or a currency code. Only equal units are compared. */
    creditUnit: string;
    interval: Interval;
}

/**
 * The brackets of one schedule on one metric: availability, or latency at one percentile (§2.6:
 * brackets are compared with each other, never across metrics or percentiles).
 */
export interface ScheduleGroup {
    /** `availability` or `latency p95`: also the key of the tier clause holding the commitment. */
    key: string;
    metric: 'availability' | 'latency' | 'error-rate';
    /** How the metric is named in messages: `availability`, `latency p95`. */
    label: string;
    worse: Worse;
    domain: Interval;
    entries: ScheduleEntry[];
}

/**
 * A bound usable on its bracket's metric: a percentage for availability, a duration for latency.
 * Brackets with a bound of the wrong kind are reported on their own and left out of the arithmetic.
 */
export function hasUsableBounds(bracket: Bracket): boolean {
    const latency = bracket.metric?.kind === 'latency';
    return bracket.bounds.every((bound) => (latency ? durationSeconds(bound.duration) !== undefined : bound.percent !== undefined));
}

/** The schedule's brackets grouped by metric, in the order each metric first appears. Cached per node. */
export const scheduleGroups: (credits: Credits) => ScheduleGroup[] = memoized((credits) => {
    const byKey = new Map<string, ScheduleGroup>();
    for (const node of credits.brackets) {
        // Half-written brackets are left to the syntax error.
        const credit = writtenCredit(node);
        if (!node.metric || node.metric.$type === 'MissedResponse' || !credit || !hasUsableBounds(node)) continue;
        if (node.metric.$type === 'LatencyMetric' && node.metric.percentile === undefined) continue; // `latency` without `p95`
        const key = node.metric.$type === 'LatencyMetric' ? `latency ${node.metric.percentile}` : node.metric.kind;
        let group = byKey.get(key);
        if (!group) {
            group =
                node.metric.kind === 'latency'
                    ? { key, metric: 'latency', label: key, worse: 'higher', domain: LATENCY_DOMAIN, entries: [] }
                    : node.metric.kind === 'error-rate'
                      ? { key, metric: 'error-rate', label: key, worse: 'higher', domain: AVAILABILITY_DOMAIN, entries: [] }
                      : { key, metric: 'availability', label: key, worse: 'lower', domain: AVAILABILITY_DOMAIN, entries: [] };
            byKey.set(key, group);
        }
        group.entries.push({ node, ...credit, interval: bracketInterval(node) });
    }
    return [...byKey.values()];
});

/** The credit of a bracket as written, with its unit; undefined while half-written. */
export function writtenCredit(node: Bracket): { credit: number; creditUnit: string } | undefined {
    if (node.amount !== undefined)
        return Number.isFinite(node.amount) ? { credit: node.amount, creditUnit: node.currency ?? '' } : undefined;
    if (node.credit === undefined || !Number.isFinite(node.credit)) return undefined;
    return { credit: node.credit, creditUnit: `${node.fee ?? 'monthly'} fee` };
}

/** The commitment a group of brackets is judged against in a tier, with the clause and its tier. */
export interface Commitment {
    value: number;
    node: Availability | Latency | ErrorRate;
    from: string;
}

export function commitmentFor(tier: EffectiveTier, group: ScheduleGroup): Commitment | undefined {
    if (group.metric === 'availability' || group.metric === 'error-rate') {
        const sourced = group.metric === 'availability' ? tier.clauses.availability : tier.clauses.errorRate;
        return sourced && sourced.value.value !== undefined && Number.isFinite(sourced.value.value)
            ? { value: sourced.value.value, node: sourced.value, from: sourced.from }
            : undefined;
    }
    const sourced = tier.clauses[group.key as `latency ${string}`];
    const seconds = durationSeconds(sourced?.value.target);
    return sourced && seconds !== undefined ? { value: seconds, node: sourced.value, from: sourced.from } : undefined;
}

/** Formats seconds the way the document wrote that duration (`500 ms`), else in ms or s. */
export function durationFormatter(agreement: Agreement): (seconds: number) => string {
    // Built on first use, like `percentFormatter`: most checks that make one never print a message.
    return (seconds) => writtenDurationTable(agreement).get(seconds) ?? fallbackDuration(seconds);
}

const writtenDurationTable = memoized((agreement: Agreement) =>
    writtenTable(agreement, (cst) => {
        const node = cst.astNode;
        const seconds = isDuration(node) && node.$cstNode === cst ? durationSeconds(node) : undefined;
        return seconds === undefined ? undefined : [seconds, cst.text];
    }),
);

/** Milliseconds under a second, seconds above, computed exactly: 1.5 × 0.2 s is `300 ms`. */
function fallbackDuration(seconds: number): string {
    if (!Number.isFinite(seconds)) return '∞'; // the open end of a latency domain, never shown as a bound
    if (seconds >= 1) return `${decimalString(seconds)} s`;
    return `${decimalString(rationalToNumber(multiplyRational(rationalFromNumber(seconds), rational(1000n))))} ms`;
}

/** The value formatter for a group's metric: percentages or durations, as the document writes them. */
export function metricFormatter(agreement: Agreement, group: Pick<ScheduleGroup, 'metric'>): (value: number) => string {
    return group.metric === 'latency' ? durationFormatter(agreement) : percentFormatter(agreement);
}

export function agreementOf(node: AstNode): Agreement {
    return AstUtils.findRootNode(node) as Agreement;
}
