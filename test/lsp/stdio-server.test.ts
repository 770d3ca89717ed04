/**
 * The language server as an editor sees it: `sla-language-server --stdio` started as a process
 * (the bundle built by the test setup), spoken to in JSON-RPC over its standard streams.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
    CodeAction,
    Command,
    CompletionItem,
    CompletionList,
    Diagnostic,
    DocumentSymbol,
    Hover,
    InitializeResult,
    InlayHint,
    Location,
    LocationLink,
    MarkupContent,
    Position,
    PublishDiagnosticsParams,
    SemanticTokens,
    TextEdit,
    WorkspaceEdit,
} from 'vscode-languageserver-protocol';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const acmePath = fileURLToPath(new URL('../../examples/acme-tiers.sla', import.meta.url));
const uri = pathToFileURL(acmePath).toString();
const original = readFileSync(acmePath, 'utf8');

/** The Node that runs Langium 4.4 (v22), as the project's scripts use it. */
const node = existsSync(`${root}node_modules/.bin/node`) ? `${root}node_modules/.bin/node` : process.execPath;

let server: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
let stderr = '';
let initializeResult: InitializeResult;
const diagnostics: PublishDiagnosticsParams[] = [];
const diagnosticWaiters: Array<() => void> = [];
let inlayHintRefreshes = 0;
let text = original;
let version = 1;

