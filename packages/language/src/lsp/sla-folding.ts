import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';

/** Whether the node is written as a `{ … }` block: the agreement, measurement, a tier, credits… */
export function isBlockNode(node: AstNode): boolean {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, '{') !== undefined;
}

/**
 * Folds blocks (and multi-line comments, as Langium does) — not every clause that happens to wrap
 * over three lines. The agreement itself folds too: Langium skips the root node.
 */
export class SlaFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult?.value;
        if (root && isBlockNode(root)) this.collectObjectFolding(document, root, acceptor);
        super.collectFolding(document, acceptor);
    }

    protected override shouldProcess(node: AstNode): boolean {
        return isBlockNode(node);
    }
}
