import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { generateMarkdown } from '../../packages/language/src/generator/index.js';
import type { GenerateResult } from '../../packages/language/src/lsp/sla-protocol.js';
import { startServerProcess } from '../helpers/server-process.js';
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
let stop: () => void = () => undefined;

beforeAll(async () => {
    ({ connection, stop } = await startServerProcess(serverBundle, { uri, text }));
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
    expect(result).toEqual({
        kind: 'content',
        format: 'markdown',
        encoding: 'utf8',
        content: generateMarkdown(document.parseResult.value),
    });
});

it('answers over IPC, the transport the desktop client forks it with', async () => {
    const child = fork(serverBundle, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const ipc = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    ipc.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    ipc.onRequest(() => null);
    ipc.listen();
    try {
        const init = await ipc.sendRequest<{ capabilities: { hoverProvider?: unknown; executeCommandProvider?: unknown } }>('initialize', {
            processId: process.pid,
            rootUri: null,
            capabilities: {},
        });
        expect(init.capabilities.hoverProvider).toBeTruthy();
        // The palette commands are custom requests: a server that advertised commands would make
        // the client register them too, and the extension's own registration would then clash.
        expect(init.capabilities.executeCommandProvider).toBeUndefined();
        await ipc.sendNotification('initialized', {});
        await ipc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
        const result = await ipc.sendRequest<{ kind: string; tiers?: Array<{ name: string }> }>('sla/tiers', { textDocument: { uri } });
        expect(result.tiers?.map((t) => t.name)).toEqual(['Standard', 'Premium', 'Enterprise']);
    } finally {
        ipc.dispose();
        child.kill();
    }
});

it('ships client bundles that load as CommonJS and export activate and deactivate', () => {
    // VS Code supplies `vscode` at run time; a stand-in is enough to load the bundles.
    const probe = `
        const Module = require('node:module');
        const load = Module._load;
        Module._load = function (request, ...rest) {
            return request === 'vscode' ? new Proxy({}, { get: () => function () {} }) : load.call(this, request, ...rest);
        };
        for (const file of process.argv.slice(1)) {
            const exported = require(file);
            console.log(typeof exported.activate, typeof exported.deactivate);
        }`;
    const bundles = ['extension.js', 'extension-web.js'].map((name) =>
        fileURLToPath(new URL(`../../packages/vscode/dist/${name}`, import.meta.url)),
    );
    const result = spawnSync(process.execPath, ['-e', probe, ...bundles], { encoding: 'utf8', timeout: 30_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('function function\nfunction function\n');
});
