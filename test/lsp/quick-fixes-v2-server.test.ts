import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { startServerProcess } from '../helpers/server-process.js';
import { readExample } from '../helpers/services.js';

/**
 * The v2 quick fixes through the real language server process: the diagnostic is published with
 * its fix data, `textDocument/codeAction` answers with the fix, and the document with the fix
 * applied is published without the diagnostic.
 */
const serverBin = fileURLToPath(new URL('../../packages/cli/bin/sla-language-server.js', import.meta.url));
const folder = 'file:///tmp/quick-fixes-v2';
const clean = readExample('enterprise-negotiated.sla');
// A termination right above the commitment, a clock that runs while support sleeps, an internal
// objective looser than the contract's.
const broken = clean
    .replace(
        'termination when availability below 99.0% in 3 consecutive months',
        'termination when availability below 99.97% in 3 consecutive months',
    )
    .replace('availability 99.95% internal 99.99%', 'availability 99.95% internal 99.9%');

let connection: MessageConnection;
let stop: () => void = () => undefined;
let opened = 0;
const waiting = new Map<string, (diagnostics: Diagnostic[]) => void>();

beforeAll(async () => {
    ({ connection, stop } = await startServerProcess(serverBin, { uri: `${folder}/clean.sla`, text: clean }));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        waiting.get(params.uri)?.(params.diagnostics);
    });
});
afterAll(() => stop());

/** Opens the text as a document of its own (each step its own URI) and waits for its diagnostics. */
function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `${folder}/step-${++opened}.sla`;
    const published = new Promise<{ uri: string; diagnostics: Diagnostic[] }>((resolve) =>
        waiting.set(uri, (diagnostics) => resolve({ uri, diagnostics })),
    );
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
    return published;
}

async function fix(uri: string, text: string, diagnostic: Diagnostic): Promise<{ titles: string[]; after: string }> {
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    });
    const document = TextDocument.create(uri, 'sla', 1, text);
    const preferred = actions.find((a) => a.isPreferred) ?? actions[0];
    return { titles: actions.map((a) => a.title), after: TextDocument.applyEdits(document, preferred.edit?.changes?.[uri] ?? []) };
}

describe('v2 quick fixes over LSP', () => {
    it('each fix is offered for its published diagnostic and, applied in turn, leaves the clean example', async () => {
        let step = await open(broken);
        // The right is judged against the tier's 99.95% and against service Console's 99.9%.
        expect(step.diagnostics.map((d) => d.code).sort()).toEqual([
            'internal-not-stricter',
            'termination-above-commitment',
            'termination-above-commitment',
        ]);
        const [tierWide, console] = step.diagnostics.filter((d) => d.code === 'termination-above-commitment');
        expect((await fix(step.uri, broken, tierWide)).titles).toEqual([
            'Limit the termination right to the commitment: when availability below 99.95%',
        ]);
        expect(console.message).toContain('for service Console');
        let result = await fix(step.uri, broken, console);
        expect(result.titles).toEqual(['Limit the termination right to the commitment: when availability below 99.9%']);
        const text = result.after;
        step = await open(text);
        expect(step.diagnostics.map((d) => d.code)).toEqual(['internal-not-stricter']);
        result = await fix(step.uri, text, step.diagnostics[0]);
        expect(result.titles).toEqual(['Remove the internal objective (`internal 99.9%`)']);
        step = await open(result.after);
        expect(step.diagnostics).toEqual([]);
        expect(result.after).toBe(
            clean
                .replace(
                    'termination when availability below 99.0% in 3 consecutive months',
                    'termination when availability below 99.9% in 3 consecutive months',
                )
                .replace('availability 99.95% internal 99.99%', 'availability 99.95%'),
        );
    });
});
