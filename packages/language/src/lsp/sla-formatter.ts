import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isCalendarDays, isClockRange, isMaintenanceWindow, isRegions, isResponse, isTranslation } from '../generated/ast.js';
import { isBlockNode } from './sla-folding.js';

/** How two consecutive tokens are separated in the canonical layout. */
type Separation = 'line' | 'space' | 'none';

const INDENT = '    ';

/**
 * The one canonical layout of an SLA document: 4-space indentation, one clause a line, a block's
 * `{` on its opening line and its `}` alone, single spaces between tokens, none before `,` and
 * around the `-` of a clock range. Comments are kept where they are (a comment at the end of a
 * line stays there, a comment on its own line stays on its own line, re-indented; its text is
 * never touched, not even trailing blanks), and so is one blank line wherever the author left one
 * or more between lines. A range formats the whitespace before each token that starts on its lines.
 *
 * The rules are declared the Langium way, in `format(node)`. They are realised by a layout pass of
 * our own over the whitespace between tokens, because Langium's default pass mishandles comments
 * (a token after a line comment can be joined onto it, eclipse-langium/langium#1613) and blank
 * lines before comments. Only whitespace between tokens and comments is ever replaced, so the
 * tokens and the comments — and so the meaning — cannot change; and every choice depends only on the tokens, the comments and
 * whether whitespace held line breaks, which formatting preserves, so formatting twice changes
 * nothing. The layout is fixed: the editor's tab size and tabs-or-spaces options do not apply.
 */
export class SlaFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isBlockNode(node)) {
            formatter.keyword('{').prepend(Formatting.oneSpace());
            // The author's text in another language belongs to the block's own description (`service
            // API "…" in id "…" {`): it is not a clause of the block, so it gets no line of its own.
            for (const child of AstUtils.streamContents(node))
                if (!isTranslation(child)) formatter.node(child).prepend(Formatting.newLine());
            formatter.keyword('}').prepend(Formatting.newLine());
        }
        if (isResponse(node) || isMaintenanceWindow(node) || isRegions(node) || isCalendarDays(node))
            formatter.keywords(',').prepend(Formatting.noSpace());
        if (isClockRange(node)) formatter.keyword('-').surround(Formatting.noSpace());
    }

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const root = document.parseResult.value;
        if (!root.$cstNode) return [];
        const leaves = CstUtils.flattenCst(root.$cstNode)
            .filter((leaf) => !leaf.hidden)
            .toArray();
        if (leaves.length === 0) return [];
        const separations = this.collectSeparations(root, leaves);
        const edits = layout(document.textDocument.getText(), leaves, separations);
        if (!edits) return [];
        return (
            edits
                .map(({ start, end, text }) => ({
                    range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) },
                    newText: text,
                }))
                // In a range, the whitespace before each token (or comment) that starts on its lines.
                .filter((edit) => !range || (edit.range.end.line >= range.start.line && edit.range.end.line <= range.end.line))
        );
    }

    /**
     * Runs `format` over the AST and records, for the gap before each token (index i: between
     * token i − 1 and token i), the separation asked for; a higher priority wins, as in Langium.
     */
    protected collectSeparations(root: AstNode, leaves: LeafCstNode[]): Map<number, { separation: Separation; priority: number }> {
        const indexOf = new Map(leaves.map((leaf, index) => [leaf.offset, index]));
        const gaps = new Map<number, { separation: Separation; priority: number }>();
        this.collector = (node, mode, formatting) => {
            const tokens = CstUtils.flattenCst(node)
                .filter((leaf) => !leaf.hidden)
                .toArray();
            if (tokens.length === 0) return;
            const gap = mode === 'prepend' ? indexOf.get(tokens[0].offset) : (indexOf.get(tokens[tokens.length - 1].offset) ?? -2) + 1;
            if (gap === undefined || gap < 0) return;
            const priority = formatting.options.priority ?? 0;
            const existing = gaps.get(gap);
            if (!existing || existing.priority <= priority) gaps.set(gap, { separation: separationOf(formatting), priority });
        };
        this.format(root);
        for (const node of AstUtils.streamAllContents(root)) this.format(node);
        return gaps;
    }
}

function separationOf(formatting: FormattingAction): Separation {
    const move = formatting.moves[0];
    if (!move) return 'space';
    if ((move.lines ?? 0) > 0 || (move.tabs ?? 0) > 0) return 'line';
    return move.characters === 0 ? 'none' : 'space';
}

interface Replacement {
    start: number;
    end: number;
    text: string;
}

