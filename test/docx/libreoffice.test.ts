import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMarkdown, generateWord, isGeneratedDocx } from '../../packages/language/src/index.js';
import { goldenCases } from '../generator/golden-cases.js';
import { convertToPdf, keepPagePictures, missingInOrder, pdfText } from '../helpers/libreoffice.js';
import { build } from '../helpers/services.js';

/**
 * Every clean example's Word document, opened by a real word processor: LibreOffice converts each
 * to PDF (all in one run: it starts slowly), and the PDF's text holds every heading, clause, list
 * item and table cell of the Markdown contract, in the same order. The first pages are kept as
 * pictures in test-results/word/.
 */
const cases = goldenCases();
const folder = mkdtempSync(join(tmpdir(), 'sla-word-'));
const markdown = new Map<string, string>();
const pdfs = new Map<string, string>();

/** The text pieces of the Markdown contract in reading order: each heading, paragraph, list item and table cell. */
function pieces(text: string): string[] {
    const result: string[] = [];
    for (const token of new MarkdownIt().parse(text, {})) {
        if (token.type !== 'inline') continue;
        const words = (token.children ?? [])
            .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content))
            .join('');
        if (words.trim() !== '') result.push(words);
    }
    return result;
}

beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    const files: string[] = [];
    for (const { stem, text } of cases) {
        const { document } = await build(text);
        markdown.set(stem, generateMarkdown(document.parseResult.value));
        const file = join(folder, `${stem}.docx`);
        writeFileSync(file, await generateWord(document.parseResult.value));
        files.push(file);
    }
    const converted = await convertToPdf(files, folder);
    cases.forEach(({ stem }, index) => pdfs.set(stem, converted[index]));
}, 300_000);

describe('the Word documents in LibreOffice', () => {
    it.each(cases)('$stem: the PDF holds every clause of the Markdown contract, in order', async ({ stem }) => {
        const text = await pdfText(pdfs.get(stem)!);
        const expected = pieces(markdown.get(stem)!);
        expect(expected.length).toBeGreaterThan(10);
        expect(missingInOrder(text, expected)).toEqual([]);
    });

    it('a Word file saved again by the word processor no longer carries the marker', async () => {
        const saved = join(folder, 'saved');
        mkdirSync(saved);
        const [resaved] = await convertToPdf([join(folder, 'minimal.docx')], saved, 'docx');
        expect(isGeneratedDocx(readFileSync(join(folder, 'minimal.docx')))).toBe(true);
        expect(isGeneratedDocx(readFileSync(resaved))).toBe(false);
    }, 120_000);

    it('keeps pictures of the first pages of acme-tiers in test-results/word', async () => {
        const pictures = await keepPagePictures(pdfs.get('acme-tiers')!, 'acme-tiers', 2);
        expect(pictures.length).toBe(2);
    });
});
