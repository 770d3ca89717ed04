import { describe, expect, it } from 'vitest';
import { findHiddenCharacters, showHiddenCharacters } from '../../packages/language/src/domain/hidden-characters.js';
import { generateJson, generateMarkdown } from '../../packages/language/src/generator/index.js';
import { inlineText, parse } from '../generator/markdown-tokens.js';
import { build, readExample } from '../helpers/services.js';

/** The clean example with one string and one comment replaced. */
function withText(string: string, comment = 'a comment'): string {
    return readExample('acme-tiers.sla')
        .replace('"Acme Cloud, Inc."', `"${string}"`)
        .replace("// Acme's standard offering", `// ${comment}`);
}

async function hiddenWarnings(text: string) {
    const { diagnostics } = await build(text);
    return diagnostics.filter((d) => d.code === 'hidden-characters');
}

describe('hidden-characters', () => {
    it('names a right-to-left override in a string, with its line and column', async () => {
        const text = withText('Acme \u202Eenilno\u202C Inc.');
        const [warning, ...rest] = await hiddenWarnings(text);
        expect(rest).toEqual([]);
        expect(warning.severity).toBe(2);
        expect(warning.message).toContain('This string holds hidden characters');
        expect(warning.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE (line 3, column 20)');
        expect(warning.message).toContain('U+202C POP DIRECTIONAL FORMATTING (line 3, column 27)');
        // On the string itself.
        expect(warning.range.start).toEqual({ line: 2, character: 13 });
        expect(text.split('\n')[2].slice(warning.range.start.character, warning.range.end.character)).toBe(
            '"Acme \u202Eenilno\u202C Inc."',
        );
    });

    it('finds them in line and block comments, which the AST does not keep', async () => {
        const text = withText('Acme', 'price \u2066is\u2069 final') + '/* trailing \u200B comment */\n';
        const warnings = await hiddenWarnings(text);
        expect(warnings.map((w) => String(w.message).match(/This (\w+)/)![1])).toEqual(['comment', 'comment']);
        expect(warnings[0].message).toContain('U+2066 LEFT-TO-RIGHT ISOLATE (line 1, column 10)');
        expect(warnings[0].message).toContain('U+2069 POP DIRECTIONAL ISOLATE');
        expect(warnings[1].message).toContain('U+200B ZERO WIDTH SPACE');
    });

    it.each([
        ['\u202A', 'LEFT-TO-RIGHT EMBEDDING'],
        ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
        ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
        ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
        ['\u2068', 'FIRST STRONG ISOLATE'],
        ['\u200E', 'LEFT-TO-RIGHT MARK'],
        ['\u200F', 'RIGHT-TO-LEFT MARK'],
        ['\u061C', 'ARABIC LETTER MARK'],
        ['\u200C', 'ZERO WIDTH NON-JOINER'],
        ['\u200D', 'ZERO WIDTH JOINER'],
        ['\u2060', 'WORD JOINER'],
        ['\uFEFF', 'ZERO WIDTH NO-BREAK SPACE'],
    ])('reports %j as %s', async (char, name) => {
        const [warning] = await hiddenWarnings(withText(`Ac${char}me`));
        expect(warning?.message).toContain(name);
    });

    it('counts what it does not list', async () => {
        const [warning] = await hiddenWarnings(withText('\u200B'.repeat(8)));
        expect(warning.message).toContain('and 3 more');
    });

    it('leaves plain Unicode, emoji sequences and a byte-order mark at the start alone', async () => {
        expect(await hiddenWarnings(withText('Acme Ελληνικά العربية 日本語 👨‍👩‍👧 👍🏽 🏳️‍🌈'))).toEqual([]);
        expect(await hiddenWarnings('\uFEFF' + readExample('acme-tiers.sla'))).toEqual([]);
        const { diagnostics } = await build('\uFEFF' + readExample('acme-tiers.sla'));
        expect(diagnostics.filter((d) => d.severity === 1 || d.severity === 2)).toEqual([]);
    });

    it('shows hidden characters as [U+XXXX] for contract text', () => {
        expect(showHiddenCharacters('a\u202Eb\u200Bc')).toBe('a[U+202E]b[U+200B]c');
        expect(showHiddenCharacters('👨‍👩‍👧')).toBe('👨‍👩‍👧');
        expect(findHiddenCharacters('x\u200Dy').map((c) => c.label)).toEqual(['U+200D ZERO WIDTH JOINER']);
    });
});

describe('hidden characters in generated files', () => {
    const provider = 'Acme \u202Eenilno\u202C Inc.\u200B 👨‍👩‍👧';

    it('are shown as [U+XXXX] in the contract text, emoji sequences kept', async () => {
        const { document } = await build(withText(provider));
        const markdown = generateMarkdown(document.parseResult.value);
        expect(findHiddenCharacters(markdown)).toEqual([]);
        const tokens = parse(markdown);
        const shown = tokens
            .filter((t) => t.type === 'inline')
            .map(inlineText)
            .find((t) => t.includes('enilno'));
        expect(shown).toContain('Acme [U+202E]enilno[U+202C] Inc.[U+200B] 👨‍👩‍👧');
    });

    it('are escaped in the JSON, which still holds the exact text', async () => {
        const { document } = await build(withText(provider));
        const json = generateJson(document.parseResult.value);
        expect(json).not.toMatch(/[\u202A-\u202E\u200B-\u200F]/);
        expect(json).toContain('Acme \\u202eenilno\\u202c Inc.\\u200b');
        expect(JSON.parse(json).provider).toBe(provider);
    });
});