/** The next diagnostics for the document published after `since` notifications. */
async function diagnosticsAfter(since: number): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + 20_000;
    for (;;) {
        const found = diagnostics.slice(since).find((d) => d.uri === uri);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No diagnostics for ${uri} within 20 s. Server stderr:\n${stderr}`);
        await new Promise<void>((resolve) => {
            diagnosticWaiters.push(resolve);
            setTimeout(resolve, 200);
        });
    }
}

/** A position in the current text: the `occurrence`-th `needle`, `shift` characters into it. */
function at(needle: string, shift = 1, occurrence = 0): Position {
    let index = -1;
    for (let k = 0; k <= occurrence; k++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`"${needle}" not found`);
    }
    return TextDocument.create(uri, 'sla', version, text).positionAt(index + shift);
}

const doc = { uri };

async function hoverText(needle: string, shift = 1): Promise<string> {
    const hover = await connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: doc, position: at(needle, shift) });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

async function change(newText: string): Promise<PublishDiagnosticsParams> {
    const since = diagnostics.length;
    text = newText;
    version++;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return diagnosticsAfter(since);
}

beforeAll(async () => {
    server = spawn(node, [`${root}packages/cli/bin/sla-language-server.js`, '--stdio'], { cwd: root });
    server.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
    });
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    // What an editor answers when the server asks.
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
        params.items.map((item) => (item.section === 'sla' ? { inlayHints: { enabled: true } } : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => {
        inlayHintRefreshes++;
        return null;
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        diagnostics.push(params);
        diagnosticWaiters.splice(0).forEach((resolve) => resolve());
    });
    connection.listen();

    initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(examples).toString(),
        workspaceFolders: [{ uri: pathToFileURL(examples).toString(), name: 'examples' }],
        capabilities: {
            workspace: {
                configuration: true,
                didChangeConfiguration: { dynamicRegistration: true },
                inlayHint: { refreshSupport: true },
                workspaceFolders: true,
            },
            textDocument: {
                synchronization: { dynamicRegistration: false },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: true } },
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                rename: { prepareSupport: true },
                inlayHint: {},
                publishDiagnostics: { relatedInformation: true },
                semanticTokens: {
                    requests: { full: true },
                    tokenTypes: [],
                    tokenModifiers: [],
                    formats: ['relative'],
                },
            },
        },
    });
    await connection.sendNotification('initialized', {});
    const since = diagnostics.length;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version, text } });
    const published = await diagnosticsAfter(since);
    // acme-tiers.sla is clean: no error, no warning (hints are allowed).
    expect(published.diagnostics.filter((d) => d.severity === 1 || d.severity === 2)).toEqual([]);
}, 60_000);

afterAll(async () => {
    if (!connection || server.exitCode !== null) return;
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
    connection.dispose();
    if (code === 'timeout') server.kill();
    expect(code).toBe(0);
});

describe('sla-language-server --stdio, driven as an editor would', () => {
    it('advertises the editor features', () => {
        const capabilities = initializeResult.capabilities;
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.completionProvider).toBeTruthy();
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.referencesProvider).toBeTruthy();
        expect(capabilities.renameProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider?.legend.tokenModifiers).toContain('percentage');
    });

    it('hovers 99.9% with 43m 12s for a 30-day month, and 99.99% with 4m 19s and 52m 34s', async () => {
        const threeNines = await hoverText('availability 99.9%', 14);
        expect(threeNines).toContain('**43m 12s** in a 30-day month');
        expect(threeNines).toContain('1m 26s');
        expect(threeNines).toContain('8h 45m 36s');
        const fourNines = await hoverText('availability 99.99%', 14);
        expect(fourNines).toContain('4m 19s');
        expect(fourNines).toContain('52m 34s');
        expect(await hoverText('credit 5%  when availability below 99.9%')).toContain(
            'between 43m 12s and 3h 36m of downtime in a 30-day month',
        );
    });

    it('shows the budgets as inlay hints', async () => {
        const hints = await connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', {
            textDocument: doc,
            range: { start: { line: 0, character: 0 }, end: at('claims {', 0) },
        });
        const labels = (hints ?? []).map((hint) => hint.label);
        expect(labels).toContain('≈ 43m 12s / month');
        expect(labels).toContain('≈ 21m 36s / month');
        expect(labels).toContain('≈ 4m 19s / month');
        const after99_9 = (hints ?? []).find((hint) => hint.position.line === at('availability 99.9%').line);
        expect(after99_9?.label).toBe('≈ 43m 12s / month');
    });

    it('follows sla.inlayHints.enabled: asks the editor to refresh the hints and then shows none', async () => {
        const request = { textDocument: doc, range: { start: { line: 0, character: 0 }, end: at('claims {', 0) } };
        const refreshesBefore = inlayHintRefreshes;
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { sla: { inlayHints: { enabled: false } } } });
        const deadline = Date.now() + 10_000;
        while (inlayHintRefreshes === refreshesBefore && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(inlayHintRefreshes).toBeGreaterThan(refreshesBefore);
        expect((await connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', request)) ?? []).toEqual([]);
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { sla: { inlayHints: { enabled: true } } } });
        const hints = await connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', request);
        expect((hints ?? []).map((hint) => hint.label)).toContain('≈ 43m 12s / month');
    });

    it('completes `availability` inside a tier', async () => {
        const result = await connection.sendRequest<CompletionList | CompletionItem[] | null>('textDocument/completion', {
            textDocument: doc,
            position: at('price 1300 per month', 0),
        });
        const items = Array.isArray(result) ? result : (result?.items ?? []);
        expect(items.map((item) => item.label)).toContain('availability');
    });

    it('lists the three tiers in the outline', async () => {
        const symbols = await connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: doc });
        const tiers = symbols[0].children!.filter((s) => s.kind === 5).map((s) => s.name);
        expect(tiers).toEqual(['Standard', 'Premium', 'Enterprise']);
    });

    it('goes from `extends Standard` to Standard, and finds its uses', async () => {
        const result = await connection.sendRequest<Location | Location[] | LocationLink[] | null>('textDocument/definition', {
            textDocument: doc,
            position: at('extends Standard', 10),
        });
        const first = Array.isArray(result) ? result[0] : result;
        const range = first && ('targetSelectionRange' in first ? first.targetSelectionRange : first.range);
        expect(range?.start).toEqual(at('tier Standard', 5));
        const references = await connection.sendRequest<Location[]>('textDocument/references', {
            textDocument: doc,
            position: at('tier Standard', 6),
            context: { includeDeclaration: true },
        });
        expect(references.map((r) => r.range.start).sort((a, b) => a.line - b.line)).toEqual([
            at('tier Standard', 5),
            at('extends Standard', 8),
        ]);
    });

    it('renames Standard at every use, and refuses a name that exists', async () => {
        const prepared = await connection.sendRequest<{ start: Position } | null>('textDocument/prepareRename', {
            textDocument: doc,
            position: at('extends Standard', 10),
        });
        expect(prepared?.start).toEqual(at('extends Standard', 8));
        const edit = await connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
            textDocument: doc,
            position: at('extends Standard', 10),
            newName: 'Basic',
        });
        const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'sla', version, text), edit.changes![uri]);
        expect(renamed.match(/\bStandard\b/g)).toBeNull();
        expect(renamed.match(/\bBasic\b/g)).toHaveLength(original.match(/\bStandard\b/g)!.length);
        await expect(
            connection.sendRequest('textDocument/rename', { textDocument: doc, position: at('tier Standard', 6), newName: 'Premium' }),
        ).rejects.toThrow(/A tier named `Premium` already exists/);
    });

    it('returns semantic tokens that decode to tiers and percentages', async () => {
        const tokens = await connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: doc });
        const legend = initializeResult.capabilities.semanticTokensProvider!.legend;
        const document = TextDocument.create(uri, 'sla', version, text);
        let line = 0;
        let character = 0;
        const decoded: string[] = [];
        for (let i = 0; i < tokens.data.length; i += 5) {
            const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 5);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaStart : deltaStart;
            decoded.push(
                `${document.getText({ start: { line, character }, end: { line, character: character + length } })} ${legend.tokenTypes[type]}`,
            );
        }
        expect(decoded).toContain('Standard class');
        expect(decoded).toContain('99.99% number');
        expect(decoded).toContain('critical enumMember');
    });

    it('formats, and formatting the formatted text changes nothing', async () => {
        const edits = await connection.sendRequest<TextEdit[] | null>('textDocument/formatting', {
            textDocument: doc,
            options: { tabSize: 4, insertSpaces: true },
        });
        expect(edits?.length).toBeGreaterThan(0); // acme-tiers.sla aligns columns with extra spaces
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'sla', version, text), edits ?? []);
        expect(formatted).toContain('        high "A major feature is unavailable"\n');
        const published = await change(formatted);
        expect(published.diagnostics.filter((d) => d.severity === 1 || d.severity === 2)).toEqual([]);
        const again = await connection.sendRequest<TextEdit[] | null>('textDocument/formatting', {
            textDocument: doc,
            options: { tabSize: 4, insertSpaces: true },
        });
        expect(again ?? []).toEqual([]);
    });

    it('reports new diagnostics after a change, and answers code action requests for them', async () => {
        const published = await change(text.replace('response critical within 4 h', 'response critical within 4 m'));
        const ambiguous = published.diagnostics.filter((d: Diagnostic) => d.code === 'ambiguous-unit');
        expect(ambiguous).toHaveLength(1);
        expect(ambiguous[0].range.start.line).toBe(at('within 4 m').line);
        const actions = await connection.sendRequest<Array<CodeAction | Command> | null>('textDocument/codeAction', {
            textDocument: doc,
            range: ambiguous[0].range,
            context: { diagnostics: ambiguous },
        });
        // Quick fixes are another feature's; here the request must be answered, with well-formed actions.
        expect(actions === null || Array.isArray(actions)).toBe(true);
        for (const action of actions ?? []) expect(typeof action.title).toBe('string');
        expect(stderr).not.toMatch(/Error|at .*:\d+:\d+/);
    });
});
