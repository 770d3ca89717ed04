import { AstUtils, DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { MultiMap } from 'langium';
import { isSeverity, isTier } from '../generated/ast.js';

/**
 * Tier and severity names are local to their agreement: nothing is exported to the global scope,
 * so a tier in one open file never resolves to, or clashes with, a tier of another file.
 * Severities are declared inside the `severities` block but referenced from tiers, so both kinds
 * are made visible at the root of the document instead of inside their container.
 */
export class SlaScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (!isTier(node) && !isSeverity(node)) {
            return;
        }
        const name = this.nameProvider.getName(node);
        if (name) {
            symbols.add(AstUtils.findRootNode(node), this.descriptions.createDescription(node, name, document));
        }
    }
}
