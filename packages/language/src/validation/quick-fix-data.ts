import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { Bracket, Termination } from '../generated/ast.js';
import { BOUND_OPERATOR_WORDS, type Bound } from '../domain/interval.js';

/**
 * Quick fixes travel with their diagnostic in `diagnostic.data.fixes`: the check that knows what
 * is wrong also knows the text that repairs it, and the code action provider only offers it
 * (lsp/sla-code-actions.ts). Skeletons for missing blocks are built by the provider from
 * `data.block` instead, since they depend on nothing but the document's layout.
 */
export interface QuickFix {
    title: string;
    edits: TextEdit[];
    /** The fix to apply with "auto fix": the smallest change that removes the problem. */
    preferred?: boolean;
}

export interface FixData {
    fixes?: QuickFix[];
    block?: string;
}

/** `below 99.9%`, `at least 500 ms`: a bound as the language writes it. */
export function boundText(bound: Bound, format: (value: number) => string): string {
    return `${BOUND_OPERATOR_WORDS[bound.op]} ${format(bound.value)}`;
}

function isUpper(op: string): boolean {
    return op === 'below' || op === 'most';
}

/**
 * Rewrites a bracket's bounds so that one side of its interval becomes `bound`; the other side's
 * text stays as written. Returns the edit and the bracket's new text (for the fix's title).
 */
export function rewriteBracketSide(
    bracket: Bracket,
    side: 'min' | 'max',
    bound: Bound,
    format: (value: number) => string,
): { edit: TextEdit; text: string } | undefined {
    const rewrite = rewriteBoundsSide(bracket, side, bound, format);
    return rewrite && { edit: rewrite.edit, text: `credit ${creditText(bracket)} when ${rewrite.metric} ${rewrite.bounds}` };
}

/**
 * The same for any clause with a metric and bounds (a bracket, a termination right): the edit,
 * the new bounds' text and the metric as written.
 */
export function rewriteBoundsSide(
    clause: Pick<Bracket | Termination, 'bounds' | 'metric'>,
    side: 'min' | 'max',
    bound: Bound,
    format: (value: number) => string,
): { edit: TextEdit; bounds: string; metric: string } | undefined {
    const first = clause.bounds[0]?.$cstNode;
    const last = clause.bounds[clause.bounds.length - 1]?.$cstNode;
    const metric = clause.metric?.$cstNode?.text;
    if (!first || !last || metric === undefined) return undefined;
    const replacement = boundText(bound, format);
    const parts: string[] = [];
    let placed = false;
    for (const written of clause.bounds) {
        const onSide = isUpper(written.op) === (side === 'max');
        if (!onSide) parts.push(written.$cstNode?.text ?? '');
        else if (!placed) {
            parts.push(replacement);
            placed = true;
        }
    }
    if (!placed) parts.push(replacement);
    const bounds = parts.join(' and ');
    return { edit: { range: { start: first.range.start, end: last.range.end }, newText: bounds }, bounds, metric };
}

/** Replaces the text of one property as written (a bracket's credit, a cap's value). */
export function replaceProperty(node: AstNode, property: string, newText: string): TextEdit | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return cst ? { range: cst.range, newText } : undefined;
}

export function creditText(bracket: Bracket): string {
    if (bracket.amount !== undefined) {
        const amount = GrammarUtils.findNodeForProperty(bracket.$cstNode, 'amount')?.text ?? String(bracket.amount);
        return `${amount} ${bracket.currency ?? ''}`.trim();
    }
    const share =
        GrammarUtils.findNodeForProperty(bracket.$cstNode, 'credit')?.text ??
        (bracket.credit !== undefined && Number.isFinite(bracket.credit) ? `${bracket.credit}%` : 'the');
    return bracket.fee === 'annual' ? `${share} of annual fee` : share;
}

/** Deletes a node, with its whole line when nothing else stands on it but a comment. */
export function removeNode(node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const text = AstUtils.getDocument(node).textDocument;
    const { start, end } = cst.range;
    const before = text.getText({ start: { line: start.line, character: 0 }, end: start });
    const after = text.getText({ start: end, end: { line: end.line + 1, character: 0 } });
    if (before.trim() === '' && /^\s*(\/\/.*)?\r?\n?$/.test(after)) {
        // The start of the next line, or the end of the document when this is its last line.
        const nextLine = text.positionAt(text.offsetAt({ line: end.line + 1, character: 0 }));
        return { range: { start: { line: start.line, character: 0 }, end: nextLine }, newText: '' };
    }
    return { range: cst.range, newText: '' };
}
