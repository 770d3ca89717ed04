/**
 * The tier (or the tier as it is for one service) that `sla credits` computes a credit from,
 * with the same refusals for every measurement: an unknown tier or service names the ones there are.
 */
import type { Agreement, Credits } from '../generated/ast.js';
import { InputError } from '../domain/input-error.js';
import { effectiveTiers, metricKey, serviceNames, serviceView, type EffectiveTier } from './effective-tiers.js';

export function creditTier(agreement: Agreement, query: { tier: string; service?: string }, source: string): EffectiveTier {
    const tiers = effectiveTiers(agreement);
    const wholeTier = tiers.get(query.tier);
    if (!wholeTier) {
        throw new InputError(`${source} has no tier "${query.tier}"; its tiers are ${[...tiers.keys()].join(', ')}`);
    }
    // With a service, its own commitment and schedule (the tier-wide ones where its block has none).
    const services = serviceNames(agreement);
    if (query.service !== undefined && !services.includes(query.service)) {
        throw new InputError(
            `${source} has no service "${query.service}"${services.length > 0 ? `; its services are ${services.join(', ')}` : ''}`,
        );
    }
    return query.service === undefined ? wholeTier : serviceView(wholeTier, query.service);
}

/** `tier Standard` or `tier Standard, for service Storage,`: the subject of a refusal. */
export function creditSubject(query: { tier: string; service?: string }): string {
    return query.service === undefined ? `tier ${query.tier}` : `tier ${query.tier}, for service ${query.service},`;
}

/** The option of `sla credits` that computes each metric a schedule has brackets for. */
const OPTION_OF: Readonly<Record<string, string>> = {
    availability: '--availability or --downtime',
    'error-rate': '--error-rate',
    latency: '--latency',
};

/**
 * `; its credit schedule pays on error-rate (--error-rate)`: said when a measurement has no
 * brackets of its own in the schedule but the schedule has others, so that a user who asked for
 * the wrong one learns which to ask for.
 */
export function otherMetricsHint(schedule: Credits | undefined, asked: string): string {
    if (!schedule) return '';
    const metrics = [...new Set(schedule.brackets.map((bracket) => metricKey(bracket.metric)).filter((key) => key !== undefined))];
    const options = metrics
        .filter((metric) => !metric.startsWith(asked) && !metric.startsWith('response'))
        .map((metric) => `${metric} (${OPTION_OF[metric.split(' ')[0]] ?? ''})`);
    return options.length === 0 ? '' : `; its credit schedule pays on ${options.join(', ')}`;
}

/**
 * What a tier's credit schedule pays on, as the credit calculator offers it, first written first:
 * `availability` (brackets without a metric are availability ones; offered only when the tier
 * commits to an availability, which they are measured against), `error-rate`, `latency p95`.
 * Support responses are not measurements and are left out.
 */
export function creditMetrics(tier: EffectiveTier): string[] {
    const schedule = tier.clauses.credits?.value;
    if (!schedule) return [];
    const keys = schedule.brackets.map((bracket) => (bracket.metric === undefined ? 'availability' : metricKey(bracket.metric)));
    return [...new Set(keys)].filter(
        (key): key is string =>
            key !== undefined && !key.startsWith('response') && (key !== 'availability' || tier.clauses.availability !== undefined),
    );
}
