/**
 * SLA: Open Contract Preview: the contract text the generator writes, rendered beside the editor
 * and re-rendered as the document changes (debounced). The webview runs no script at all: its
 * Content-Security-Policy allows only the extension's stylesheet, and nothing in the page comes
 * from the document except escaped text.
 */
import * as vscode from 'vscode';
import type { SlaProblem } from 'sla-language/protocol';
import { fileName, targetDocument } from './document-target.js';
import { escapeHtml, renderMarkdown } from './render-markdown.js';
import { webviewPage } from './webview-page.js';
import type { SlaServer } from './sla-server.js';

const DEBOUNCE_MS = 300;
const viewType = 'sla.contractPreview';

/** What the command returns: the preview as it now stands (tests read it; the palette ignores it). */
export interface PreviewSnapshot {
    title: string;
    html: string;
}

export class ContractPreviews implements vscode.Disposable {
    private readonly previews = new Map<string, ContractPreview>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly server: SlaServer,
    ) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (event.contentChanges.length > 0) this.previews.get(event.document.uri.toString())?.schedule();
            }),
        );
    }

    async open(argument: unknown): Promise<PreviewSnapshot | undefined> {
        const document = await targetDocument(argument, 'SLA: Open Contract Preview');
        if (!document) return undefined;
        const key = document.uri.toString();
        let preview = this.previews.get(key);
        if (preview) {
            preview.reveal();
        } else {
            preview = new ContractPreview(this.context, this.server, document, () => this.previews.delete(key));
            this.previews.set(key, preview);
            preview.schedule(0);
        }
        await preview.settled();
        return preview.snapshot();
    }

    dispose(): void {
        for (const preview of [...this.previews.values()]) preview.dispose();
        for (const subscription of this.subscriptions) subscription.dispose();
    }
}

class ContractPreview {
    private readonly panel: vscode.WebviewPanel;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private running: Promise<void> | undefined;
    private rerun = false;
    /** The last contract text that rendered, kept on screen while the document has errors. */
    private lastBody: string | undefined;
    private disposed = false;

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly server: SlaServer,
        private readonly document: vscode.TextDocument,
        onDispose: () => void,
    ) {
        this.panel = vscode.window.createWebviewPanel(
            viewType,
            `Contract: ${fileName(document.uri)}`,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            {
                enableScripts: false,
                enableForms: false,
                enableCommandUris: false,
                localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
            },
        );
        this.panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'sla-file.svg');
        this.panel.onDidDispose(() => {
            this.disposed = true;
            if (this.timer) clearTimeout(this.timer);
            onDispose();
        });
        this.panel.webview.html = this.page('<p class="status">Rendering the contract text…</p>');
    }

    reveal(): void {
        this.panel.reveal(undefined, true);
    }

    /** Re-renders after the document has been quiet for a moment (typing must not flood the server). */
    schedule(delay = DEBOUNCE_MS): void {
        if (this.disposed) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.refresh();
        }, delay);
    }

    /** Resolves once no render is waiting or running. */
    async settled(): Promise<void> {
        while (!this.disposed && (this.timer || this.running)) {
            if (this.running) await this.running;
            else await new Promise((resolve) => setTimeout(resolve, 25));
        }
    }

    snapshot(): PreviewSnapshot {
        return { title: this.panel.title, html: this.panel.webview.html };
    }

    dispose(): void {
        this.panel.dispose();
    }

    private refresh(): Promise<void> {
        if (this.running) {
            this.rerun = true;
            return this.running;
        }
        this.running = (async () => {
            do {
                this.rerun = false;
                await this.renderOnce();
            } while (this.rerun && !this.disposed);
        })().finally(() => {
            this.running = undefined;
        });
        return this.running;
    }

    private async renderOnce(): Promise<void> {
        let notice: string | undefined;
        try {
            const result = await this.server.generate(this.document, 'markdown');
            if (this.disposed) return;
            if (result.kind === 'content') {
                this.lastBody = renderMarkdown(result.content);
            } else {
                notice = errorNotice(result.errors, this.lastBody !== undefined);
            }
        } catch (error) {
            if (this.disposed) return;
            notice = `<div class="notice">The language server could not render the contract text: ${escapeHtml(error instanceof Error ? error.message : String(error))}</div>`;
        }
        const html = this.page(`${notice ?? ''}${this.lastBody ? `<article class="contract">${this.lastBody}</article>` : ''}`);
        // Setting the html reloads the page and its scroll position (no script may keep it), so
        // edits that leave the contract text as it was (comments, spacing) leave the page alone.
        if (html !== this.panel.webview.html) this.panel.webview.html = html;
    }

    private page(body: string): string {
        return webviewPage(this.panel.webview, this.context.extensionUri, this.panel.title, ['preview.css'], body);
    }
}

function errorNotice(errors: SlaProblem[], keepsOld: boolean): string {
    const items = errors
        .slice(0, 10)
        .map((e) => `<li>Line ${e.line}: ${e.code ? `<code>${escapeHtml(e.code)}</code> ` : ''}${escapeHtml(e.message)}</li>`)
        .join('');
    const more = errors.length > 10 ? `<li>… and ${errors.length - 10} more in the Problems view</li>` : '';
    const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
    return `<div class="notice"><p>The document has ${count}, so no contract text is generated${keepsOld ? '; below is the last version without errors' : ''}.</p><ul>${items}${more}</ul></div>`;
}
