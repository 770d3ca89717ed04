/**
 * The contract text is built as a Markdown syntax tree (mdast) and printed by
 * mdast-util-to-markdown, which escapes every text node for the exact place it lands in: a table
 * cell, the start of a line, a heading. Text from the document therefore can never open a table
 * cell, a heading, a link, emphasis, code or raw HTML — there is no string concatenation of
 * Markdown anywhere in the generator.
 */
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, Text } from 'mdast';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { gfmAutolinkLiteralToMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { showHiddenCharacters } from '../../domain/hidden-characters.js';

/** Inline content: plain strings become text nodes. */
export type Inline = string | PhrasingContent;

/** Bidirectional controls and zero-width characters are shown as `[U+202E]`: contract text reads as it is. */
export function text(value: string): Text {
    return { type: 'text', value: showHiddenCharacters(value) };
}

function inline(content: readonly Inline[]): PhrasingContent[] {
    return content.filter((c) => c !== '').map((c) => (typeof c === 'string' ? text(c) : c));
}

export function strong(...content: Inline[]): Strong {
    return { type: 'strong', children: inline(content) };
}

export function paragraph(...content: Inline[]): Paragraph {
    return { type: 'paragraph', children: inline(content) };
}

export function heading(depth: 1 | 2 | 3, ...content: Inline[]): Heading {
    return { type: 'heading', depth, children: inline(content) };
}

/** Lines of one paragraph, separated by hard line breaks (a lettered list, a block of parties). */
export function lines(rows: ReadonlyArray<readonly Inline[]>): Paragraph {
    const children: PhrasingContent[] = [];
    rows.forEach((row, index) => {
        if (index > 0) children.push({ type: 'break' });
        children.push(...inline(row));
    });
    return { type: 'paragraph', children };
}

export function bulletList(items: ReadonlyArray<readonly Inline[]>): List {
    return {
        type: 'list',
        ordered: false,
        spread: false,
        children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(...item)] })),
    };
}

/** A cell is a string or inline content. */
export type Cell = Inline | readonly Inline[];

function cell(content: Cell): TableCell {
    return { type: 'tableCell', children: inline(Array.isArray(content) ? content : [content as Inline]) };
}

export function table(header: readonly Cell[], rows: ReadonlyArray<readonly Cell[]>): Table {
    return {
        type: 'table',
        align: header.map(() => null),
        children: [header, ...rows].map((row) => ({ type: 'tableRow', children: row.map(cell) })),
    };
}

/**
 * Beyond CommonMark and the GFM constructs above: `$` opens inline math on GitHub. Escaping it is
 * harmless everywhere else.
 */
const extraUnsafe: Unsafe[] = [{ character: '$' }];

export function printMarkdown(children: RootContent[]): string {
    const root: Root = { type: 'root', children };
    return toMarkdown(root, {
        bullet: '-',
        emphasis: '_',
        strong: '*',
        listItemIndent: 'one',
        unsafe: extraUnsafe,
        extensions: [gfmTableToMarkdown(), gfmStrikethroughToMarkdown(), gfmAutolinkLiteralToMarkdown()],
    });
}
