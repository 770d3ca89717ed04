import { AstUtils, DefaultScopeProvider, DocumentCache, MapScope, type AstNodeDescription, type ReferenceInfo, type Scope } from 'langium';
import type { LangiumServices } from 'langium/lsp';

/**
 * Every tier and severity name is visible at the root of its agreement (see SlaScopeComputation),
 * so all references of one type in a document share one scope. Langium's default builds a scope
 * per reference and searches it linearly — quadratic in the number of tiers: a 10 MB document with
 * 18,000 tiers spent most of its build linking. Here one map per document and type, built once and
 * dropped when the document changes, answers each lookup at once. The first declaration of a name
 * wins, as before (a second one is reported as `duplicate-name`).
 */
export class SlaScopeProvider extends DefaultScopeProvider {
    private readonly documentScopes: DocumentCache<string, Scope>;

    constructor(services: LangiumServices) {
        super(services);
        this.documentScopes = new DocumentCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const localSymbols = document.localSymbols;
        if (!localSymbols) return super.getScope(context);
        const referenceType = this.reflection.getReferenceType(context);
        return this.documentScopes.get(document.uri, referenceType, () => {
            const first = new Map<string, AstNodeDescription>();
            for (const description of localSymbols.getStream(document.parseResult.value)) {
                if (this.reflection.isSubtype(description.type, referenceType) && !first.has(description.name)) first.set(description.name, description);
            }
            return new MapScope(first.values(), this.getGlobalScope(referenceType, context));
        });
    }
}
