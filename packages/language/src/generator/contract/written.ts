/**
 * Durations as the author wrote them. The JSON holds seconds (`604800`), which is right for
 * programs; a contract quotes the author: `notice 7 days` stays "7 days", never "1 week", and
 * `above 1000 ms` stays "1000 ms". Each written duration is found on the node the JSON's figure was
 * read from, so two ways of writing the same length in one document each keep their own form.
 */
import { GrammarUtils } from 'langium';
import type { Agreement, Duration } from '../../generated/ast.js';
import { effectiveTiers, latencyClauses } from '../../model/effective-tiers.js';
import { creditBrackets, durationSeconds } from '../../model/values.js';
import { writtenV2Forms } from './written-v2.js';

/** `{ number: '7', unit: 'days' }`: the figure's own digits and the unit word or symbol used. */
export interface WrittenDuration {
    number: string;
    unit: string;
}

export interface WrittenResponse {
    response: WrittenDuration | null;
    resolution: WrittenDuration | null;
    escalation: WrittenDuration | null;
}

export interface WrittenTier {
    /** By percentile (95 for p95). */
    latency: ReadonlyMap<number, WrittenDuration>;
    /** By severity name. */
    responses: ReadonlyMap<string, WrittenResponse>;
    /** One per bracket of the tier's JSON, in its order: each bound's seconds to its written form. */
    brackets: ReadonlyArray<ReadonlyMap<number, WrittenDuration>>;
}

export interface WrittenForms {
    probeInterval: WrittenDuration | null;
    claimWindow: WrittenDuration | null;
    /** One per exclusion of the JSON, in its order. */
    exclusions: ReadonlyArray<{ notice: WrittenDuration | null; allowance: WrittenDuration | null }>;
    /** By tier name. */
    tiers: ReadonlyMap<string, WrittenTier>;
    /** The durations of the terms of language v2, by the keys of `writtenV2Forms` (`rto Gold`, `minimumOutage`). */
    v2?: ReadonlyMap<string, WrittenDuration>;
}

export function written(duration: Duration | undefined): WrittenDuration | null {
    if (!duration || !duration.unit || !Number.isFinite(duration.value)) return null;
    const number = duration.$cstNode ? GrammarUtils.findNodeForProperty(duration.$cstNode, 'value')?.text : undefined;
    return { number: number ?? String(duration.value), unit: duration.unit };
}

export function writtenForms(agreement: Agreement): WrittenForms {
    const tiers = new Map<string, WrittenTier>();
    for (const [name, tier] of effectiveTiers(agreement)) {
        const responses = new Map<string, WrittenResponse>();
        for (const [severity, { value }] of Object.entries(tier.responses)) {
            responses.set(severity, {
                response: written(value.response),
                resolution: written(value.resolution),
                escalation: written(value.escalation),
            });
        }
        const credits = tier.clauses.credits?.value;
        tiers.set(name, {
            latency: new Map(
                latencyClauses(tier).flatMap(({ value }) => {
                    const form = written(value.target);
                    return form ? [[Number((value.percentile ?? '').slice(1)), form] as const] : [];
                }),
            ),
            responses,
            // The same brackets, in the same order, as the JSON's (those with a credit figure).
            brackets: credits
                ? creditBrackets(credits)
                      .filter(({ bracket }) => Number.isFinite(bracket.credit))
                      .map(({ node }) => {
                          const bounds = new Map<number, WrittenDuration>();
                          for (const bound of node.bounds) {
                              const seconds = durationSeconds(bound.duration);
                              const form = written(bound.duration);
                              if (seconds !== undefined && form) bounds.set(seconds, form);
                          }
                          return bounds;
                      })
                : [],
        });
    }
    return {
        probeInterval: written(agreement.measurements[0]?.probes[0]?.interval),
        claimWindow: written(agreement.claims[0]?.windows[0]?.length),
        exclusions: (agreement.exclusionBlocks[0]?.items ?? []).map((item) =>
            item.$type === 'MaintenanceWindow'
                ? { notice: written(item.notice), allowance: written(item.allowance) }
                : { notice: null, allowance: null },
        ),
        tiers,
        v2: writtenV2Forms(agreement),
    };
}
