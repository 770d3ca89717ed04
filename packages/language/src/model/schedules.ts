import { AstUtils, type AstNode } from 'langium';
import { isDuration, type Agreement, type Availability, type Bracket, type Credits, type Latency } from '../generated/ast.js';
import { decimalString, multiplyRational, rational, rationalFromNumber, rationalToNumber } from '../domain/exact.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, type Interval } from '../domain/interval.js';
import type { Worse } from '../domain/schedule.js';
import type { EffectiveTier } from './effective-tiers.js';
import { bracketInterval, durationSeconds, percentFormatter, writtenTable } from './values.js';

/** A bracket of a schedule as the arithmetic sees it, with its AST node. */
export interface ScheduleEntry {
    node: Bracket;
    credit: number;
    interval: Interval;
}

/**
 * The brackets of one schedule on one metric: availability, or latency at one percentile (§2.6:
 * brackets are compared with each other, never across metrics or percentiles).
 */
export interface ScheduleGroup {
    /** `availability` or `latency p95`: also the key of the tier clause holding the commitment. */
    key: string;
    metric: 'availability' | 'latency';
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

const groupsCache = new WeakMap<Credits, ScheduleGroup[]>();

/** The schedule's brackets grouped by metric, in the order each metric first appears. Cached per node. */
export function scheduleGroups(credits: Credits): ScheduleGroup[] {
    let groups = groupsCache.get(credits);
    if (!groups) {
        const byKey = new Map<string, ScheduleGroup>();
        for (const node of credits.brackets) {
            // Half-written brackets are left to the syntax error.
            if (!node.metric || !Number.isFinite(node.credit) || !hasUsableBounds(node)) continue;
            if (node.metric.$type === 'LatencyMetric' && node.metric.percentile === undefined) continue; // `latency` without `p95`
            const latency = node.metric.kind === 'latency';
            const key = node.metric.$type === 'LatencyMetric' ? `latency ${node.metric.percentile}` : 'availability';
            let group = byKey.get(key);
            if (!group) {
                group = latency
                    ? { key, metric: 'latency', label: key, worse: 'higher', domain: LATENCY_DOMAIN, entries: [] }
                    : { key, metric: 'availability', label: key, worse: 'lower', domain: AVAILABILITY_DOMAIN, entries: [] };
                byKey.set(key, group);
            }
            group.entries.push({ node, credit: node.credit, interval: bracketInterval(node) });
        }
        groups = [...byKey.values()];
        groupsCache.set(credits, groups);
    }
    return groups;
}

/** The commitment a group of brackets is judged against in a tier, with the clause and its tier. */
export interface Commitment {
    value: number;
    node: Availability | Latency;
    from: string;
}

export function commitmentFor(tier: EffectiveTier, group: ScheduleGroup): Commitment | undefined {
    if (group.metric === 'availability') {
        const sourced = tier.clauses.availability;
        return sourced && Number.isFinite(sourced.value.value)
            ? { value: sourced.value.value, node: sourced.value, from: sourced.from }
            : undefined;
    }
    const sourced = tier.clauses[group.key as `latency ${string}`];
    const seconds = durationSeconds(sourced?.value.target);
    return sourced && seconds !== undefined ? { value: seconds, node: sourced.value, from: sourced.from } : undefined;
}

const writtenDurations = new WeakMap<Agreement, Map<number, string>>();

/** Formats seconds the way the document wrote that duration (`500 ms`), else in ms or s. */
export function durationFormatter(agreement: Agreement): (seconds: number) => string {
    // Built on first use, like `percentFormatter`: most checks that make one never print a message.
    return (seconds) => writtenDurationTable(agreement).get(seconds) ?? fallbackDuration(seconds);
}

function writtenDurationTable(agreement: Agreement): Map<number, string> {
    return writtenTable(writtenDurations, agreement, (cst) => {
        const node = cst.astNode;
        const seconds = isDuration(node) && node.$cstNode === cst ? durationSeconds(node) : undefined;
        return seconds === undefined ? undefined : [seconds, cst.text];
    });
}

/** Milliseconds under a second, seconds above, computed exactly: 1.5 × 0.2 s is `300 ms`. */
function fallbackDuration(seconds: number): string {
    if (!Number.isFinite(seconds)) return '∞'; // the open end of a latency domain, never shown as a bound
    if (seconds >= 1) return `${decimalString(seconds)} s`;
    return `${decimalString(rationalToNumber(multiplyRational(rationalFromNumber(seconds), rational(1000n))))} ms`;
}

/** The value formatter for a group's metric: percentages or durations, as the document writes them. */
export function metricFormatter(agreement: Agreement, group: Pick<ScheduleGroup, 'metric'>): (value: number) => string {
    return group.metric === 'availability' ? percentFormatter(agreement) : durationFormatter(agreement);
}

export function agreementOf(node: AstNode): Agreement {
    return AstUtils.findRootNode(node) as Agreement;
}
