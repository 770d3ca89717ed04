import { AstUtils, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { isTier, type Agreement } from '../generated/ast.js';
import { damagedClauses, hasUnparsedTextInside, holdsDamage, isDamaged } from '../grammar/damage.js';
import { IssueCodes } from './issue-codes.js';

/**
 * A clause that does not parse is reported once, by the parser, and nothing else is inferred from
 * it (grammar/damage.ts says which clauses a syntax error damaged). Checks do not run on a damaged
 * clause at all (SlaDocumentValidator skips it); this filter catches what checks of other nodes
 * would still say about it:
 *
 * - a diagnostic on a damaged clause, or whose related information points into one (an overlap
 *   with a half-parsed bracket, a "duplicate" of a clause that did not parse);
 * - a diagnostic about something missing, where the damaged text may be what is missing: no
 *   claims block, no period, a gap in a schedule with a broken bracket, capabilities that do not
 *   list on-call 24x7 while a capability line did not parse.
 */

/** Codes that conclude from an absence, and the blocks whose damage makes that conclusion unsafe. */
const ABSENCE_SCOPES: Partial<Record<string, (node: AstNode) => AstNode[]>> = {
    [IssueCodes.MissingClaims]: (node) => [node],
    // A block "missing" beside text that did not parse (`curency USD`) may be that very text.
    [IssueCodes.MissingBlock]: (node) => [node, agreementOf(node)],
    [IssueCodes.MissingPeriod]: (node) => [node],
    // A gap is judged against the commitment, which a damaged line of the tier or service may have changed.
    [IssueCodes.BracketGap]: (node) => [node, ...tierAndAncestors(node)],
    [IssueCodes.UncappedCredits]: (node) => [node],
    [IssueCodes.ClaimWindow]: (node) => [node],
    [IssueCodes.CalendarEmpty]: (node) => [node],
    [IssueCodes.RpoUnsupported]: (node) => capabilityBlocks(node),
    [IssueCodes.RtoUnsupported]: (node) => capabilityBlocks(node),
    [IssueCodes.RtoOverBudget]: (node) => capabilityBlocks(node),
    [IssueCodes.FourNinesUnsupported]: (node) => [...capabilityBlocks(node), ...measurementBlocks(node)],
    [IssueCodes.UnstaffedResponse]: (node) => [...capabilityBlocks(node), ...tierAndAncestors(node)],
    // Judged on a tier as it really is, inheritance resolved: a clause the tier wrote but that did
    // not parse would have replaced an inherited one, so nothing is concluded from what is left.
    [IssueCodes.BracketAboveTarget]: (node) => tierAndAncestors(node),
    [IssueCodes.ScheduleFloor]: (node) => tierAndAncestors(node),
    [IssueCodes.SeverityOrder]: (node) => tierAndAncestors(node),
    [IssueCodes.TierWeaker]: (node) => tierAndAncestors(node),
    [IssueCodes.LatencyOrder]: (node) => tierAndAncestors(node),
    [IssueCodes.AboveObserved]: (node) => capabilityBlocks(node),
    [IssueCodes.LittleHeadroom]: (node) => capabilityBlocks(node),
    // Figures per measurement period: a period clause that did not parse would change them.
    [IssueCodes.UnrealisticNines]: (node) => measurementBlocks(node),
    [IssueCodes.MaintenanceOverBudget]: (node) => [...measurementBlocks(node), ...exclusionBlocks(node)],
};

function agreementOf(node: AstNode): Agreement {
    return AstUtils.getDocument(node).parseResult.value as Agreement;
}

function measurementBlocks(node: AstNode): AstNode[] {
    return [...(agreementOf(node).measurements ?? [])];
}

function exclusionBlocks(node: AstNode): AstNode[] {
    return [...(agreementOf(node).exclusionBlocks ?? [])];
}

/** The tier the node is in (or is), and every tier it extends. */
function tierAndAncestors(node: AstNode): AstNode[] {
    const tier = AstUtils.getContainerOfType(node, isTier);
    if (!tier) return [];
    const tiers: AstNode[] = [tier];
    for (let parent = tier.parent?.ref; parent && !tiers.includes(parent); parent = parent.parent?.ref) tiers.push(parent);
    return tiers;
}

function capabilityBlocks(node: AstNode): AstNode[] {
    const agreement = AstUtils.getDocument(node).parseResult.value as Agreement;
    return [...(agreement.capabilities ?? []), agreement];
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

export class DamageFilter {
    private readonly damagedRanges: Range[];

    constructor(private readonly document: LangiumDocument) {
        this.damagedRanges = damagedClauses(document).flatMap((node) => (node.$cstNode ? [node.$cstNode.range] : []));
    }

    /** Whether the document has any damage at all (most have none, and pay nothing more). */
    get active(): boolean {
        return this.damagedRanges.length > 0 || holdsDamage(this.document.parseResult.value);
    }

    wrap(accept: ValidationAcceptor): ValidationAcceptor {
        if (!this.active) return accept;
        return <N extends AstNode>(severity: 'error' | 'warning' | 'info' | 'hint', message: string, info: DiagnosticInfo<N>) => {
            if (!this.restsOnDamage(info.node, info.code, info.relatedInformation)) accept(severity, message, info);
        };
    }

    private restsOnDamage(node: AstNode, code: unknown, related: Diagnostic['relatedInformation']): boolean {
        if (isDamaged(node)) return true;
        const uri = this.document.uri.toString();
        if (related?.some((item) => item.location.uri === uri && this.damagedRanges.some((range) => within(item.location.range, range))))
            return true;
        const scopes = typeof code === 'string' ? ABSENCE_SCOPES[code] : undefined;
        return scopes !== undefined && scopes(node).some(holdsDamage);
    }

    /**
     * A name that does not resolve while a declaration of its kind did not parse: the broken
     * declaration may be the one it names.
     */
    unresolvedBecauseOfDamage(kind: 'tier' | 'severity' | 'other'): boolean {
        if (!this.active) return false;
        const agreement = this.document.parseResult.value as Agreement;
        if (hasUnparsedTextInside(agreement)) return true;
        if (kind === 'tier') return agreement.tiers.some(isDamaged);
        if (kind === 'severity') return agreement.severityBlocks.some(holdsDamage);
        // Services, calendars, holidays: declared at the agreement's level.
        return AstUtils.streamContents(agreement).some((node) => isDamaged(node) && !isTier(node));
    }
}

/**
 * `support 24/7`: the parser reports the word at `24`, the lexer the `/` right after it; `99.9 %`:
 * the parser reports `99.9` and says where the sign goes, the lexer the `%`. Both are one slip,
 * reported once, by the parser: a lexer error that follows a parser error on its line with
 * nothing but spaces between is left out.
 */
export function withoutLexerErrorsInReportedWords(
    diagnostics: Diagnostic[],
    isLexerError: (d: Diagnostic) => boolean,
    lineText: (line: number) => string,
): Diagnostic[] {
    const parserErrorEnds = diagnostics
        .filter((d) => !isLexerError(d) && (d.data as { code?: string } | undefined)?.code === 'parsing-error')
        .map((d) => d.range.end);
    const follows = (lexer: Diagnostic) =>
        parserErrorEnds.some(
            (end) =>
                end.line === lexer.range.start.line &&
                end.character <= lexer.range.start.character &&
                /^[ \t]*$/.test(lineText(end.line).slice(end.character, lexer.range.start.character)),
        );
    return diagnostics.filter((d) => !isLexerError(d) || !follows(d));
}
