import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import type { Agreement } from '../generated/ast.js';

export interface SourceText {
    uri: URI;
    text: string;
}

export interface BuiltDocument {
    document: LangiumDocument<Agreement>;
    diagnostics: Diagnostic[];
}

/**
 * Parses, links and validates texts outside an editor (CLI, tests, benchmarks) in one build, so
 * that a thousand files cost one pass of the document builder rather than a thousand.
 */
export async function buildDocuments(shared: LangiumSharedServices, sources: readonly SourceText[]): Promise<BuiltDocument[]> {
    const documents = sources.map(({ uri, text }) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Agreement>(text, uri);
        if (shared.workspace.LangiumDocuments.hasDocument(uri)) {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents.map((document) => ({ document, diagnostics: document.diagnostics ?? [] }));
}

export async function buildText(
    shared: LangiumSharedServices,
    text: string,
    uri = URI.parse('memory:/document.sla'),
): Promise<BuiltDocument> {
    const [built] = await buildDocuments(shared, [{ uri, text }]);
    return built;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
    return diagnostics.some((diagnostic) => diagnostic.severity === 1);
}
