import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMarkdown, generateWord, isGeneratedDocx } from '../../packages/language/src/index.js';
import { goldenCases } from '../generator/golden-cases.js';
import { convertToPdf, keepPagePictures, missingInOrder, pdfText } from '../helpers/libreoffice.js';
import { build, readExample } from '../helpers/services.js';
import { CONTRACT_LANGUAGES, type ContractLanguage } from '../../packages/language/src/generator/locale/languages.js';

/**
 * Every clean example's Word document in every language, opened by a real word processor:
 * LibreOffice converts each to PDF (all in one run: it starts slowly), and the PDF's text holds every
 * heading, clause, list item and table cell of the Markdown contract in that language, in the same
 * order. The bilingual edition holds both texts, each in order. The first pages are kept as
 * pictures in test-results/word/.
 */
const documents = goldenCases().flatMap(({ stem, text }) =>
    CONTRACT_LANGUAGES.map((language) => ({ stem: `${stem}.${language}`, text, languages: [language] as ContractLanguage[] })),
);
const bilingual = { stem: 'acme-tiers.en-id', text: readExample('acme-tiers.sla'), languages: ['en', 'id'] as ContractLanguage[] };
const cases = [...documents, bilingual];
const folder = mkdtempSync(join(tmpdir(), 'sla-word-'));
const markdown = new Map<string, string[]>();
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
    // About 20 documents in one LibreOffice run: a few seconds each on a small machine.
    mkdirSync(folder, { recursive: true });
    const files: string[] = [];
    for (const { stem, text, languages } of cases) {
        const { document } = await build(text);
        markdown.set(
            stem,
            languages.map((language) => generateMarkdown(document.parseResult.value, [language])),
        );
        const file = join(folder, `${stem}.docx`);
        writeFileSync(file, await generateWord(document.parseResult.value, languages));
        files.push(file);
    }
    const converted = await convertToPdf(files, folder);
    cases.forEach(({ stem }, index) => pdfs.set(stem, converted[index]));
}, 300_000);

describe('the Word documents in LibreOffice', () => {
    it.each(cases)('$stem: the PDF holds every clause of the Markdown contract, in order', async ({ stem }) => {
        const text = await pdfText(pdfs.get(stem)!);
        for (const contract of markdown.get(stem)!) {
            const expected = pieces(contract);
            expect(expected.length).toBeGreaterThan(10);
            expect(missingInOrder(text, expected)).toEqual([]);
        }
    });

    it('a Word file saved again by the word processor no longer carries the marker', async () => {
        const saved = join(folder, 'saved');
        mkdirSync(saved);
        const [resaved] = await convertToPdf([join(folder, 'minimal.en.docx')], saved, 'docx');
        expect(isGeneratedDocx(readFileSync(join(folder, 'minimal.en.docx')))).toBe(true);
        expect(isGeneratedDocx(readFileSync(resaved))).toBe(false);
    }, 120_000);

    it.each(['acme-tiers.en', 'acme-tiers.ru', 'acme-tiers.zh', 'acme-tiers.en-id'])(
        'keeps pictures of the first pages of %s in test-results/word',
        async (stem) => {
            const pictures = await keepPagePictures(pdfs.get(stem)!, stem, 2);
            expect(pictures.length).toBe(2);
        },
    );
});
