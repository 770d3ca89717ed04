import { URI, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { generateAgreement } from './generate.js';
import { summarize, type Sample } from './measure.js';
import { buildOne, createFullServices } from './services.js';

export interface EditorRow {
    feature: 'hover' | 'inlay hints';
    lines: number;
    requests: number;
    /** Undefined when the feature does not exist (yet): the reason is in `missing`. */
    sample?: Sample;
    missing?: string;
}

/** Positions on every figure an author hovers: availability commitments and bracket credits. */
function hoverPositions(text: string): Position[] {
    const positions: Position[] = [];
    text.split('\n').forEach((line, index) => {
        const figure = /^\s*availability (\d)/.exec(line) ?? /^\s*credit (\d)/.exec(line);
        if (figure) positions.push({ line: index, character: figure.index + figure[0].length - 1 });
    });
    return positions;
}

async function timeEach<T>(count: number, request: (index: number) => Promise<T>): Promise<{ times: number[]; results: T[] }> {
    const times: number[] = [];
    const results: T[] = [];
    for (let i = 0; i < count; i++) {
        const start = performance.now();
        results.push(await request(i));
        times.push(performance.now() - start);
    }
    return { times, results };
}

/**
 * Hover and inlay-hint latency in process, through the services' HoverProvider and
 * InlayHintProvider, on a built document of about `size` lines — the time a request takes once
 * the document is built, as the language server answers it.
 */
export async function measureEditorFeatures(size: number): Promise<EditorRow[]> {
    const { shared, Sla } = createFullServices();
    const { text, lines } = generateAgreement(size);
    const uri = URI.parse('file:///bench/editor.sla');
    const { document } = await buildOne(shared, text, uri);
    const textDocument = { uri: uri.toString() };
    const rows: EditorRow[] = [];

    const hover = Sla.lsp.HoverProvider;
    const positions = hoverPositions(text);
    const probe = hover ? await hover.getHoverContent(document as LangiumDocument, { textDocument, position: positions[0] }) : undefined;
    if (!hover || !probe) {
        rows.push({ feature: 'hover', lines, requests: 0, missing: 'no hover on availability figures yet (Langium\'s default hover only)' });
    } else {
        const count = positions.length * 5;
        await timeEach(positions.length, (i) => Promise.resolve(hover.getHoverContent(document, { textDocument, position: positions[i] })));
        const { times } = await timeEach(count, (i) => Promise.resolve(hover.getHoverContent(document, { textDocument, position: positions[i % positions.length] })));
        rows.push({ feature: 'hover', lines, requests: count, sample: summarize(times) });
    }

    const inlay = Sla.lsp.InlayHintProvider;
    if (!inlay) {
        rows.push({ feature: 'inlay hints', lines, requests: 0, missing: 'no InlayHintProvider bound yet' });
    } else {
        // The whole document per request: the most an editor asks for at once.
        const range = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
        const request = () => Promise.resolve(inlay.getInlayHints(document, { textDocument, range }));
        await timeEach(5, request);
        const { times, results } = await timeEach(50, request);
        rows.push(results[0]?.length
            ? { feature: 'inlay hints', lines, requests: times.length, sample: summarize(times) }
            : { feature: 'inlay hints', lines, requests: 0, missing: 'the InlayHintProvider returns no hints yet' });
    }
    return rows;
}
