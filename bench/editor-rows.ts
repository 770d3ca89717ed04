import { URI, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { buildText } from 'sla-language';
import { generateAgreement } from './generate.js';
import { summarize, type Sample } from './measure.js';
import { createFullServices } from './services.js';

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
 * the document is built, as the language server answers it. Each request is timed on a freshly
 * built document (hover: every figure once; inlay hints: once per rebuild), so that what the
 * providers cache per document is paid as it is after every edit; the JIT is warmed on another
 * document first.
 */
export async function measureEditorFeatures(size: number): Promise<EditorRow[]> {
    const { shared, Sla } = createFullServices();
    const { text, lines } = generateAgreement(size);
    const uri = URI.parse('file:///bench/editor.sla');
    const textDocument = { uri: uri.toString() };
    const fresh = async () => (await buildText(shared, text, uri)).document;
    const rows: EditorRow[] = [];

    const hover = Sla.lsp.HoverProvider;
    const positions = hoverPositions(text);
    const warm = await fresh();
    const probe = hover ? await hover.getHoverContent(warm as LangiumDocument, { textDocument, position: positions[0] }) : undefined;
    if (!hover || !probe) {
        rows.push({ feature: 'hover', lines, requests: 0, missing: "no hover on availability figures yet (Langium's default hover only)" });
    } else {
        await timeEach(positions.length, (i) => Promise.resolve(hover.getHoverContent(warm, { textDocument, position: positions[i] })));
        const document = await fresh();
        const { times } = await timeEach(positions.length, (i) =>
            Promise.resolve(hover.getHoverContent(document, { textDocument, position: positions[i] })),
        );
        rows.push({ feature: 'hover', lines, requests: times.length, sample: summarize(times) });
    }

    const inlay = Sla.lsp.InlayHintProvider;
    if (!inlay) {
        rows.push({ feature: 'inlay hints', lines, requests: 0, missing: 'no InlayHintProvider bound yet' });
    } else {
        // The whole document per request: the most an editor asks for at once.
        const range = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
        const request = (document: LangiumDocument) => Promise.resolve(inlay.getInlayHints(document, { textDocument, range }));
        await timeEach(5, () => request(warm));
        const times: number[] = [];
        let hints = 0;
        for (let i = 0; i < 20; i++) {
            const document = await fresh();
            const start = performance.now();
            hints = (await request(document))?.length ?? 0;
            times.push(performance.now() - start);
        }
        rows.push(
            hints
                ? { feature: 'inlay hints', lines, requests: times.length, sample: summarize(times) }
                : { feature: 'inlay hints', lines, requests: 0, missing: 'the InlayHintProvider returns no hints yet' },
        );
    }
    return rows;
}
