import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind,
    type CodeAction,
    type CodeActionParams,
    type Command,
    type Diagnostic,
    type TextEdit,
} from 'vscode-languageserver';
import type { Agreement } from '../generated/ast.js';
import { IssueCodes } from '../validation/issue-codes.js';
import type { FixData } from '../validation/quick-fix-data.js';
import { addBlock, addPeriod, skeletonTitle } from './block-skeletons.js';

/**
 * Quick fixes for the diagnostics in the request. Most come ready-made in `diagnostic.data.fixes`,
 * written by the check that found the problem (bracket overlaps, gaps and brackets above the
 * commitment, credits out of order or over the cap, unusual caps, unrealistic nines); the rest are built here from the document: `min` for the
 * ambiguous `m`, and skeletons for missing blocks.
 */
export class SlaCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap((diagnostic) => this.fixesFor(document as LangiumDocument<Agreement>, diagnostic));
    }

    protected fixesFor(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as FixData | undefined;
        if (data?.fixes) {
            return data.fixes.map((fix) => this.action(document, diagnostic, fix.title, fix.edits, fix.preferred));
        }
        switch (diagnostic.code) {
            case IssueCodes.AmbiguousUnit:
                return [this.action(document, diagnostic, 'Write `min` (minutes)', [{ range: diagnostic.range, newText: 'min' }], true)];
            case IssueCodes.MissingPeriod:
                return this.periodFix(document, diagnostic);
            case IssueCodes.MissingBlock:
            case IssueCodes.MissingClaims:
                return this.blockFix(document, diagnostic, data?.block);
            default:
                return [];
        }
    }

    /** With no measurement block, add one; with a block lacking its period, add `period monthly`. */
    protected periodFix(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
        const measurement = document.parseResult.value.measurements[0];
        if (!measurement) return this.blockFix(document, diagnostic, 'measurement');
        const edit = addPeriod(document, measurement);
        return edit ? [this.action(document, diagnostic, 'Add `period monthly`', [edit], true)] : [];
    }

    protected blockFix(document: LangiumDocument<Agreement>, diagnostic: Diagnostic, block: string | undefined): CodeAction[] {
        const title = block && skeletonTitle(block);
        const edit = block && addBlock(document, block);
        return title && edit ? [this.action(document, diagnostic, title, [edit], true)] : [];
    }

    protected action(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: TextEdit[], preferred = false): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: preferred,
            edit: { changes: { [document.textDocument.uri]: edits } },
        };
    }
}
