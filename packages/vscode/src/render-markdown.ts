/**
 * The contract text as HTML for the preview. Raw HTML in the Markdown is not rendered (html:
 * false) — the generator escapes document text, and this is the second wall. The webview's
 * Content-Security-Policy forbids inline styles, so markdown-it's `style="text-align:…"` on table
 * cells becomes a class the preview's stylesheet aligns.
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

for (const rule of ['th_open', 'td_open'] as const) {
    markdown.renderer.rules[rule] = (tokens, index, options, _env, self) => {
        const token = tokens[index];
        const style = token.attrGet('style');
        const align = style !== null && /text-align:\s*(left|center|right)/.exec(String(style))?.[1];
        if (style !== null) {
            token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
        }
        if (align) token.attrJoin('class', `align-${align}`);
        return self.renderToken(tokens, index, options);
    };
}

export function renderMarkdown(text: string): string {
    return markdown.render(text);
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
