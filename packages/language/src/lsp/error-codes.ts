/**
 * The error codes the server answers its own requests with (see sla-protocol.ts), by name. Values
 * are JSON-RPC's and LSP's, so that any client understands them without knowing this server.
 */
import { ErrorCodes, LSPErrorCodes } from 'vscode-languageserver';

export const SlaErrorCodes = {
    /** The parameters are malformed: no document URI, a measurement that is not text. */
    InvalidParams: ErrorCodes.InvalidParams,
    /** `sla/generate` named a format that is not in the registry of output formats. */
    UnknownOutputFormat: ErrorCodes.InvalidParams,
    /** The client cancelled the request, or a change to the document did. */
    RequestCancelled: LSPErrorCodes.RequestCancelled,
    /** The document kept changing and was not built in time; the client may ask again. */
    ContentModified: LSPErrorCodes.ContentModified,
} as const;
