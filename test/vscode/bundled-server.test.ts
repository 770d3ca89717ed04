import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { generateMarkdown } from '../../packages/language/src/generator/index.js';
import type { GenerateResult } from '../../packages/language/src/lsp/sla-protocol.js';
import { build, readExample } from '../helpers/services.js';

/**
 * The language server as the desktop extension ships it (`packages/vscode/dist/server.mjs`,
 * minified, forked by the Node client): it starts, checks, hovers and generates. The e2e suite
 * covers the web worker build; desktop VS Code cannot be downloaded on every machine.
 */
const serverBundle = fileURLToPath(new URL('../../packages/vscode/dist/server.mjs', import.meta.url));
const examplePath = fileURLToPath(new URL('../../examples/acme-tiers.sla', import.meta.url));
const uri = pathToFileURL(examplePath).toString();
const text = readFileSync(examplePath, 'utf8');

let connection: MessageConnection;
let stop: () => void;

beforeAll(async () => {
    const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest(() => null);
    connection.listen();
    stop = () => { connection.dispose(); child.kill(); };
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
});

afterAll(() => stop?.());

it('hovers an availability figure with its budget', async () => {
    const offset = text.indexOf('availability 99.95%') + 'availability 99'.length;
    const before = text.slice(0, offset).split('\n');
    const hover = await connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: before.length - 1, character: before.at(-1)!.length },
    });
    expect(hover?.contents.value).toContain('21m 36s');
});

it('generates the contract text that sla build writes', async () => {
    const { document } = await build(readExample('acme-tiers.sla'));
    const result = await connection.sendRequest<GenerateResult>('sla/generate', { textDocument: { uri, version: 1 }, format: 'markdown' });
    expect(result).toEqual({ kind: 'content', content: generateMarkdown(document.parseResult.value) });
});
