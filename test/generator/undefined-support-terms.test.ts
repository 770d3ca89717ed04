import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../packages/language/src/index.js';
import { build, exampleFiles, readExample } from '../helpers/services.js';

/**
 * Incident, response and resolution (docs/LANGUAGE-REFERENCE.md, "Decision — support words
 * without definitions"): without the author's `definitions`, the contract text uses the words in
 * their ordinary meaning, in lower case, and defines none of them; with them, it states the
 * author's definitions as written and no other.
 */
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const documents: Array<[string, string]> = [
    ...exampleFiles().map((name): [string, string] => [name, readExample(name)]),
    ...readdirSync(fixtures)
        .filter((name) => name.endsWith('.sla'))
        .map((name): [string, string] => [name, readFileSync(join(fixtures, name), 'utf8')]),
];

async function contractText(text: string): Promise<string | undefined> {
    const { document, diagnostics } = await build(text);
    return diagnostics.some((d) => d.severity === 1) ? undefined : generateMarkdown(document.parseResult.value);
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

    it('with the definitions taken out of a document that has them, their three sentences go and nothing replaces them', async () => {
        const text = readExample('enterprise-negotiated.sla');
        const without = text.replace(/\n\s*definitions \{[^}]*\}/, '');
        expect(without).not.toBe(text);
        const before = (await contractText(text))!;
        const after = (await contractText(without))!;
        const definitions = before.split('\n').filter((line) => /\*\*(Incident|Response|Resolution)\*\* means/.test(line));
        expect(definitions).toHaveLength(3);
        expect(definitions.join('\n')).toContain('a qualified engineer acknowledges the incident and begins work on it');
        expect(after).not.toMatch(/\*\*(Incident|Response|Resolution)\*\*/);
        // Nothing else of the text changes but the numbering of the section that held them.
        const unnumbered = (markdown: string) =>
            markdown
                .split('\n')
                .filter((line) => line.trim() !== '' && !/\*\*(Incident|Response|Resolution)\*\* means/.test(line))
                .map((line) => line.replace(/^10\.\d+ /, '10.x '));
        expect(unnumbered(after)).toEqual(unnumbered(before));
    });
});
