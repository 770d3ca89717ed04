import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { SlaAstType, Tier } from '../generated/ast.js';
import type { Interval } from '../domain/interval.js';
import {
    clampToCommitment,
    creditGaps,
    creditGapsAbove,
    gapNeighbours,
    lowerBoundAt,
    partMeetingCommitment,
    upperBoundAt,
} from '../domain/schedule.js';
import { effectiveTier, tierViews, type EffectiveTier } from '../model/effective-tiers.js';
import {
    commitmentFor,
    metricFormatter,
    scheduleGroups,
    type Commitment,
    type ScheduleEntry,
    type ScheduleGroup,
} from '../model/schedules.js';
import { describeBracket } from './bracket-checks.js';
import { IssueCodes } from './issue-codes.js';
import { removeNode, rewriteBracketSide, type FixData, type QuickFix } from './quick-fix-data.js';
import { relatedTo, relatedToAll } from './related-information.js';
import { inheritedNote, rangeInWords } from './wording.js';

/**
 * A tier's credit schedule against its own commitments (§5 `bracket-above-target`, `bracket-gap`),
 * on the tier as it really is, inheritance resolved: an inherited schedule is judged against a new
 * availability, an inherited availability against a new schedule.
 *
 * Each pairing of schedule and commitment is judged once, in the tier that brings it together.
 * A tier that writes neither has the same pairing as the tier it extends, which reports it. When
 * the tier writes the schedule, the diagnostic sits on the bracket (or the `credits` line); when
 * it writes only the commitment, on the commitment, since the inherited schedule lives elsewhere
 * and is shared with other tiers. Quick fixes are offered for schedules written in the tier.
 */
export function scheduleCommitmentChecks(): ValidationChecks<SlaAstType> {
    return {
        Tier: checkScheduleAgainstCommitments,
    };
}

interface Pairing {
    tier: EffectiveTier;
    group: ScheduleGroup;
    commitment: Commitment;
    /** The tier the schedule is inherited from; undefined when the tier writes it. */
    inheritedFrom?: string;
    format: (value: number) => string;
}

function checkScheduleAgainstCommitments(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    // The tier-wide view, then each service's: a service block may bring a schedule and a
    // commitment together that the tier-wide view does not. The same schedule and commitment
    // met again in another view (every service without a block of its own) is judged once.
    const judged = new Set<string>();
    const ids = new Map<object, number>();
    const id = (node: object) => ids.get(node) ?? (ids.set(node, ids.size), ids.size - 1);
    for (const view of tierViews(effective)) {
        const credits = view.clauses.credits;
        if (!credits) continue;
        for (const group of scheduleGroups(credits.value)) {
            const commitment = commitmentFor(view, group);
            if (!commitment) continue;
            const ownSchedule = credits.from === tier.name;
            if (!ownSchedule && commitment.from !== tier.name) continue;
            const key = `${id(credits.value)} ${id(commitment.node)} ${group.key}`;
            if (judged.has(key)) continue;
            judged.add(key);
            const pairing: Pairing = {
                tier: view,
                group,
                commitment,
                inheritedFrom: ownSchedule ? undefined : credits.from,
                format: metricFormatter(tier.$container, group),
            };
            checkNoCreditForMetCommitment(pairing, accept);
            if (group.metric !== 'latency') checkNoGapBelowCommitment(pairing, accept);
        }
    }
}

/** `the availability commitment of 99.5%` (`… for service API`), with "(inherited from X)" when it is. */
function describeCommitment({ group, commitment, tier, format }: Pairing): string {
    const service = tier.service === undefined ? '' : ` for service ${tier.service}`;
    return `the ${group.label} commitment of ${format(commitment.value)}${service}${inheritedNote(commitment.from, tier.name)}`;
}

function checkNoCreditForMetCommitment(pairing: Pairing, accept: ValidationAcceptor): void {
    const { group, commitment, inheritedFrom, format } = pairing;
    for (const entry of group.entries) {
        const met = partMeetingCommitment(entry.interval, commitment.value, group.worse);
        if (!met) continue;
        const range = rangeInWords(met, group.label, format, group.domain);
        const related = relatedTo(commitment.node, `The commitment: ${format(commitment.value)}`);
        if (inheritedFrom === undefined) {
            accept(
                'error',
                `${describeBracket(entry, group, true)} pays credit for ${range}, which meets ${describeCommitment(pairing)}.`,
                {
                    node: entry.node,
                    code: IssueCodes.BracketAboveTarget,
                    relatedInformation: related,
                    data: { fixes: clampFixes(entry, pairing) } satisfies FixData,
                },
            );
        } else {
            accept(
                'error',
                `${describeBracket(entry, group, true)}, in the credit schedule inherited from ${inheritedFrom}, pays credit for ${range}, which meets ${describeCommitment(pairing)}.`,
                {
                    node: commitment.node,
                    property: commitment.node.$type === 'Availability' ? 'value' : 'target',
                    code: IssueCodes.BracketAboveTarget,
                    relatedInformation: relatedTo(entry.node, `The inherited bracket, ${describeBracket(entry, group)}`),
                },
            );
        }
    }
}

