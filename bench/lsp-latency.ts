import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateAgreement } from './generate.js';
import { summarize, type Sample } from './measure.js';

export interface LspRow {
    lines: number;
    edits: number;
    /** didOpen → first publishDiagnostics in the first server ever started (no code cache yet). */
    openFirst: number;
    /** The same in a second server, which loads with the code cache the first one left. */
    open: number;
    /** didChange → publishDiagnostics, each edit after the previous one's diagnostics arrived. */
    edit: Sample;
    errorsAtEnd: number;
}

interface PublishedDiagnostics {
    uri: string;
    diagnostics: Array<{ severity?: number }>;
}

/**
 * Edit → published diagnostics through the real language server process
 * (`sla-language-server --stdio`), as an LSP client sees it: each edit changes one price figure
 * somewhere in the document (so the document stays valid) and the clock stops when the server
 * publishes the diagnostics of the new text. A first server session, in the benchmark's own
 * temporary folder (`env`), only opens the document and exits, leaving the code cache that
 * sessions after the first one load with; the edits are timed in a second session.
 */
export async function measureEditLatency(repoRoot: string, size: number, env: NodeJS.ProcessEnv, edits = 20): Promise<LspRow> {
    const first = await session(repoRoot, size, env, 0);
    const second = await session(repoRoot, size, env, edits);
    return {
        lines: second.lines,
        edits,
        openFirst: first.open,
        open: second.open,
        edit: summarize(second.times),
        errorsAtEnd: second.errorsAtEnd,
    };
}

async function session(
    repoRoot: string,
    size: number,
    env: NodeJS.ProcessEnv,
    edits: number,
): Promise<{ lines: number; open: number; times: number[]; errorsAtEnd: number }> {
    const server = spawn(process.execPath, [join(repoRoot, 'packages/cli/bin/sla-language-server.js'), '--stdio'], {
        stdio: ['pipe', 'pipe', 'inherit'],
        env,
    });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    let waiting: ((params: PublishedDiagnostics) => void) | undefined;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => waiting?.(params));
    connection.listen();
    const uri = 'file:///bench/lsp-edit.sla';
    const next = (what: string) =>
        new Promise<PublishedDiagnostics>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics within 30 s after ${what}`)), 30_000);
            waiting = (params) => {
                if (params.uri !== uri) return;
                clearTimeout(timer);
                waiting = undefined;
                resolve(params);
            };
        });

    try {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await connection.sendNotification('initialized', {});
        const { text, lines } = generateAgreement(size);
        const opened = next('didOpen');
        const openStart = performance.now();
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
        await opened;
        const open = performance.now() - openStart;

        // The price figures of the document, edited in turn: 1000 → 1001 → 1000 …
        const prices = text.split('\n').flatMap((line, index) => {
            const match = /^(\s*price )(\d+)/.exec(line);
            return match ? [{ line: index, character: match[1].length, digits: match[2] }] : [];
        });
        const times: number[] = [];
        let version = 1;
        let last: PublishedDiagnostics | undefined;
        for (let i = 0; i < edits; i++) {
            const target = prices[(i * 7) % prices.length];
            const replacement = String(Number(target.digits) + (i % 2 ? -1 : 1));
            const range = {
                start: { line: target.line, character: target.character },
                end: { line: target.line, character: target.character + target.digits.length },
            };
            target.digits = replacement;
            const published = next(`edit ${i + 1}`);
            const start = performance.now();
            await connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: ++version },
                contentChanges: [{ range, text: replacement }],
            });
            last = await published;
            times.push(performance.now() - start);
            // A short pause, as between keystrokes that each trigger a rebuild.
            await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return { lines, open, times, errorsAtEnd: last?.diagnostics.filter((d) => d.severity === 1).length ?? (edits ? -1 : 0) };
    } finally {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
        // Let it exit by itself (it writes its code cache on the way out); kill it if it hangs.
        const timer = setTimeout(() => server.kill(), 10_000);
        await exited;
        clearTimeout(timer);
        connection.dispose();
    }
}
