import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { SlaAstType, Tier } from '../generated/ast.js';
import { weakerPromises, type TierPromises, type Weakening } from '../domain/tier-comparison.js';
import { effectiveTiers, tiersInExtendsChains, type EffectiveTier } from '../model/effective-tiers.js';
import { creditCap, durationSeconds, percentFormatter } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related-information.js';
import { inheritedNote, within } from './wording.js';

/**
 * `tier-weaker` (§5): a tier that extends another and promises less — a lower availability, a
 * slower response for a severity, a lower cap. Compared with the tier named after `extends`, both
 * with inheritance resolved; reported on the extending tier's own clause that is weaker (an
 * inherited clause is the parent's own, so never weaker than it).
 */
export function tierChecks(): ValidationChecks<SlaAstType> {
    return {
        Tier: [checkNotWeakerThanParent, checkNotWeakerThanCheaperTier],
    };
}

/**
 * A tier that costs more than another, not linked to it by `extends`, and promises less: the
 * customer pays more for less. Judged on the tier's own clauses against each cheaper tier.
 */
function checkNotWeakerThanCheaperTier(tier: Tier, accept: ValidationAcceptor): void {
    const tiers = effectiveTiers(tier.$container);
    const mine = tiers.get(tier.name);
    const myPrice = mine?.clauses.price?.value.amount;
    if (!tier.name || !mine || mine.node !== tier || myPrice === undefined) return;
    const format = percentFormatter(tier.$container);
    const chained = tiersInExtendsChains(tier.$container);
    for (const other of tiers.values()) {
        const theirPrice = other.clauses.price?.value.amount;
        if (other === mine || !other.node.name || theirPrice === undefined || !(theirPrice < myPrice)) continue;
        if (mine.inheritsFrom.includes(other.node.name) || other.inheritsFrom.includes(tier.name)) continue; // `tier-weaker` or the reverse
        // Two tiers each in its own `extends` chain belong to product lines of their own (Storage ← Storage Premium beside
        // Database ← Database Premium): comparing across lines would compare different products.
        if (chained.has(tier.name) && chained.has(other.node.name)) continue;
        for (const weakening of weakerPromises(promises(mine), promises(other))) {
            const finding = explain(weakening, mine, other, format);
            if (!finding || finding.from !== tier.name) continue;
            const priceNode = mine.clauses.price!.value.$cstNode?.text.replace(/^price\s+/, '') ?? String(myPrice);
            const theirPriceText = other.clauses.price!.value.$cstNode?.text.replace(/^price\s+/, '') ?? String(theirPrice);
            accept(
                'warning',
                `${tier.name} costs more than ${other.node.name} (${priceNode} against ${theirPriceText}) but promises less: ${finding.mine} against ${finding.theirs} in ${other.node.name}.`,
                {
                    node: finding.node,
                    code: IssueCodes.TierWeaker,
                    relatedInformation: relatedTo(finding.parentNode, `${other.node.name}: ${finding.theirs}`),
                },
            );
        }
    }
}

function promises(tier: EffectiveTier): TierPromises {
    const responses: Record<string, number> = {};
    for (const [severity, line] of Object.entries(tier.responses)) {
        const seconds = durationSeconds(line.value.response);
        if (seconds !== undefined) responses[severity] = seconds;
    }
    const credits = tier.clauses.credits?.value;
    return { availability: tier.clauses.availability?.value.value, responses, cap: credits && creditCap(credits) };
}

function checkNotWeakerThanParent(tier: Tier, accept: ValidationAcceptor): void {
    const tiers = effectiveTiers(tier.$container);
    const child = tiers.get(tier.name);
    const parentName = tier.parent?.$refText;
    if (!tier.name || !child || child.node !== tier || !parentName || child.inheritsFrom[0] !== parentName) return;
    const parent = tiers.get(parentName);
    if (!parent) return;
    const format = percentFormatter(tier.$container);
    for (const weakening of weakerPromises(promises(child), promises(parent))) {
        const finding = explain(weakening, child, parent, format);
        if (!finding || finding.from !== tier.name) continue;
        const theirs = `${finding.theirs} in ${parentName}${inheritedNote(finding.theirsFrom, parentName)}`;
        accept('warning', `${tier.name} extends ${parentName} but promises less: ${finding.mine} against ${theirs}.`, {
            node: finding.node,
            code: IssueCodes.TierWeaker,
            relatedInformation: relatedTo(finding.parentNode, `${parentName}: ${finding.theirs}`),
        });
    }
}

/** The clauses behind a weakening, in both tiers, and how to say it. */
interface Finding {
    node: AstNode;
    /** The tier that wrote the weaker clause. */
    from: string;
    mine: string;
    parentNode: AstNode;
    theirsFrom: string;
    theirs: string;
}

function explain(
    weakening: Weakening,
    child: EffectiveTier,
    parent: EffectiveTier,
    format: (value: number) => string,
): Finding | undefined {
    switch (weakening.kind) {
        case 'availability': {
            const [mine, theirs] = [child.clauses.availability, parent.clauses.availability];
            return (
                mine &&
                theirs && {
                    node: mine.value,
                    from: mine.from,
                    mine: `availability ${format(weakening.child)}`,
                    parentNode: theirs.value,
                    theirsFrom: theirs.from,
                    theirs: format(weakening.parent),
                }
            );
        }
        case 'response': {
            const [mine, theirs] = [child.responses[weakening.severity], parent.responses[weakening.severity]];
            return (
                mine &&
                theirs && {
                    node: mine.value,
                    from: mine.from,
                    mine: `a response ${within(mine.value.response)} for ${weakening.severity} issues`,
                    parentNode: theirs.value,
                    theirsFrom: theirs.from,
                    theirs: within(theirs.value.response),
                }
            );
        }
        case 'cap': {
            const [mine, theirs] = [child.clauses.credits, parent.clauses.credits];
            const [myCap, theirCap] = [mine?.value.caps[0], theirs?.value.caps[0]];
            return mine && theirs && myCap && theirCap
                ? {
                      node: myCap,
                      from: mine.from,
                      mine: `a cap of ${format(weakening.child)} on credits`,
                      parentNode: theirCap,
                      theirsFrom: theirs.from,
                      theirs: format(weakening.parent),
                  }
                : undefined;
        }
    }
}
