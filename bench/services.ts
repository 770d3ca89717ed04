import { EmptyFileSystem, inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
} from 'langium/lsp';
import { createSlaServices, SlaModule, type SlaServices } from 'sla-language';
// The bare baseline needs the grammar without the SLA module, which the public API does not
// offer (on purpose: nothing else should use it), so the generated module is imported by path.
import { SlaGeneratedSharedModule, SlaGrammarGeneratedModule } from '../packages/language/src/generated/module.js';

export interface FullServices {
    shared: LangiumSharedServices;
    Sla: SlaServices;
}

export interface BareServices {
    shared: LangiumSharedServices;
    language: LangiumServices;
}

/** The SLA services as the CLI and the language server use them: every check registered. */
export function createFullServices(): FullServices {
    return createSlaServices(EmptyFileSystem);
}

/**
 * The same grammar on Langium's default services — a separate service set with no SLA checks,
 * no document validator and no value converter: the cost of "just Langium" for the same text,
 * the baseline the full build is compared with. It keeps one piece of the SlaModule, the scope
 * computation: with Langium's default scoping, the severities declared inside their block are
 * not visible from the tiers, and every `response` line would become a linking error — the
 * baseline would then spend its time reporting errors the real build never has.
 * `--bare-defaults` drops that too, for the record.
 */
export function createBareServices(options: { defaultScoping?: boolean } = {}): BareServices {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), SlaGeneratedSharedModule);
    const language = options.defaultScoping
        ? inject(createDefaultModule({ shared }), SlaGrammarGeneratedModule)
        : inject(createDefaultModule({ shared }), SlaGrammarGeneratedModule, {
              // The scope services need nothing of the SLA services beyond Langium's.
              references: SlaModule.references as Module<LangiumServices, NonNullable<PartialLangiumServices['references']>>,
          });
    shared.ServiceRegistry.register(language);
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, language };
}
