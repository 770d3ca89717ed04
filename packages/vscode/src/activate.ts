/**
 * What the desktop and the web extension share once their language client exists: the client's
 * options, and the palette commands, which talk to the server through its own requests.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { calculateCreditCommand } from './credit-command.js';
import { compareCommand } from './compare-command.js';
import { ContractPreviews } from './contract-preview.js';
import { FORMAT_SHORTCUTS, GENERATE_COMMAND } from './format-commands.js';
import { generateCommand } from './generate-command.js';
import { SlaServer } from './sla-server.js';

export function clientOptions(): LanguageClientOptions {
    return {
        // Every scheme: files, untitled documents, and the virtual file systems of VS Code for the Web.
        documentSelector: [{ language: 'sla' }],
        synchronize: {
            // Langium reads the `sla` section (workspace/configuration) and re-reads it on this notification.
            configurationSection: 'sla',
        },
    };
}

export async function activateSla(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
    const server = new SlaServer(client);
    const previews = new ContractPreviews(context, server);
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand(GENERATE_COMMAND, (argument?: unknown) => generateCommand(server, undefined, argument)),
        ...Object.entries(FORMAT_SHORTCUTS).map(([id, format]) =>
            vscode.commands.registerCommand(id, (argument?: unknown) => generateCommand(server, format, argument)),
        ),
        vscode.commands.registerCommand('sla.openContractPreview', (uri?: unknown) => previews.open(uri)),
        vscode.commands.registerCommand('sla.calculateCredit', (args?: unknown) => calculateCreditCommand(server, args)),
        vscode.commands.registerCommand('sla.compareWith', (args?: unknown) => compareCommand(context, server, args)),
    );
    // Commands are registered before the server is up, so that a click that activated the
    // extension finds them; their requests wait for the client to be running.
    await client.start();
    context.subscriptions.push({ dispose: () => void client.stop() });
}
