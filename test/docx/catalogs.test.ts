import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { catalogFor, contractLanguages } from '../../packages/language/src/generator/contract/index.js';
import type { Inline } from '../../packages/language/src/generator/contract/types.js';
import { CONTRACT_LANGUAGES, type ContractLanguage } from '../../packages/language/src/generator/locale/languages.js';
import { placeholdersOf } from '../../packages/language/src/generator/locale/messages.js';
import { WORD_MESSAGES } from '../../packages/language/src/generator/locale/word-catalog.js';
import { contractDocument, generateMarkdown, generateWord } from '../../packages/language/src/index.js';
import { goldenCases } from '../generator/golden-cases.js';
import { build } from '../helpers/services.js';

const translations = CONTRACT_LANGUAGES.filter((language) => language !== 'en');

/** Each table of messages by language: the contract's catalogs (durations in words included), the Word edition's labels. */
const catalogs: Array<{ name: string; messages: (language: ContractLanguage) => Readonly<Record<string, string>> }> = [
    { name: 'contract text', messages: (language) => catalogFor(language)!.messages },
    { name: 'Word labels', messages: (language) => WORD_MESSAGES[language] },
];

describe('message catalogs', () => {
    it('exist for English, Indonesian, Russian and Chinese', () => {
        expect(contractLanguages().sort()).toEqual([...CONTRACT_LANGUAGES].sort());
    });

    describe.each(catalogs)('$name', ({ messages }) => {
        it.each(translations)('%s has exactly the English keys, each with the same placeholders', (language) => {
            const english = messages('en');
            const translated = messages(language);
            expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
            const differing = Object.keys(english).filter(
                (key) => placeholdersOf(english[key], 'en').join() !== placeholdersOf(translated[key], language).join(),
            );
            expect(differing.map((key) => `${key}: ${translated[key]}`)).toEqual([]);
        });

        it.each(translations)('%s translates every sentence (no message is the English text)', (language) => {
            const english = messages('en');
            const translated = messages(language);
            const same = Object.keys(english).filter(
                (key) => /[a-z]{3,} [a-z]{2,}/i.test(english[key]) && translated[key] === english[key],
            );
            expect(same).toEqual([]);
        });
    });
});

/** The catalog's own text in a contract tree: runs of words that come from the catalog, not the author. */
function catalogRuns(runs: readonly Inline[]): string[] {
    return runs.flatMap((run) =>
        run.kind === 'emphasis' ? catalogRuns(run.children) : run.kind === 'text' && run.origin === 'catalog' ? [run.text] : [],
    );
}

/** English sentences and phrases of the catalog that a contract in English holds (two words or more). */
async function englishSentences(text: string): Promise<string[]> {
    const { document } = await build(text);
    const contract = contractDocument(document.parseResult.value, 'en');
    const runs = [
        ...contract.title,
        ...contract.fields.flatMap((field) => [...field.label, ...field.value]),
        ...[...contract.preamble, ...contract.sections.flatMap((section) => [...section.blocks])].flatMap((block) =>
            block.kind === 'table'
                ? [...block.header.flat(), ...block.rows.flat(2)]
                : block.kind === 'list'
                  ? block.items.flat()
                  : block.content,
        ),
        ...contract.sections.flatMap((section) => section.title),
    ];
    return [...new Set(catalogRuns(runs).map((run) => run.trim()))].filter((run) => /[A-Za-z]{2,}[ ,][^]*[A-Za-z]{2,}/.test(run));
}

function wordText(bytes: Uint8Array): string {
    return strFromU8(unzipSync(bytes)['word/document.xml'])
        .replace(/<w:tab\/>|<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
}

describe.each(goldenCases())('$stem in every language', ({ text }) => {
    it.each(translations)('%s: neither the Markdown nor the Word text holds an English sentence of the catalog', async (language) => {
        const sentences = await englishSentences(text);
        expect(sentences.length).toBeGreaterThan(5);
        const { document } = await build(text);
        const markdown = generateMarkdown(document.parseResult.value, [language]);
        const word = wordText(await generateWord(document.parseResult.value, [language]));
        expect(sentences.filter((sentence) => markdown.includes(sentence))).toEqual([]);
        expect(sentences.filter((sentence) => word.includes(sentence))).toEqual([]);
    });
});

describe('durations in words', () => {
    it('have the plural forms of each language (Russian: three, and fractions)', async () => {
        const { Wording } = await import('../../packages/language/src/generator/contract/wording.js');
        const words = (language: string) => new Wording(catalogFor(language)!);
        // As the author wrote them (`1.5 h` keeps its digits, with the Russian decimal comma).
        expect(['1', '2', '5', '21', '1.5'].map((number) => words('ru').written({ number, unit: 'h' }, Number(number) * 3600))).toEqual([
            '1 час',
            '2 часа',
            '5 часов',
            '21 час',
            '1,5 часа',
        ]);
        expect(words('id').duration(5 * 3600)).toBe('5 jam');
        expect(words('zh').duration(5 * 3600)).toBe('5小时');
        expect(words('en').duration(3600)).toBe('1 hour');
    });
});
