/**
 * `sla/compare` (sla-protocol.ts): the open document against another version of it whose text
 * the client sends. That text is parsed on its own, outside the workspace, so it never shows up
 * as a document of the workspace (no diagnostics published for it, no names shared with others);
 * the comparison needs no linking, since tiers and severities are matched by the names written.
 */
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Agreement } from '../generated/ast.js';
import { compareAgreements, sideOf } from '../diff/compare-agreements.js';
import { diffJson } from '../diff/diff-json.js';
import { diffMarkdown } from '../diff/render-markdown.js';
import { redline, redlineMarkdown } from '../diff/redline.js';
import { generateMarkdown } from '../generator/index.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { CompareRequestMethod, REDLINE_MARKS, type CompareParams, type CompareResult, type SlaProblem } from './sla-protocol.js';
import { validatedDocument } from './sla-requests.js';

const MARKS = new RegExp(`[${Object.values(REDLINE_MARKS).flat().join('')}]`, 'g');

export function registerCompareRequest(connection: Connection, shared: LangiumSharedServices): void {
    connection.onRequest(CompareRequestMethod, async (params: CompareParams, token): Promise<CompareResult> => {
        if (typeof params?.old?.text !== 'string' || typeof params.old.label !== 'string') {
            throw new ResponseError(ErrorCodes.InvalidParams, 'The request needs the other version as { old: { text, label } }.');
        }
        const current = await validatedDocument(shared, params, token);
        const newErrors = syntaxErrors(current.diagnostics ?? []);
        if (newErrors.length > 0) return { kind: 'errors', side: 'new', errors: newErrors };
        const other = await parsedAlone(shared, params.old.text);
        if (other.errors.length > 0) return { kind: 'errors', side: 'old', errors: other.errors };

        const [before, after] = [other.document.parseResult.value, current.parseResult.value];
        const labels = {
            old: params.old.label,
            new: current.uri.path.slice(current.uri.path.lastIndexOf('/') + 1),
            deviations: params.deviations === true,
        };
        const changes = compareAgreements(sideOf(before), sideOf(after), { deviations: params.deviations === true });
        const json = diffJson(changes, labels);
        const contract = (agreement: Agreement) => generateMarkdown(agreement).replace(MARKS, '\uFFFD');
        return {
            kind: 'comparison',
            counts: json.counts as { provider: number; unclear: number; customer: number },
            changes: json.changes as Array<Record<string, unknown>>,
            markdown: diffMarkdown(changes, labels),
            redline: redlineMarkdown(redline(contract(before), contract(after)), REDLINE_MARKS),
        };
    });
}

let counter = 0;

/** Parses the text and reports its syntax errors, without adding it to the workspace. */
async function parsedAlone(
    shared: LangiumSharedServices,
    text: string,
): Promise<{ document: LangiumDocument<Agreement>; errors: SlaProblem[] }> {
    const uri = URI.parse(`sla-compare:/other-version-${++counter}.sla`);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Agreement>(text, uri);
    const services = shared.ServiceRegistry.getServices(uri);
    // Only the lexer and parser: the checks need a linked document, and the comparison does not.
    const diagnostics = await services.validation.DocumentValidator.validateDocument(document, { categories: ['built-in'] });
    return { document, errors: syntaxErrors(diagnostics) };
}

function syntaxErrors(diagnostics: readonly Diagnostic[]): SlaProblem[] {
    return diagnostics
        .filter((d) => d.severity === 1 && d.code === IssueCodes.SyntaxError)
        .map((d) => ({
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            code: IssueCodes.SyntaxError,
            message: typeof d.message === 'string' ? d.message : d.message.value,
        }));
}
