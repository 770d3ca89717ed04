import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumSharedServices,
    type PartialLangiumServices,
} from 'langium/lsp';
import { SlaGeneratedSharedModule, SlaGrammarGeneratedModule } from './generated/module.js';
import { SlaEditorFeatures } from './lsp/sla-editor-features.js';
import { SlaCodeActionProvider } from './lsp/sla-code-actions.js';
import { SlaDocumentValidator } from './validation/sla-document-validator.js';
import { SlaParserErrorMessageProvider } from './grammar/sla-parser-messages.js';
import { SlaLexerErrorMessageProvider } from './grammar/sla-lexer-messages.js';
import { SlaScopeComputation } from './references/sla-scope-computation.js';
import { SlaTokenBuilder } from './grammar/sla-token-builder.js';
import { createSlaParser } from './grammar/sla-parser.js';
import { SlaValidationRegistry } from './validation/sla-validation-registry.js';
import { SlaScopeProvider } from './references/sla-scope-provider.js';
import { SlaValueConverter } from './grammar/sla-value-converter.js';
import { registerValidationChecks } from './validation/register-checks.js';
import { SlaSettingsProvider } from './validation/sla-settings-provider.js';
import type { SlaAddedServices, SlaServices } from './sla-services.js';

/**
 * How the SLA services are wired: Langium's default core and LSP services, then the generated
 * grammar module, then this module, whose entries replace the defaults of the same name.
 */
export const SlaModule: Module<SlaServices, PartialLangiumServices & SlaAddedServices> = {
    parser: {
        ValueConverter: () => new SlaValueConverter(),
        ParserErrorMessageProvider: (services) => new SlaParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new SlaLexerErrorMessageProvider(),
        TokenBuilder: () => new SlaTokenBuilder(),
        LangiumParser: (services) => createSlaParser(services),
    },
    settings: {
        SettingsProvider: (services) => new SlaSettingsProvider(services.shared),
    },
    validation: {
        DocumentValidator: (services) => new SlaDocumentValidator(services),
        ValidationRegistry: (services) => new SlaValidationRegistry(services),
    },
    references: {
        ScopeComputation: (services) => new SlaScopeComputation(services),
        ScopeProvider: (services) => new SlaScopeProvider(services),
    },
    lsp: {
        ...SlaEditorFeatures,
        CodeActionProvider: () => new SlaCodeActionProvider(),
    },
};

/**
 * Creates the shared services and the SLA language services, and registers the validation
 * checks. Without an LSP connection (CLI, tests) pass `EmptyFileSystem` or `NodeFileSystem`.
 */
export function createSlaServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Sla: SlaServices } {
    const shared = inject(createDefaultSharedModule(context), SlaGeneratedSharedModule);
    const Sla = inject(createDefaultModule({ shared }), SlaGrammarGeneratedModule, SlaModule);
    shared.ServiceRegistry.register(Sla);
    registerValidationChecks(Sla);
    if (!context.connection) {
        // No client will send its configuration: tell the workspace that none is coming.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sla };
}
