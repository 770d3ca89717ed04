import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { build, services } from '../helpers/services.js';

export const sla = services.Sla;

/** The position of the `occurrence`-th (0-based) `needle` in the text, `shift` characters into it. */
export function positionOf(document: LangiumDocument, needle: string, { occurrence = 0, shift = 0 } = {}): Position {
    const text = document.textDocument.getText();
    let index = -1;
    for (let k = 0; k <= occurrence; k++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
    }
    return document.textDocument.positionAt(index + shift);
}

export function textDocument(document: LangiumDocument): { uri: string } {
    return { uri: document.uri.toString() };
}

/** The hover's Markdown at the `occurrence`-th `needle`, `shift` characters into it. */
export async function hoverAt(
    text: string,
    needle: string,
    options: { occurrence?: number; shift?: number } = {},
): Promise<string | undefined> {
    const { document } = await build(text);
    const hover = await sla.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: textDocument(document),
        position: positionOf(document, needle, { shift: 1, ...options }),
    });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}

/** The text after formatting with the language's formatter (4 spaces, as an editor would ask). */
export async function formatText(text: string): Promise<{ formatted: string; edits: number }> {
    const { document } = await build(text);
    const edits = await sla.lsp.Formatter!.formatDocument(document, {
        textDocument: textDocument(document),
        options: { tabSize: 4, insertSpaces: true },
    });
    return { formatted: TextDocument.applyEdits(document.textDocument, edits), edits: edits.length };
}

/** The AST as JSON without positions, CST or containers: what the document means, not how it is laid out. */
export async function astOf(text: string): Promise<string> {
    const { document } = await build(text);
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        throw new Error(`Does not parse: ${[...lexerErrors, ...parserErrors].map((e) => e.message).join('; ')}\n${text}`);
    }
    return sla.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, space: 1 });
}
