import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
    CancellationTokenSource,
    createMessageConnection,
    ResponseError,
    StreamMessageReader,
    StreamMessageWriter,
    type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { leaksInternals, type Failure } from './drive-services.js';
import { HOSTILE, KEYWORDS, STRAY } from './mutators.js';
import type { Random } from './prng.js';

/**
 * Drives the real `sla-language-server --stdio` as an editor does: open a document, then a
 * stream of incremental `didChange` edits interleaved with requests. Every request must be
 * answered (a result, or a cancellation the protocol allows) within 2 s; the server must not log
 * an error (stderr, `window/logMessage` of type Error) and must never exit.
 */
const serverBin = fileURLToPath(new URL('../../packages/cli/bin/sla-language-server.js', import.meta.url));

/** Answers that mean "the document changed under the request": allowed by the protocol. */
const CANCELLED = new Set([-32800, -32801, -32802]);

export interface ServerStats {
    edits: number;
    requests: number;
    slowest: number;
}

export class ServerSession {
    readonly failures: Array<Failure & { where: string }> = [];
    readonly stats: ServerStats = { edits: 0, requests: 0, slowest: 0 };
    private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
    private readonly connection: MessageConnection;
    private capabilities: Record<string, unknown> = {};
    private exited = false;
    private version = 0;

