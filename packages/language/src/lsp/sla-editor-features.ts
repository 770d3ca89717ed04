import type { Module } from 'langium';
import type { PartialLangiumLSPServices } from 'langium/lsp';
import type { SlaServices } from '../sla-services.js';
import { SlaCompletionProvider } from './sla-completion.js';
import { SlaDocumentSymbolProvider } from './sla-document-symbols.js';
import { SlaFoldingRangeProvider } from './sla-folding.js';
import { SlaFormatter } from './sla-formatter.js';
import { SlaHoverProvider } from './sla-hover-provider.js';
import { SlaInlayHintProvider } from './sla-inlay-hints.js';
import { SlaRenameProvider } from './sla-rename.js';
import { SlaSemanticTokenProvider } from './sla-semantic-tokens.js';

/**
 * The editor features of the language server (hover, inlay hints, completion, outline, folding,
 * rename, formatting, semantic tokens), spread into the `lsp` group of `SlaModule`. Go to
 * definition and find references are Langium's defaults, which work on the cross-references.
 */
export const SlaEditorFeatures: Module<SlaServices, NonNullable<PartialLangiumLSPServices['lsp']>> = {
    HoverProvider: (services) => new SlaHoverProvider(services),
    InlayHintProvider: (services) => new SlaInlayHintProvider(services),
    CompletionProvider: (services) => new SlaCompletionProvider(services),
    DocumentSymbolProvider: () => new SlaDocumentSymbolProvider(),
    FoldingRangeProvider: (services) => new SlaFoldingRangeProvider(services),
    RenameProvider: (services) => new SlaRenameProvider(services),
    Formatter: () => new SlaFormatter(),
    SemanticTokenProvider: (services) => new SlaSemanticTokenProvider(services),
};
