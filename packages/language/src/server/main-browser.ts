/// <reference lib="webworker" />
import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createSlaServices } from '../sla-module.js';
import { registerSlaRequests } from '../lsp/sla-requests.js';
import { registerCompareRequest } from '../lsp/compare-request.js';

/** The same language server inside a Web Worker, for VS Code for the Web. */
declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createSlaServices({ connection, ...EmptyFileSystem });
startLanguageServer(shared);
// The palette commands' requests (sla/generate, sla/tiers, sla/calculateCredit).
registerSlaRequests(connection, shared);
registerCompareRequest(connection, shared);
