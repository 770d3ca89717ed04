import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type ParseResult } from 'langium';

/** The node's own `{`, if it has one (not one of a node inside it). */
function openingBrace(node: AstNode): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
}

/**
 * Which parts of a document a syntax error damaged, so that no check infers anything from them
 * (docs/LANGUAGE-REFERENCE.md, "A clause that does not parse"):
 *
 * - a **damaged** clause did not parse as written: the parser gave up inside it, or invented or
 *   dropped a token to finish it, or the lexer skipped characters inside it. Its own checks do not
 *   run, and no diagnostic elsewhere may rest on it;
 * - a block with **unparsed text inside** holds words the parser skipped between its clauses: its
 *   clauses are fine, but nothing may be concluded from what the block seems to lack.
 *
 * A clause is a node written directly inside a block (`{ … }`) or the agreement: damage deep inside
 * a bracket (its bound, its duration) damages the bracket.
 */
const damagedNodes = new WeakSet<AstNode>();
const unparsedInsideNodes = new WeakSet<AstNode>();

export function isDamaged(node: AstNode | undefined): boolean {
    for (let current = node; current; current = current.$container) if (damagedNodes.has(current)) return true;
    return false;
}

export function hasUnparsedTextInside(node: AstNode): boolean {
    return unparsedInsideNodes.has(node);
}

/** Whether the node, or anything inside it, is damaged or holds unparsed text. */
export function holdsDamage(node: AstNode): boolean {
    return AstUtils.streamAst(node).some((inner) => damagedNodes.has(inner) || unparsedInsideNodes.has(inner));
}

/** Every damaged clause of the document. */
export function damagedClauses(document: LangiumDocument): AstNode[] {
    return AstUtils.streamAst(document.parseResult.value)
        .filter((node) => damagedNodes.has(node))
        .toArray();
}

/** A block: a node whose own text opens a `{`. */
function isBlock(node: AstNode): boolean {
    return node.$container === undefined || openingBrace(node) !== undefined;
}

/** The clause a node belongs to: itself or the ancestor written directly inside a block. */
function clauseOf(node: AstNode): AstNode {
    let clause = node;
    while (clause.$container && !isBlock(clause.$container)) clause = clause.$container;
    return clause;
}

/**
 * Collects damage while one document is parsed. The parser reports the nodes it was building when
 * it recovered (innermost last); some of them never make it into the tree (a bound that consumed
 * nothing), so the damage lands, once the tree is complete, on the innermost one that did.
 */
export class DamageRecorder {
    private pending: Array<{ open: AstNode[]; kind: 'damaged' | 'unparsed'; offset?: number }> = [];

    start(): void {
        this.pending = [];
    }

    /** `offset`: where the token the parser stumbled on starts, when known. */
    damaged(open: AstNode[], offset?: number): void {
        this.pending.push({ open, kind: 'damaged', offset });
    }

    unparsedInside(open: AstNode[]): void {
        this.pending.push({ open, kind: 'unparsed' });
    }

    finish(result: ParseResult): void {
        const root = result.value;
        if (this.pending.length === 0 && result.lexerErrors.length === 0 && result.parserErrors.length === 0) return;
        const inTree = new Set(AstUtils.streamAst(root));
        for (const { open, kind, offset } of this.pending) {
            const innermost = [...open].reverse().find((node) => inTree.has(node)) ?? root;
            // A block that stumbled between its clauses (`oops` before its `}`) holds unparsed text;
            // its clauses parsed and are checked. Only a stumble in its header damages the block.
            const betweenClauses =
                kind === 'damaged' && isBlock(innermost) && offset !== undefined && offsetInsideBraces(innermost, offset);
            if (kind === 'damaged' && !betweenClauses) damagedNodes.add(clauseOf(innermost));
            else unparsedInsideNodes.add(innermost);
        }
        for (const error of result.lexerErrors) this.lexerError(root, inTree, error.offset);
        // Text after the end of the agreement: the agreement may lack what was written there.
        if (result.parserErrors.some((error) => error.name === 'NotAllInputParsedException')) unparsedInsideNodes.add(root);
        this.pending = [];
    }

    /** Characters the lexer skipped: inside a clause they damage it, between clauses they are unparsed text of the block. */
    private lexerError(root: AstNode, inTree: Set<AstNode>, offset: number): void {
        let innermost = root;
        for (const node of inTree) {
            const cst = node.$cstNode;
            if (cst && cst.offset < offset && offset < cst.end && (innermost.$cstNode?.length ?? Infinity) >= cst.length) innermost = node;
        }
        if (!isBlock(innermost)) damagedNodes.add(clauseOf(innermost));
        else if (innermost === root || offsetInsideBraces(innermost, offset)) unparsedInsideNodes.add(innermost);
        else damagedNodes.add(innermost);
    }
}

/** Whether an offset lies between a block's braces rather than in its header (`tier Gold §{`). */
function offsetInsideBraces(block: AstNode, offset: number): boolean {
    const open = openingBrace(block);
    return open !== undefined && offset > open.offset;
}
