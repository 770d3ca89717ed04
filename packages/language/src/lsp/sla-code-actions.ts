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
import { addBlock, addCalendarDays, addCapability, addPeriod, skeletonTitle } from './block-skeletons.js';

/**
 * Quick fixes for the diagnostics in the request. Most come ready-made in `diagnostic.data.fixes`,
 * written by the check that found the problem (bracket overlaps, gaps and brackets above the
 * commitment, credits out of order or over the cap, unusual caps, unrealistic nines, termination
 * rights above the commitment, clocks running outside coverage, fixed credits over the fee,
 * internal objectives, PromQL windows); the rest are built here from the document: `min` for the
 * ambiguous `m`, skeletons for missing blocks, a capability for an RPO or RTO, days for a calendar.
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
            case IssueCodes.RpoUnsupported:
                return this.capabilityFix(document, diagnostic, 'synchronous-replication');
            case IssueCodes.RtoUnsupported:
                return this.capabilityFix(document, diagnostic, 'automatic-failover');
            case IssueCodes.CalendarEmpty:
                return this.calendarFix(document, diagnostic);
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

    /**
     * Declare the capability the objective needs. Not preferred: it states a fact about operations
     * that only the author knows; the title says what it adds, and no figure changes.
     */
    protected capabilityFix(document: LangiumDocument<Agreement>, diagnostic: Diagnostic, feature: string): CodeAction[] {
        const edit = addCapability(document, feature);
        return edit ? [this.action(document, diagnostic, `Declare \`${feature}\` in capabilities`, [edit])] : [];
    }

    /** A calendar without `days`: add the working week the message proposes. */
    protected calendarFix(document: LangiumDocument<Agreement>, diagnostic: Diagnostic): CodeAction[] {
        const line = diagnostic.range.start.line;
        const calendar = document.parseResult.value.calendars.find(
            (c) => c.days.length === 0 && c.$cstNode && c.$cstNode.range.start.line <= line && line <= c.$cstNode.range.end.line,
        );
        const edit = calendar && addCalendarDays(document, calendar);
        return edit ? [this.action(document, diagnostic, 'Add `days monday to friday`', [edit], true)] : [];
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
