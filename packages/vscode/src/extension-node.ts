/**
 * Desktop VS Code: the language server runs as a Node process (the bundled `dist/server.mjs`,
 * the same server as `sla-language-server`), talking to the client over IPC.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateSla, clientOptions } from './activate.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath('dist/server.mjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    client = new LanguageClient('sla', 'SLA Language Server', serverOptions, clientOptions());
    await activateSla(context, client);
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}
