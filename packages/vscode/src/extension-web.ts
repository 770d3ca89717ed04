/**
 * VS Code for the Web (and desktop's web extension host): the language server runs in a Web
 * Worker (the bundled `dist/server-web.js`). vscode-languageclient 10's browser client takes
 * `(id, name, serverOptions = the Worker, clientOptions)`.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateSla, clientOptions } from './activate.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/server-web.js');
    const worker = new Worker(serverUrl.toString(true), { name: 'SLA Language Server' });
    client = new LanguageClient('sla', 'SLA Language Server', worker, clientOptions());
    await activateSla(context, client);
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}
