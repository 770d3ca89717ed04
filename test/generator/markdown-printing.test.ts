import { describe, expect, it } from 'vitest';
import {
    bulletList,
    heading,
    lines,
    paragraph,
    printMarkdown,
    strong,
    table,
} from '../../packages/language/src/generator/markdown/mdast.js';
import { allTokens, headings, inlineText, parse, tables } from './markdown-tokens.js';

/** Each of these, put anywhere, must read back as itself and open no construct. */
const HOSTILE = [
    'a | b',
    '|',
    '\\|',
    '`x`',
    '``',
    '<b>bold</b>',
    '<script>alert(1)</script>',
    '<!-- c -->',
    '# heading',
    '## h',
    'x #',
    '[x](y)',
    '[x]: https://y',
    '![i](j)',
    '*a*',
    '**a**',
    '_a_',
    '__a__',
    'snake_case_name',
    '~~s~~',
    '$x$',
    '&amp;',
    '&#65;',
    'https://evil.example',
    'www.evil.example',
    'me@evil.example',
    '<https://evil.example>',
    'back\\slash',
    'C:\\dir\\',
    '\\',
    '\\*',
    '"q"',
    "'q'",
    '> quote',
    '- item',
    '+ item',
    '* item',
    '1. one',
    '1) one',
    '---',
    '***',
    '===',
    '    indented',
    '日本語',
    'العربية',
    'Ελληνικά',
    '🚀👍🏽',
    'a\tb',
];

const FORBIDDEN = [
    'html_block',
    'html_inline',
    'link_open',
    'image',
    'code_inline',
    'code_block',
    'fence',
    'em_open',
    's_open',
    'hr',
    'blockquote_open',
];

function forbiddenKinds(markdown: string): string[] {
    return allTokens(parse(markdown))
        .map((t) => t.type)
        .filter((type) => FORBIDDEN.includes(type));
}

describe('printing the contract tree escapes text for where it lands', () => {
    it.each(HOSTILE)('in a table cell: %j', (value) => {
        const markdown = printMarkdown([table(['Name', 'Value', 'After'], [['x', value, 'z']])]);
        const [parsed] = tables(parse(markdown));
        expect(parsed.header).toEqual(['Name', 'Value', 'After']);
        // A cell cannot carry surrounding whitespace; the generator trims the author's text anyway.
        expect(parsed.rows).toEqual([['x', value.trim(), 'z']]);
        expect(forbiddenKinds(markdown)).toEqual([]);
    });

    it.each(HOSTILE)('at the start of a paragraph: %j', (value) => {
        const markdown = printMarkdown([paragraph(value, ' and more')]);
        const tokens = parse(markdown);
        expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
        expect(inlineText(tokens[1])).toBe(`${value} and more`);
        expect(forbiddenKinds(markdown)).toEqual([]);
    });

    it.each(HOSTILE)('in a heading: %j', (value) => {
        const markdown = printMarkdown([heading(2, value)]);
        expect(headings(parse(markdown), 'h2')).toEqual([value]);
        expect(forbiddenKinds(markdown)).toEqual([]);
    });

    it.each(HOSTILE)('after a hard line break and in a list item: %j', (value) => {
        const markdown = printMarkdown([lines([['(a) first'], [value]]), bulletList([[strong('Label'), ': ', value]])]);
        const blocks = parse(markdown)
            .filter((t) => t.type === 'inline')
            .map(inlineText);
        expect(blocks).toEqual([`(a) first\n${value}`, `Label: ${value}`]);
        expect(forbiddenKinds(markdown)).toEqual([]);
    });
});