/** A run of whitespace or a comment, as found between two tokens. */
interface Piece {
    kind: 'space' | 'line-comment' | 'block-comment';
    start: number;
    end: number;
    text: string;
}

/** Splits the text between two tokens into whitespace runs and comments: w c w c … w (runs may be empty). */
function splitGap(text: string, start: number, end: number): Piece[] | undefined {
    const pieces: Piece[] = [];
    let at = start;
    for (;;) {
        const space = /\s*/y;
        space.lastIndex = at;
        space.exec(text);
        const spaceEnd = Math.min(space.lastIndex, end);
        pieces.push({ kind: 'space', start: at, end: spaceEnd, text: text.slice(at, spaceEnd) });
        at = spaceEnd;
        if (at >= end) return pieces;
        const comment = /\/\/[^\n\r]*|\/\*[\s\S]*?\*\//y;
        comment.lastIndex = at;
        const match = comment.exec(text);
        // Between two tokens of an error-free parse there is only whitespace and comments.
        if (!match || at + match[0].length > end) return undefined;
        pieces.push({
            kind: match[0].startsWith('//') ? 'line-comment' : 'block-comment',
            start: at,
            end: at + match[0].length,
            text: match[0],
        });
        at += match[0].length;
    }
}

function lineBreaks(whitespace: string): number {
    return whitespace.match(/\r\n|\r|\n|\u2028|\u2029/g)?.length ?? 0;
}

/**
 * The replacements of whitespace that give the canonical layout, or undefined when the text
 * between tokens is not what a clean parse leaves there (then nothing is formatted).
 */
function layout(text: string, leaves: LeafCstNode[], separations: Map<number, { separation: Separation }>): Replacement[] | undefined {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const newline = (blank: boolean, depth: number): string => (blank ? eol + eol : eol) + INDENT.repeat(Math.max(0, depth));
    const replacements: Replacement[] = [];
    const replace = (piece: Piece, wanted: string): void => {
        if (piece.text !== wanted) replacements.push({ start: piece.start, end: piece.end, text: wanted });
    };
    let depth = 0; // blocks open after the previous token
    for (let index = 0; index <= leaves.length; index++) {
        const previous = index > 0 ? leaves[index - 1] : undefined;
        const next = index < leaves.length ? leaves[index] : undefined;
        const pieces = splitGap(text, previous?.end ?? 0, next?.offset ?? text.length);
        if (!pieces) return undefined;
        const afterOpen = previous?.text === '{';
        const beforeClose = next?.text === '}';
        const separation: Separation | 'start' | 'end' = !previous
            ? 'start'
            : !next
              ? 'end'
              : (separations.get(index)?.separation ?? 'space');
        // Comments on lines of their own are indented like the clause they precede; inside a
        // clause (between two tokens that stay on one line) they are indented one level deeper.
        const commentDepth = separation === 'space' || separation === 'none' ? depth + 1 : depth;
        let lastComment: Piece | undefined;
        for (let p = 0; p < pieces.length; p++) {
            const piece = pieces[p];
            if (piece.kind !== 'space') {
                lastComment = piece;
                continue;
            }
            const breaks = lineBreaks(piece.text);
            const isLast = p === pieces.length - 1;
            const isFirst = p === 0;
            if (!isLast) {
                // Whitespace before a comment.
                if (isFirst && !previous) replace(piece, '');
                else if (breaks === 0) replace(piece, ' ');
                else replace(piece, newline(breaks > 1 && !(isFirst && afterOpen), commentDepth));
                continue;
            }
            // Whitespace before the next token (or the end of the text).
            switch (separation) {
                case 'start':
                    replace(piece, !lastComment ? '' : breaks === 0 && lastComment.kind === 'block-comment' ? ' ' : newline(breaks > 1, 0));
                    break;
                case 'end':
                    replace(piece, eol);
                    break;
                case 'line': {
                    const nextDepth = beforeClose ? depth - 1 : depth;
                    const blank = breaks > 1 && !beforeClose && !(isFirst && afterOpen);
                    replace(piece, newline(blank, nextDepth));
                    break;
                }
                default:
                    if (lastComment?.kind === 'line-comment') replace(piece, newline(false, depth + 1));
                    // The author's text in another language may stand on a line of its own, one level deeper.
                    else if (breaks > 0 && next !== undefined && next.text === 'in' && isTranslation(next.astNode))
                        replace(piece, newline(false, depth + 1));
                    else replace(piece, separation === 'none' && !lastComment ? '' : ' ');
            }
        }
        if (next?.text === '{') depth++;
        else if (next?.text === '}') depth--;
    }
    return replacements;
}
