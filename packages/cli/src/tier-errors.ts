import type { Diagnostic, Range } from 'vscode-languageserver';
import { effectiveTiers } from 'sla-language';
import type { Agreement } from 'sla-language/ast';

/**
 * The errors of a document that a tier's credit depends on, and the others. A credit is computed
 * from the tier and the tiers it extends, and from what the agreement says for all tiers (the
 * period, the currency); an error inside another tier changes nothing of it, so `sla credits`
 * computes and names that error instead of refusing.
 */
export function errorsForTier(
    agreement: Agreement,
    errors: readonly Diagnostic[],
    tierName: string,
): { blocking: Diagnostic[]; elsewhere: Diagnostic[] } {
    const tier = effectiveTiers(agreement).get(tierName);
    const used = new Set([tierName, ...(tier?.inheritsFrom ?? [])]);
    const otherTiers = agreement.tiers
        .filter((other) => other.name !== undefined && !used.has(other.name))
        .flatMap((other) => (other.$cstNode ? [other.$cstNode.range] : []));
    const blocking: Diagnostic[] = [];
    const elsewhere: Diagnostic[] = [];
    for (const error of errors) (otherTiers.some((range) => within(error.range, range)) ? elsewhere : blocking).push(error);
    return { blocking, elsewhere };
}

function within(inner: Range, outer: Range): boolean {
    const atOrBefore = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return atOrBefore(outer.start, inner.start) && atOrBefore(inner.end, outer.end);
}
