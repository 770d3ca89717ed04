/**
 * Durations and percentages as the author wrote them. The JSON holds seconds (`604800`), which is right for
 * programs; a contract quotes the author: `notice 7 days` stays "7 days", never "1 week", and
 * `above 1000 ms` stays "1000 ms". Each written duration is found on the node the JSON's figure was
 * read from, so two ways of writing the same length in one document each keep their own form.
 */
import { GrammarUtils, type AstNode } from 'langium';
import type { Agreement, Bracket } from '../../generated/ast.js';
import { effectiveTiers, latencyClauses } from '../../model/effective-tiers.js';
import { creditBrackets, creditCap, durationSeconds, periodCaps } from '../../model/values.js';
import { writtenV2Forms } from './written-v2.js';
import { written, type WrittenDuration } from './written-duration.js';

export { written, type WrittenDuration } from './written-duration.js';

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
    /** The availability commitment as written (`99.90%`). */
    availability: string | null;
    /** The per-period cap as written, when it is a share of the monthly fee. */
    cap: string | null;
    /** One per bracket of the tier's JSON, in its order. */
    brackets: readonly WrittenBracket[];
}

export interface WrittenBracket {
    /** The credit as written (`10.0%`). */
    credit: string | null;
    /** Each duration bound: its seconds to its written form. */
    durations: ReadonlyMap<number, WrittenDuration>;
    /** Each percentage bound: its value to its written text. */
    percents: ReadonlyMap<number, string>;
}

export interface WrittenForms {
    probeInterval: WrittenDuration | null;
    claimWindow: WrittenDuration | null;
    /** One per exclusion of the JSON, in its order. */
    exclusions: ReadonlyArray<{ notice: WrittenDuration | null; allowance: WrittenDuration | null }>;
    /** By tier name. */
    tiers: ReadonlyMap<string, WrittenTier>;
    /** Whether the measurement block says `maintenance excluded` or `maintenance included` itself (excluded is the default); unknown without the source. */
    maintenanceWritten?: boolean;
    /** The durations of the terms of language v2, by the keys of `writtenV2Forms` (`rto Gold`, `minimumOutage`). */
    v2?: ReadonlyMap<string, WrittenDuration>;
}

/** A property's text as written in the source (`99.0%`). */
function text(node: AstNode | undefined, property: string): string | null {
    return (node?.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text) || null;
}

function writtenBracket(node: Bracket): WrittenBracket {
    const durations = new Map<number, WrittenDuration>();
    const percents = new Map<number, string>();
    for (const bound of node.bounds) {
        const seconds = durationSeconds(bound.duration);
        const form = written(bound.duration);
        if (seconds !== undefined && form) durations.set(seconds, form);
        const percent = text(bound, 'percent');
        if (percent && Number.isFinite(bound.percent)) percents.set(bound.percent!, percent);
    }
    return { credit: text(node, 'credit'), durations, percents };
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
            availability: text(tier.clauses.availability?.value, 'value'),
            cap: credits && creditCap(credits) !== undefined ? text(periodCaps(credits)[0], 'value') : null,
            // The same brackets, in the same order, as the JSON's (those with a credit figure).
            brackets: credits
                ? creditBrackets(credits)
                      .filter(({ bracket }) => Number.isFinite(bracket.credit) || Number.isFinite(bracket.amount))
                      .map(({ node }) => writtenBracket(node))
                : [],
        });
    }
    return {
        probeInterval: written(agreement.measurements[0]?.probes[0]?.interval),
        claimWindow: written(agreement.claims[0]?.windows[0]?.length),
        maintenanceWritten: (agreement.measurements[0]?.maintenance.length ?? 0) > 0,
        exclusions: (agreement.exclusionBlocks[0]?.items ?? []).map((item) =>
            item.$type === 'MaintenanceWindow'
                ? { notice: written(item.notice), allowance: written(item.allowance) }
                : { notice: null, allowance: null },
        ),
        tiers,
        v2: writtenV2Forms(agreement),
    };
}