    /** `answerWithinMs`: the longest a request or the diagnostics may take (2 s; more for huge documents). */
    constructor(private readonly answerWithinMs = 2000) {
        this.child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.on('exit', (code, signal) => {
            this.exited = true;
            if (!this.stopping) this.fail('exit', `the server exited (${code ?? signal})`);
        });
        this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.fail('stderr', chunk.slice(0, 1000)));
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
        this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            if (params.type === 1 || /An error occurred|Error:|TypeError|RangeError/.test(params.message))
                this.fail('logMessage', params.message.slice(0, 1000));
        });
        this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
            if (params.type === 1) this.fail('showMessage', params.message.slice(0, 1000));
        });
        this.connection.onNotification(
            'textDocument/publishDiagnostics',
            (params: { uri: string; diagnostics: Array<{ message: string; code?: string }> }) => {
                this.published.set(params.uri, (this.published.get(params.uri) ?? 0) + 1);
                for (const diagnostic of params.diagnostics) {
                    if (/An error occurred/.test(diagnostic.message) || leaksInternals(diagnostic.message))
                        this.fail('diagnostics', `${diagnostic.code}: ${diagnostic.message.slice(0, 500)}`);
                }
                this.onPublish?.();
            },
        );
        // Requests from the server to the client: answer as a minimal editor would.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest(() => null);
        this.connection.listen();
    }

    private stopping = false;
    private readonly published = new Map<string, number>();
    private onPublish?: () => void;
    private current?: { uri: string; document: TextDocument; label: string };

    private fail(stage: string, message: string): void {
        this.failures.push({ stage, message, where: this.current?.label ?? 'between documents' });
    }

    async start(): Promise<void> {
        const result = (await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    inlayHint: {},
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
                    publishDiagnostics: { relatedInformation: true },
                },
                workspace: { configuration: true },
            },
        })) as { capabilities: Record<string, unknown> };
        this.capabilities = result.capabilities;
        await this.connection.sendNotification('initialized', {});
    }

    get exitedEarly(): boolean {
        return this.exited && !this.stopping;
    }

    /** Opens one document and drives `edits` changes into it, with a request after most of them. */
    async fuzzDocument(
        label: string,
        uri: string,
        text: string,
        edits: number,
        random: Random,
        fragments: readonly string[],
    ): Promise<void> {
        const document = TextDocument.create(uri, 'sla', ++this.version, text);
        this.current = { uri, document, label };
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'sla', version: document.version, text },
        });
        let publishedBefore = this.published.get(uri) ?? 0;
        await this.request(random);
        await this.diagnosed(uri, publishedBefore);
        for (let i = 0; i < edits && !this.exited; i++) {
            const length = document.getText().length;
            const start = random.int(length + 1);
            const end = Math.min(length, start + (random.chance(0.5) ? 0 : random.int(30)));
            const range = { start: document.positionAt(start), end: document.positionAt(end) };
            const inserted = random.chance(0.3) ? '' : random.pick(fragments);
            TextDocument.update(document, [{ range, text: inserted }], ++this.version);
            publishedBefore = this.published.get(uri) ?? 0;
            await this.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: this.version },
                contentChanges: [{ range, text: inserted }],
            });
            this.stats.edits++;
            // Several edits in a row without a request, as fast typing sends them, some of the time.
            if (random.chance(0.7)) await this.request(random);
            // A pause in typing, some of the time: the intermediate text gets validated too.
            if (random.chance(0.15)) await this.diagnosed(uri, publishedBefore);
        }
        await this.request(random);
        await this.diagnosed(uri, publishedBefore);
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        this.current = undefined;
    }

    /**
     * Waits for the diagnostics of the latest text (a publish after the last change): the whole
     * document validated, as the editor shows it, within 2 s.
     */
    private async diagnosed(uri: string, before: number): Promise<void> {
        const started = performance.now();
        while ((this.published.get(uri) ?? 0) <= before && !this.exited) {
            const waited = performance.now() - started;
            if (waited > this.answerWithinMs) {
                this.fail('unanswered', `no diagnostics within ${this.answerWithinMs} ms of the last change`);
                return;
            }
            await new Promise<void>((resolve) => {
                const timer = setTimeout(resolve, this.answerWithinMs - waited);
                this.onPublish = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
        }
        this.stats.slowest = Math.max(this.stats.slowest, performance.now() - started);
    }

    private async request(random: Random): Promise<void> {
        const current = this.current!;
        const textDocument = { uri: current.uri };
        const length = current.document.getText().length;
        const position = current.document.positionAt(random.int(length + 1));
        const range = { start: current.document.positionAt(0), end: current.document.positionAt(length) };
        const options = { tabSize: 4, insertSpaces: true };
        const candidates: Array<[string, string, unknown]> = [
            ['hoverProvider', 'textDocument/hover', { textDocument, position }],
            ['completionProvider', 'textDocument/completion', { textDocument, position }],
            ['documentSymbolProvider', 'textDocument/documentSymbol', { textDocument }],
            ['foldingRangeProvider', 'textDocument/foldingRange', { textDocument }],
            ['definitionProvider', 'textDocument/definition', { textDocument, position }],
            ['referencesProvider', 'textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
            ['documentHighlightProvider', 'textDocument/documentHighlight', { textDocument, position }],
            ['renameProvider', 'textDocument/prepareRename', { textDocument, position }],
            ['inlayHintProvider', 'textDocument/inlayHint', { textDocument, range }],
            ['codeActionProvider', 'textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
            ['documentFormattingProvider', 'textDocument/formatting', { textDocument, options }],
            ['documentRangeFormattingProvider', 'textDocument/rangeFormatting', { textDocument, range, options }],
            ['semanticTokensProvider', 'textDocument/semanticTokens/full', { textDocument }],
            ['codeLensProvider', 'textDocument/codeLens', { textDocument }],
        ];
        // The server's own requests, which the extension's commands send (sla-protocol.ts).
        candidates.push(
            ['sla', 'sla/generate', { textDocument, format: random.pick(['json', 'markdown']) }],
            ['sla', 'sla/tiers', { textDocument }],
            [
                'sla',
                'sla/calculateCredit',
                {
                    textDocument,
                    tier: random.pick(['Standard', 'Premium', 'Gold', '']),
                    measurement: random.pick(['99.2%', '3h', '45 min', '3m', 'abc', '101%', '']),
                },
            ],
        );
        const supported = candidates.filter(([capability]) => capability === 'sla' || this.capabilities[capability]);
        if (supported.length === 0) return;
        const [, method, params] = random.pick(supported);
        this.stats.requests++;
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), this.answerWithinMs);
        });
        try {
            // Editors cancel requests all the time: a cancelled request must still be answered.
            const cancellation = new CancellationTokenSource();
            const answer = this.connection.sendRequest(method, params, cancellation.token);
            if (random.chance(0.1)) cancellation.cancel();
            const outcome = await Promise.race([answer, timeout]);
            if (outcome === 'timeout') this.fail('unanswered', `${method} got no answer within ${this.answerWithinMs} ms`);
            // An error the server failed to recognise as one arrives as a result shaped like an error.
            else if (isErrorShaped(outcome))
                this.fail('request', `${method}: an error sent as a result: ${JSON.stringify(outcome).slice(0, 200)}`);
        } catch (error) {
            if (!(error instanceof ResponseError && CANCELLED.has(error.code))) {
                this.fail('request', `${method}: ${error instanceof Error ? error.message : String(error)}`);
            }
        } finally {
            clearTimeout(timer);
            this.stats.slowest = Math.max(this.stats.slowest, performance.now() - started);
        }
    }

    /** Shuts down politely; the server must still be running when asked to. */
    async stop(): Promise<void> {
        if (this.exited) {
            this.fail('exit', 'the server was no longer running at shutdown');
            return;
        }
        this.stopping = true;
        const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
            await this.connection.sendNotification('exit');
        } catch {
            /* the exit below settles it */
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (!this.exited) this.child.kill('SIGKILL');
        this.connection.dispose();
    }
}

/** Text an editor inserts: typing, pasting structure, hostile characters. */
export const FRAGMENTS = [
    ...STRAY,
    ...HOSTILE,
    ...KEYWORDS.map((k) => `${k} `),
    ' ',
    '\n',
    '99.9%',
    '1e309',
    '"',
    '/*',
    '}\n}',
    'credit 5% when availability below 99.9%\n',
];

/** `{ code: -32800 }` (an Error's message does not survive JSON): what a ResponseError looks like sent as a result. */
export function isErrorShaped(value: unknown): boolean {
    return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof (value as { code?: unknown }).code === 'number' &&
        Object.keys(value).every((key) => ['code', 'message', 'data'].includes(key))
    );
}
