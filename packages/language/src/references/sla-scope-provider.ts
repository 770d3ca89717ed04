import {
    AstUtils,
    DefaultScopeProvider,
    DocumentCache,
    EMPTY_SCOPE,
    MapScope,
    type AstNodeDescription,
    type ReferenceInfo,
    type Scope,
} from 'langium';
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
        let referenceType: string;
        try {
            referenceType = this.reflection.getReferenceType(context);
        } catch {
            // Completion inside a half-parsed clause can ask for a property that is no reference here.
            return EMPTY_SCOPE;
        }
        return this.documentScopes.get(document.uri, referenceType, () => {
            const first = new Map<string, AstNodeDescription>();
            for (const description of localSymbols.getStream(document.parseResult.value)) {
                if (this.reflection.isSubtype(description.type, referenceType) && !first.has(description.name))
                    first.set(description.name, description);
            }
            return new MapScope(first.values(), this.getGlobalScope(referenceType, context));
        });
    }
}
