import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTRACT_LANGUAGES } from '../../packages/language/src/generator/locale/languages.js';
import { generateMarkdown, generateWord } from '../../packages/language/src/index.js';
import { goldenCases } from '../generator/golden-cases.js';
import { build } from '../helpers/services.js';

/**
 * The contract text of every compilable example in each language other than English (English is
 * test/golden), and the Word document of acme-tiers in those languages and in the bilingual
 * edition, committed under test/golden-languages/<language>/ and compared byte for byte. After an
 * intended change: `UPDATE_GOLDEN=1 npx vitest run test/docx`, then review the diff.
 */
const folder = fileURLToPath(new URL('../golden-languages/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const cases = goldenCases();
const translations = CONTRACT_LANGUAGES.filter((language) => language !== 'en');
const editions = [
    // English is test/golden/acme-tiers.docx, with the other formats.
    ...translations.map((language) => ({ file: `${language}/acme-tiers.docx`, languages: [language] })),
    { file: 'bilingual/acme-tiers.en-id.docx', languages: ['en', 'id'] as const },
    { file: 'bilingual/acme-tiers.en-zh.docx', languages: ['en', 'zh'] as const },
];

function compare(file: string, actual: string | Uint8Array): void {
    const path = join(folder, file);
    if (update) {
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, actual);
    }
    expect(existsSync(path), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/docx`).toBe(true);
    if (typeof actual === 'string') expect(actual).toBe(readFileSync(path, 'utf8'));
    else expect(Buffer.from(actual).equals(readFileSync(path)), `${file} differs`).toBe(true);
}

describe('golden files per language', () => {
    describe.each(translations)('%s', (language) => {
        it.each(cases)('$stem: the Markdown matches the golden file', async ({ stem, text }) => {
            const { document } = await build(text);
            compare(`${language}/${stem}.md`, generateMarkdown(document.parseResult.value, [language]));
        });
    });

    it.each(editions)('$file: the Word document of acme-tiers matches the golden file', async ({ file, languages }) => {
        const { document } = await build(cases.find(({ stem }) => stem === 'acme-tiers')!.text);
        compare(file, await generateWord(document.parseResult.value, languages));
    });

    it('has no golden file without a case', () => {
        const expected = [
            ...translations.flatMap((language) => cases.map(({ stem }) => `${language}/${stem}.md`)),
            ...editions.map(({ file }) => file),
        ].sort();
        const found = readdirSync(folder).flatMap((sub) => readdirSync(join(folder, sub)).map((file) => `${sub}/${file}`));
        expect(found.sort()).toEqual(expected);
    });
});
