import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from '../sla-module.js';
import { registerSlaRequests } from '../lsp/sla-requests.js';
import { registerCompareRequest } from '../lsp/compare-request.js';

/**
 * The language server over Node streams: `--stdio` for any LSP client, IPC when VS Code's
 * Node client starts it. The connection picks the transport from the command line.
 */
export function startNodeLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createSlaServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
    // The palette commands' requests (sla/generate, sla/tiers, sla/calculateCredit).
    registerSlaRequests(connection, shared);
    registerCompareRequest(connection, shared);
}
