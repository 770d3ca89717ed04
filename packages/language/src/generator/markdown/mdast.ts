/**
 * The contract text is built as a Markdown syntax tree (mdast) and printed by
 * mdast-util-to-markdown, which escapes every text node for the exact place it lands in: a table
 * cell, the start of a line, a heading. Text from the document therefore can never open a table
 * cell, a heading, a link, emphasis, code or raw HTML — there is no string concatenation of
 * Markdown anywhere in the generator.
 */
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, Text } from 'mdast';
import { defaultHandlers, toMarkdown, type Handle, type Options, type State, type Unsafe } from 'mdast-util-to-markdown';
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

/**
 * Most text nodes of a contract — tier names, figures, "4 hours" — contain no character that
 * Markdown could read as syntax, yet the printer's `safe` runs every escaping pattern over each of
 * them: on a large agreement that was most of the printer's time, and the printer half of the
 * work of `sla build` (docs/PERFORMANCE.md). This handler returns such text as it is, and gives any
 * other text to the default handler with only the patterns that can match it.
 *
 * It returns exactly what `safe` would: `safe` escapes only at the position of an unsafe pattern's
 * `character` inside the node, and adds backslashes only next to a backslash (in the text or in
 * what follows it). So text without any pattern character and without a backslash, followed by no
 * backslash, comes out unchanged. Spaces are patterns only next to a line break (which is itself a
 * pattern character, so never in such text) or inside fenced-code info strings: a space inside the
 * text, away from its edges and outside those constructs, is therefore left alone as well. Which
 * characters count is read from the printer's own pattern list, extensions included; a space
 * pattern of another shape makes spaces count too. test/generator/markdown-text-fast-path.test.ts
 * compares both handlers on random text in every construct the generator uses.
 */
const plainText: Handle = (node, parent, state, info) => {
    const value = (node as Text).value;
    if (isPlain(value, state, info.after)) return value;
    // Other text goes to the default handler, shown only the patterns whose character occurs in
    // the text or its surroundings: a pattern matches only where its character is, so the others
    // can neither escape anything nor affect a neighbour's escape.
    const all = state.unsafe;
    state.unsafe = patternsFor(`${info.before}${value}${info.after}`, all);
    try {
        return defaultHandlers.text(node as Text, parent, state, info);
    } finally {
        state.unsafe = all;
    }
};

const patternsByCharacters = new WeakMap<Unsafe[], Map<string, Unsafe[]>>();

function patternsFor(text: string, unsafe: Unsafe[]): Unsafe[] {
    let present = '';
    for (const character of patternCharacters(unsafe).all) if (text.includes(character)) present += character;
    let byCharacters = patternsByCharacters.get(unsafe);
    if (!byCharacters) patternsByCharacters.set(unsafe, (byCharacters = new Map()));
    let patterns = byCharacters.get(present);
    if (!patterns) {
        patterns = unsafe.filter((pattern) => [...pattern.character].some((character) => present.includes(character)));
        byCharacters.set(present, patterns);
    }
    return patterns;
}

interface PatternCharacters {
    /** The characters that make text not plain (a space only when spaces are not safe inside). */
    characters: Set<string>;
    /** Every character of every pattern, space included. */
    all: string[];
    spacesSafeInside: boolean;
}

const analysed = new WeakMap<Unsafe[], PatternCharacters>();
const SPACE_NEXT_TO_BREAK = '[\\r\\n]';
const FENCED_INFO = new Set(['codeFencedLangGraveAccent', 'codeFencedLangTilde']);

function patternCharacters(unsafe: Unsafe[]): PatternCharacters {
    let result = analysed.get(unsafe);
    if (!result) {
        const characters = new Set<string>();
        let spacesSafeInside = true;
        for (const pattern of unsafe) {
            for (const character of pattern.character) characters.add(character);
            if (pattern.character !== ' ') continue;
            const nextToBreak =
                !pattern.atBreak &&
                !pattern.beforeNode &&
                !pattern.afterNode &&
                ((pattern.before === SPACE_NEXT_TO_BREAK && pattern.after === undefined) ||
                    (pattern.after === SPACE_NEXT_TO_BREAK && pattern.before === undefined));
            const inFencedInfo =
                pattern.inConstruct != null &&
                [pattern.inConstruct].flat().every((construct) => construct != null && FENCED_INFO.has(construct));
            if (!nextToBreak && !inFencedInfo) spacesSafeInside = false;
        }
        const all = [...characters];
        if (spacesSafeInside) characters.delete(' ');
        result = { characters, all, spacesSafeInside };
        analysed.set(unsafe, result);
    }
    return result;
}

function isPlain(value: string, state: State, after: string | undefined): boolean {
    if (value === '' || value.includes('\\') || after?.includes('\\')) return false;
    const { characters, spacesSafeInside } = patternCharacters(state.unsafe);
    if (spacesSafeInside && (value.startsWith(' ') || value.endsWith(' ') || state.stack.some((construct) => FENCED_INFO.has(construct))))
        return false;
    for (const character of value) if (characters.has(character)) return false;
    return true;
}

/** The printer's options: one place, so that tests can print with and without `plainText`. */
export const markdownOptions: Options = {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    listItemIndent: 'one',
    unsafe: extraUnsafe,
    extensions: [gfmTableToMarkdown(), gfmStrikethroughToMarkdown(), gfmAutolinkLiteralToMarkdown()],
    handlers: { text: plainText },
};

export function printMarkdown(children: RootContent[]): string {
    const root: Root = { type: 'root', children };
    return toMarkdown(root, markdownOptions);
}
