/**
 * The comparison in a webview: the changes (the Markdown `sla diff --format markdown` prints),
 * then the redlined contract text. Like the contract preview, the page runs no script and allows
 * only the extension's stylesheets; the redline arrives marked with private-use characters that
 * become `<del>`/`<ins>` only after the Markdown is rendered without raw HTML.
 */
import * as vscode from 'vscode';
import { REDLINE_MARKS, type CompareResult } from 'sla-language/protocol';
import { renderMarkdown } from './render-markdown.js';
import { webviewPage } from './webview-page.js';

/** What the command returns (tests read it; the palette ignores it). */
export interface CompareSnapshot {
    title: string;
    html: string;
    counts: { provider: number; unclear: number; customer: number };
    changes: Array<Record<string, unknown>>;
}

type Comparison = Extract<CompareResult, { kind: 'comparison' }>;

const TAGS: Record<string, string> = {
    [REDLINE_MARKS.del[0]]: '<del>',
    [REDLINE_MARKS.del[1]]: '</del>',
    [REDLINE_MARKS.ins[0]]: '<ins>',
    [REDLINE_MARKS.ins[1]]: '</ins>',
};
const MARK = new RegExp(`[${Object.keys(TAGS).join('')}]`, 'g');

export class ComparePreview {
    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly oldLabel: string,
        private readonly newLabel: string,
        private readonly deviations: boolean,
    ) {}

    show(result: Comparison): CompareSnapshot {
        const title = `${this.deviations ? 'Deviations' : 'Changes'}: ${this.oldLabel} → ${this.newLabel}`;
        const panel = vscode.window.createWebviewPanel(
            'sla.comparison',
            title,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            {
                enableScripts: false,
                enableForms: false,
                enableCommandUris: false,
                localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
            },
        );
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'sla-file.svg');
        const body = `<article class="comparison">${renderMarkdown(result.markdown)}</article>
<h1 class="redline-title">Contract text, redlined</h1>
<p class="status">Deleted text is struck through, inserted text underlined.</p>
<article class="contract redline">${redlineHtml(result.redline)}</article>`;
        panel.webview.html = webviewPage(panel.webview, this.context.extensionUri, title, ['preview.css', 'compare.css'], body);
        return { title, html: panel.webview.html, counts: result.counts, changes: result.changes };
    }
}

/** Renders the Markdown (no raw HTML), then turns the private marks into tags, balanced per block. */
export function redlineHtml(markdown: string): string {
    return renderMarkdown(markdown).replace(MARK, (mark) => TAGS[mark]);
}
