import { AstUtils, DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { MultiMap } from 'langium';
import { isCalendar, isHolidays, isService, isSeverity, isTier } from '../generated/ast.js';

/**
 * Tier, severity, service, calendar and holiday-list names are local to their agreement: nothing
 * is exported to the global scope, so a tier in one open file never resolves to, or clashes with,
 * a tier of another file. Severities are declared inside the `severities` block but referenced
 * from tiers, so every kind is made visible at the root of the document instead of inside its container.
 */
export class SlaScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (!isTier(node) && !isSeverity(node) && !isService(node) && !isCalendar(node) && !isHolidays(node)) {
            return;
        }
        const name = this.nameProvider.getName(node);
        if (name) {
            symbols.add(AstUtils.findRootNode(node), this.descriptions.createDescription(node, name, document));
        }
    }
}
