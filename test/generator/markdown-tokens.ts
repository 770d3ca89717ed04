import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * A Markdown parser other than the one whose serializer writes the contract text, configured to
 * see everything GitHub would: raw HTML and bare links (linkify) included, tables on.
 */
export const markdownIt = new MarkdownIt({ html: true, linkify: true });

export function parse(markdown: string): Token[] {
    return markdownIt.parse(markdown, {});
}

/** The text a reader sees in one inline token: breaks become newlines, markup disappears. */
export function inlineText(token: Token): string {
    return (token.children ?? [])
        .map((child) => {
            switch (child.type) {
                case 'text':
                case 'code_inline':
                    return child.content;
                case 'softbreak':
                case 'hardbreak':
                    return '\n';
                default:
                    return '';
            }
        })
        .join('');
}

/** Every token, inline children included, in document order. */
export function allTokens(tokens: Token[]): Token[] {
    return tokens.flatMap((token) => [token, ...(token.children ? allTokens(token.children) : [])]);
}

export interface ParsedTable {
    header: string[];
    rows: string[][];
}

/** The tables of a document, each cell as the text a reader sees. */
export function tables(tokens: Token[]): ParsedTable[] {
    const found: ParsedTable[] = [];
    let current: ParsedTable | undefined;
    let row: string[] | undefined;
    let inHead = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.type === 'table_open') current = { header: [], rows: [] };
        else if (token.type === 'table_close') {
            found.push(current!);
            current = undefined;
        } else if (token.type === 'thead_open') inHead = true;
        else if (token.type === 'thead_close') inHead = false;
        else if (token.type === 'tr_open') row = [];
        else if (token.type === 'tr_close') {
            if (inHead) current!.header = row!;
            else current!.rows.push(row!);
        } else if ((token.type === 'th_open' || token.type === 'td_open') && tokens[i + 1]?.type === 'inline')
            row!.push(inlineText(tokens[i + 1]));
        else if (token.type === 'th_open' || token.type === 'td_open') row!.push('');
    }
    return found;
}

/** Headings of one level, as text. */
export function headings(tokens: Token[], tag: 'h1' | 'h2' | 'h3'): string[] {
    return tokens.flatMap((token, i) => (token.type === 'heading_open' && token.tag === tag ? [inlineText(tokens[i + 1])] : []));
}
