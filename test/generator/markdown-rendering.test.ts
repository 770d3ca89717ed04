import { describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../packages/language/src/index.js';
import { build } from '../helpers/services.js';
import { goldenCases } from './golden-cases.js';
import { allTokens, headings, markdownIt, parse, tables } from './markdown-tokens.js';

const SECTIONS = [
    '1. Definitions',
    '2. Service Commitment',
    '3. Support',
    '4. Service Credits',
    '5. Exclusions',
    '6. Claims',
    '7. Measurement',
];

/** The sections of the terms of language v2, after the seven, each only when the document has such terms. */
const OPTIONAL_SECTIONS = ['Services', 'Remedies', 'Operations'];

describe.each(goldenCases())('the contract text of $stem, parsed as Markdown', ({ text }) => {
    const markdown = async () => generateMarkdown((await build(text)).document.parseResult.value);

    it('has one title and the seven numbered sections in order, then the optional ones numbered on', async () => {
        const tokens = parse(await markdown());
        expect(headings(tokens, 'h1')).toHaveLength(1);
        expect(headings(tokens, 'h1')[0]).toMatch(/ — Service Level Agreement$/);
        const found = headings(tokens, 'h2');
        expect(found.slice(0, 7)).toEqual(SECTIONS);
        const rest = found.slice(7).map((heading) => heading.replace(/^\d+\. /, ''));
        expect(OPTIONAL_SECTIONS.filter((title) => rest.includes(title))).toEqual(rest);
        found.slice(7).forEach((heading, index) => expect(heading.startsWith(`${8 + index}. `)).toBe(true));
    });

    it('has tables whose rows have as many cells as their header, none empty', async () => {
        const found = tables(parse(await markdown()));
        expect(found.length).toBeGreaterThan(0);
        for (const table of found) {
            expect(table.rows.length).toBeGreaterThan(0);
            for (const row of table.rows) {
                expect(row).toHaveLength(table.header.length);
                expect(row.every((cell) => cell.trim() !== '')).toBe(true);
            }
        }
    });

    it('contains no HTML, link, image, code or emphasis other than bold labels', async () => {
        const tokens = allTokens(parse(await markdown()));
        const kinds = new Set(tokens.map((t) => t.type));
        for (const kind of ['html_block', 'html_inline', 'link_open', 'image', 'code_inline', 'code_block', 'fence', 'em_open', 's_open']) {
            expect(kinds.has(kind), kind).toBe(false);
        }
    });

    it('ends in exactly one newline and uses no carriage returns', async () => {
        const md = await markdown();
        expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
        expect(md).not.toContain('\r');
        expect(markdownIt.render(md)).toContain('<table>');
    });
});
