import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../packages/language/src/index.js';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { build, exampleFiles, readExample } from '../helpers/services.js';

/**
 * Incident, response and resolution (docs/LANGUAGE-REFERENCE.md, "Decision — support words
 * without definitions"): without the author's `definitions`, the contract text uses the words in
 * their ordinary meaning, in lower case, and defines none of them; with them, it states the
 * author's definitions as written and no other, and uses each term it defines capitalised
 * wherever the tool's own sentences use it in that sense ("Decision — defined support words").
 */
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const documents: Array<[string, string]> = [
    ...exampleFiles().map((name): [string, string] => [name, readExample(name)]),
    ...readdirSync(fixtures)
        .filter((name) => name.endsWith('.sla'))
        .map((name): [string, string] => [name, readFileSync(join(fixtures, name), 'utf8')]),
];

async function contractText(text: string, language?: 'en' | 'id' | 'ru' | 'zh'): Promise<string | undefined> {
    const { document, diagnostics } = await build(text);
    if (diagnostics.some((d) => d.severity === 1)) return undefined;
    const agreement = document.parseResult.value as Agreement;
    return language === undefined ? generateMarkdown(agreement) : generateMarkdown(agreement, [language]);
}

/** Each capitalised use of the three words, with what stands before it on its line. */
function capitalisedUses(markdown: string): string[] {
    return [...markdown.matchAll(/^(.*?)\b(Incident|Response|Resolution)s?\b/gm)].map((match) => `${match[1].slice(-12)}${match[2]}`);
}

describe('support words without definitions', () => {
    const undefinedTerms = documents.filter(([, text]) => !/^\s*definitions\s*\{/m.test(text));

    it('there are such documents among the examples and fixtures', () => {
        expect(undefinedTerms.length).toBeGreaterThan(3);
    });

    it.each(undefinedTerms)('%s: no definition is invented, and the words are never written as defined terms', async (_name, text) => {
        const markdown = await contractText(text);
        if (markdown === undefined) return; // a document with errors has no contract text
        expect(markdown).not.toMatch(/\*\*(Incident|Response|Resolution)\*\* means/);
        // Capitalised only as the first word of a table heading ("Resolution target").
        for (const use of capitalisedUses(markdown)) expect(use).toMatch(/\|\s*(Incident|Response|Resolution)$/);
    });

    it('with the definitions taken out of a document that has them, their three sentences go, the words return to lower case and nothing replaces them', async () => {
        const text = readExample('enterprise-negotiated.sla');
        const without = text.replace(/\n\s*definitions \{[^}]*\}/, '');
        expect(without).not.toBe(text);
        const before = (await contractText(text))!;
        const after = (await contractText(without))!;
        const definitions = before.split('\n').filter((line) => /\*\*(Incident|Response|Resolution)\*\* means/.test(line));
        expect(definitions).toHaveLength(3);
        expect(definitions.join('\n')).toContain('a qualified engineer acknowledges the incident and begins work on it');
        expect(after).not.toMatch(/\*\*(Incident|Response|Resolution)\*\*/);
        expect(before).toContain('each initial Response to a critical Incident later than the target');
        expect(after).toContain('each initial response to a critical incident later than the target');
        // Nothing else of the text changes but the case of the words and the numbering of the section that held them.
        const unnumbered = (markdown: string) =>
            markdown
                .split('\n')
                .filter((line) => line.trim() !== '' && !/\*\*(Incident|Response|Resolution)\*\* means/.test(line))
                .map((line) =>
                    line.replace(/^10\.\d+ /, '10.x ').replace(/\b(Incident|Response|Resolution)\b/g, (word) => word.toLowerCase()),
                );
        expect(unnumbered(after)).toEqual(unnumbered(before));
    });
});

describe('defined support words', () => {
    const text = readExample('enterprise-negotiated.sla');
    /** The tool's own sentences that use the words (the author's text keeps its own case). */
    const uses = (markdown: string) =>
        markdown
            .split('\n')
            .filter(
                (line) =>
                    /(Initial|each initial|times|severity of each|written|start of the)\b/i.test(line) &&
                    /\b(incident|response|resolution)\b/i.test(line),
            );

    it('each term the author defines is capitalised in every sentence of the tool that uses it', async () => {
        const markdown = (await contractText(text))!;
        expect(markdown).toMatch(/\| Severity\s*\| Initial Response\s*\| Resolution target\s*\|/);
        expect(markdown).toContain('For the Enterprise tier, Response and Resolution times run only during support coverage');
        expect(markdown).toContain('The Customer assigns the severity of each Incident.');
        expect(markdown).toContain('The Provider will deliver a written Incident report within 5 business days of each critical Incident.');
        expect(markdown).toContain('The claim window is counted from the start of the Incident.');
        // The author's own text keeps its case: "acknowledges the incident" is the author's.
        expect(markdown).toContain('a qualified engineer acknowledges the incident and begins work on it');
        const sentences = uses(markdown).filter((l) => !l.includes('means') && !l.includes('must contain'));
        expect(sentences.length).toBeGreaterThan(4);
        for (const line of sentences) {
            expect(line).not.toMatch(/\b(incident|response|resolution)\b/);
        }
    });

    it('only the terms defined are capitalised', async () => {
        // Each definition goes with the translations written after it (`in id "…"`, on the lines below).
        const definition = (term: string) => new RegExp(`\\n\\s*${term} "[^"]*"(?:\\s+in \\w+ "[^"]*")*`);
        const onlyResponse = text.replace(definition('incident'), '').replace(definition('resolution'), '');
        expect(onlyResponse).not.toBe(text);
        const markdown = (await contractText(onlyResponse))!;
        expect(markdown).toContain('each initial Response to a critical incident later');
        expect(markdown).toContain('For the Enterprise tier, Response and resolution times run only');
        expect(markdown).toContain('The Customer assigns the severity of each incident.');
        expect(markdown).toMatch(/\*\*Response\*\* means/);
        expect(markdown).not.toMatch(/\*\*(Incident|Resolution)\*\* means/);
    });

    it('in Indonesian and Russian the defined terms are capitalised as the catalogs write Waktu Henti and Время простоя', async () => {
        const without = text.replace(/\n\s*definitions \{[^}]*\}/, '');
        const ru = (await contractText(text, 'ru'))!;
        const ruWithout = (await contractText(without, 'ru'))!;
        expect(ru).toContain('Уровень критичности каждого Инцидента определяет');
        expect(ru).toContain('сроки Реакции и Решения исчисляются');
        expect(ruWithout).toContain('Уровень критичности каждого инцидента определяет');
        expect(ruWithout).toContain('сроки реакции и решения исчисляются');
        const id = (await contractText(text, 'id'))!;
        const idWithout = (await contractText(without, 'id'))!;
        expect(id).toContain('waktu Respons dan Penyelesaian hanya berjalan');
        expect(id).toContain('tingkat keparahan setiap Insiden.');
        expect(idWithout).toContain('waktu respons dan penyelesaian hanya berjalan');
        expect(idWithout).toContain('tingkat keparahan setiap insiden.');
        // Chinese has no case: the definitions change nothing else of the text.
        const zh = (await contractText(text, 'zh'))!;
        const zhWithout = (await contractText(without, 'zh'))!;
        const zhLines = (markdown: string) =>
            markdown
                .split('\n')
                .filter((line) => line.trim() !== '' && !/\*\*(事件|响应|解决)\*\*指/.test(line))
                .map((line) => line.replace(/^10\.\d+ /, '10.x '));
        expect(zhLines(zhWithout)).toEqual(zhLines(zh));
    });
});
