import { describe, expect, it } from 'vitest';
import { build, exampleFiles, readExample } from '../helpers/services.js';
import { sla, textDocument } from './lsp-helpers.js';

/** Text meant for a person that shows a value that was never there. */
const INTERNAL = /\bundefined\b|\bNaN\b|\[object \w+\]/;

/**
 * While an author types, the document is half written. Every editor feature must keep answering
 * — no exception, nothing like `undefined` or `NaN` shown — on every such variant of every example.
 */
/** The example cut short at 40 places, and with one token left out at 40 places. */
function halfWritten(text: string): string[] {
    const variants = Array.from({ length: 40 }, (_, i) => text.slice(0, Math.floor((text.length * (i + 1)) / 41)));
    const tokens = sla.parser.Lexer.tokenize(text).tokens;
    for (let i = 0; i < 40; i++) {
        const token = tokens[Math.floor((tokens.length * i) / 40)];
        variants.push(text.slice(0, token.startOffset) + text.slice(token.endOffset! + 1));
    }
    return variants;
}

describe.each(exampleFiles())('editor features on half-written %s', (name) => {
    const text = readExample(name);

    it('answer at every token of every variant', async () => {
        for (const [cut, prefix] of halfWritten(text).entries()) {
            const { document } = await build(prefix);
            const td = textDocument(document);
            const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(prefix.length) };
            const shown: unknown[] = [
                await sla.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: td, range: whole }),
                await sla.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: td }),
                await sla.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: td }),
                await sla.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: td }),
                await sla.lsp.Formatter!.formatDocument(document, { textDocument: td, options: { tabSize: 4, insertSpaces: true } }),
                await sla.lsp.CompletionProvider!.getCompletion(document, { textDocument: td, position: whole.end }),
            ];
            const tokens = sla.parser.Lexer.tokenize(prefix).tokens;
            for (const token of tokens) {
                const position = document.textDocument.positionAt(token.startOffset);
                shown.push(await sla.lsp.HoverProvider!.getHoverContent(document, { textDocument: td, position }));
            }
            for (const result of shown) {
                const json = JSON.stringify(result ?? null);
                expect(json, `${name}, variant ${cut}:\n${prefix}`).not.toMatch(INTERNAL);
            }
        }
    }, 60_000);
});
