import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface ServerProcess {
    connection: MessageConnection;
    stop: () => void;
}

/**
 * Starts a language server script with `--stdio` in a process of its own and initializes it as a
 * plain editor would: it answers configuration requests with no settings, any other request from
 * the server with null, and opens the given document.
 */
export async function startServerProcess(script: string, open: { uri: string; text: string }): Promise<ServerProcess> {
    const child = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest(() => null);
    connection.listen();
    const stop = () => {
        connection.dispose();
        child.kill();
    };
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: open.uri, languageId: 'sla', version: 1, text: open.text },
    });
    return { connection, stop };
}