/** Clamp the bracket to values that miss the commitment, or remove it when none are left. */
function clampFixes(entry: ScheduleEntry, { group, commitment, format }: Pairing): QuickFix[] {
    const bound = clampToCommitment(entry.interval, commitment.value, group.worse);
    if (!bound) {
        const edit = removeNode(entry.node);
        return edit
            ? [
                  {
                      title: `Remove the bracket: all of it meets the commitment of ${format(commitment.value)}`,
                      edits: [edit],
                      preferred: true,
                  },
              ]
            : [];
    }
    const rewrite = rewriteBracketSide(entry.node, group.worse === 'lower' ? 'max' : 'min', bound, format);
    return rewrite ? [{ title: `Limit the bracket to the commitment: ${rewrite.text}`, edits: [rewrite.edit], preferred: true }] : [];
}

function checkNoGapBelowCommitment(pairing: Pairing, accept: ValidationAcceptor): void {
    const { tier, group, commitment, inheritedFrom, format } = pairing;
    const intervals = group.entries.map((entry) => entry.interval);
    const gaps = group.worse === 'lower' ? creditGaps(intervals, commitment.value) : creditGapsAbove(intervals, commitment.value);
    const neighbours = gapNeighbours(intervals, gaps);
    gaps.forEach((gap, index) => {
        const range = rangeInWords(gap, group.label, format, group.domain);
        const below = neighbours[index].below;
        const above = neighbours[index].above;
        const adjacent = [below, above].filter((i): i is number => i !== undefined).map((i) => group.entries[i]);
        const related = relatedToAll(adjacent.map((entry) => [entry.node, `Next to the gap: ${describeBracket(entry, group)}`] as const));
        const direction = group.worse === 'lower' ? 'below' : 'above';
        const worse = group.worse === 'lower' ? 'lower' : 'higher';
        if (inheritedFrom === undefined) {
            const credits = tier.clauses.credits!.value;
            accept(
                'warning',
                `No credit is paid for ${range}, ${direction} ${describeCommitment(pairing)}, although ${worse} ${group.label} earns credit.`,
                {
                    node: credits,
                    keyword: 'credits',
                    code: IssueCodes.BracketGap,
                    relatedInformation: related,
                    data: {
                        fixes: gapFixes(
                            gap,
                            below === undefined ? undefined : group.entries[below],
                            above === undefined ? undefined : group.entries[above],
                            format,
                        ),
                    } satisfies FixData,
                },
            );
        } else {
            accept(
                'warning',
                `The credit schedule inherited from ${inheritedFrom} pays no credit for ${range}, ${direction} ${describeCommitment(pairing)}, although ${worse} ${group.label} earns credit.`,
                {
                    node: commitment.node,
                    property: 'value',
                    code: IssueCodes.BracketGap,
                    relatedInformation: related,
                },
            );
        }
    });
}

/** Extend the bracket below the gap upwards, or the one above it downwards. */
function gapFixes(
    gap: Interval,
    below: ScheduleEntry | undefined,
    above: ScheduleEntry | undefined,
    format: (value: number) => string,
): QuickFix[] {
    const fixes: QuickFix[] = [];
    const extendUp = below && rewriteBracketSide(below.node, 'max', upperBoundAt(gap.max, gap.maxInclusive), format);
    if (extendUp) fixes.push({ title: `Extend the bracket below the gap: ${extendUp.text}`, edits: [extendUp.edit], preferred: true });
    const extendDown = above && rewriteBracketSide(above.node, 'min', lowerBoundAt(gap.min, gap.minInclusive), format);
    if (extendDown)
        fixes.push({
            title: `Extend the bracket above the gap: ${extendDown.text}`,
            edits: [extendDown.edit],
            preferred: fixes.length === 0,
        });
    return fixes;
}
