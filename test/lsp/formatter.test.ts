import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { DURATION_UNIT_WORDS } from '../helpers/duration-units.js';
import { exampleFiles, readExample } from '../helpers/services.js';
import { astOf, formatText, sla } from './lsp-helpers.js';

const formatting = expectFormatting(sla);

interface Token {
    text: string;
    type: string;
    offset: number;
    comment: boolean;
}

/** The tokens and comments of a text, in order, as the language's own lexer sees them. */
function lex(text: string): Token[] {
    const { tokens, hidden } = sla.parser.Lexer.tokenize(text);
    return [...tokens, ...hidden.filter((t) => t.tokenType.name.endsWith('COMMENT'))]
        .map((t) => ({ text: t.image, type: t.tokenType.name, offset: t.startOffset, comment: t.tokenType.name.endsWith('COMMENT') }))
        .sort((a, b) => a.offset - b.offset);
}

/** The comments of a text, exactly as written. */
function comments(text: string): string[] {
    return lex(text)
        .filter((t) => t.comment)
        .map((t) => t.text);
}

/** A small deterministic generator, so that a failing variant can be reproduced. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const UNITS = new Set<string>(DURATION_UNIT_WORDS);
const PUNCTUATION = new Set(['{', '}', ',', '-']);

/** Whether two tokens may touch without changing how the text lexes. */
function mayTouch(a: Token, b: Token): boolean {
    return PUNCTUATION.has(a.text) || PUNCTUATION.has(b.text) || (a.type === 'NUMBER' && UNITS.has(b.text));
}

/** Tokens joined by separators; a line comment is always followed by a line break. */
function join(tokens: Token[], separator: (a: Token, b: Token, index: number) => string): string {
    let out = '';
    tokens.forEach((token, index) => {
        if (index > 0) {
            const previous = tokens[index - 1];
            let sep = separator(previous, token, index);
            if (previous.type === 'SL_COMMENT' && !/[\r\n]/.test(sep)) sep += '\n';
            // An exclusion's own description is on its line: a break before it would make it an exclusion of its own.
            if (token.type === 'INLINE_STRING') sep = sep.replace(/[\r\n]+/g, ' ');
            out += sep;
        }
        out += token.text;
    });
    return out;
}

/** The same document laid out badly in several ways; the messier ones keep every comment. */
function messyVariants(text: string): Record<string, string> {
    const all = lex(text);
    const code = all.filter((t) => !t.comment);
    const next = random(text.length);
    const pick = <T>(choices: T[]): T => choices[Math.floor(next() * choices.length)];
    return {
        'all on one line': join(code, () => ' '),
        'as tight as it lexes': join(code, (a, b) => (mayTouch(a, b) ? '' : ' ')),
        'on few lines': join(code, (_a, _b, i) => (i % 17 === 0 ? '\n' : ' ')),
        'random spaces, tabs and line breaks, with comments': join(all, () =>
            pick([' ', '  ', '\t', ' \t ', '\n', '\n\n\n', '\n\t\t', '\t\n  ']),
        ),
        'tabs for indentation, CRLF, with comments': text.replace(/\n/g, '\r\n').replace(/^( {4})+/gm, (m) => '\t'.repeat(m.length / 4)),
        'trailing spaces and no final line break': text.replace(/\n/g, '   \n').trimEnd(),
    };
}

const TRANSLATION = /(\s+)(in (?:en|id|ru|zh) ")/g;

/**
 * The formatted example with each of the author's texts in another language where `variant` puts
 * it: the formatter keeps one on the line of its text there, and one on a line of its own on its
 * own line (§2.8).
 */
function translationsPlacedAs(formatted: string, variant: string): string {
    const ownLine = [...variant.matchAll(/(\s+)in\s+(?:en|id|ru|zh)\s+"/g)].map((match) => /[\r\n]/.test(match[1]));
    let index = 0;
    return formatted.replace(TRANSLATION, (whole, _space: string, clause: string) => (ownLine[index++] ? whole : ` ${clause}`));
}

/** Layout rules that hold for every formatted document. */
function expectCanonicalLayout(formatted: string): void {
    const lines = formatted.split(/\r?\n/);
    expect(formatted.endsWith('\n')).toBe(true);
    expect(formatted.endsWith('\n\n')).toBe(false);
    let depth = 0;
    for (const line of lines) {
        // A comment's text is kept as written, trailing blanks included; code lines have none.
        if (!/\/\/|\*\//.test(line)) expect(line, `trailing whitespace in ${JSON.stringify(line)}`).toBe(line.trimEnd());
        if (line.trim() === '') continue;
        expect(line).not.toMatch(/^\s*\t/);
        const code = line
            .replace(/"(\\.|[^"\\])*"/g, '""')
            .replace(/\/\/.*$|\/\*.*?\*\//g, '')
            .trimEnd();
        if (code.trim().startsWith('}')) depth--;
        if (code.trim() !== '') {
            // The author's text in another language on a line of its own is one level deeper than its clause (§2.8).
            const translation = /^in [a-z]+ ""/.test(code.trim());
            expect(line.match(/^ */)![0].length, `indentation of ${JSON.stringify(line)}`).toBe(4 * (depth + (translation ? 1 : 0)));
            expect(code.trim(), `spacing in ${JSON.stringify(line)}`).not.toMatch(/ {2}| ,|\s%|\d:\d\d -|- \d/);
        }
        depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length + (code.trim().startsWith('}') ? 1 : 0);
    }
    expect(depth).toBe(0);
}

describe('formatter', () => {
    it('lays out a messy document canonically, keeping comments and one blank line', async () => {
        await formatting({
            before: [
                '// header',
                '',
                '',
                'sla   "X"{provider "P"   // who',
                '  currency USD',
                '\tmeasurement{period monthly',
                '',
                '',
                '  // before the closing brace',
                '}',
                'tier A extends   B{price 10 per month availability 99.9%',
                'response critical within 4h , resolution within 8 h',
                'support business-hours 09:00 - 17:00 UTC /* inline */',
                'credits { credit 5% when availability below 99.9% cap 25% } }',
                '}',
            ].join('\n'),
            after: [
                '// header',
                '',
                'sla "X" {',
                '    provider "P" // who',
                '    currency USD',
                '    measurement {',
                '        period monthly',
                '',
                '        // before the closing brace',
                '    }',
                '    tier A extends B {',
                '        price 10 per month',
                '        availability 99.9%',
                '        response critical within 4 h, resolution within 8 h',
                '        support business-hours 09:00-17:00 UTC /* inline */',
                '        credits {',
                '            credit 5% when availability below 99.9%',
                '            cap 25%',
                '        }',
                '    }',
                '}',
                '',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    it('never joins a token onto a line comment (langium#1613)', async () => {
        await formatting({
            before: 'sla "X" { tier A { response critical // the worst\n within 4 h , resolution // after\n within 8 h } }',
            after: [
                'sla "X" {',
                '    tier A {',
                '        response critical // the worst',
                '            within 4 h, resolution // after',
                '            within 8 h',
                '    }',
                '}',
                '',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    it('drops blank lines after `{` and before `}`, keeps comments at the end of the file as written', async () => {
        await formatting({
            before: 'sla "X" {\n\n\n    provider "P"\n\n\n}\n\n\n// the end   \n\n',
            after: 'sla "X" {\n    provider "P"\n}\n\n// the end   \n',
            disposeAfterCheck: true,
        });
    });

    it("keeps the author's text in another language on its own line, one level deeper, or on the line of its text", async () => {
        const before =
            'sla "X" {\n  provider "P"\n  measurement {\n    downtime   "A minute"\n in id   "Satu menit"   in ru "Минута"\n      period monthly\n  }\n}\n';
        const after =
            'sla "X" {\n    provider "P"\n    measurement {\n        downtime "A minute"\n            in id "Satu menit" in ru "Минута"\n        period monthly\n    }\n}\n';
        const { formatted } = await formatText(before);
        expect(formatted).toBe(after);
        expect((await formatText(after)).edits).toBe(0);
        expect(await astOf(formatted)).toEqual(await astOf(before));
    });

    it("keeps a service's description in another language on the line of its text, before the block", async () => {
        const before =
            'sla "X" {\n  provider "P"\n  service API "Public REST API"   in id "API REST publik" {\n  measured per region }\n}\n';
        const after =
            'sla "X" {\n    provider "P"\n    service API "Public REST API" in id "API REST publik" {\n        measured per region\n    }\n}\n';
        const { formatted } = await formatText(before);
        expect(formatted).toBe(after);
        expect((await formatText(after)).edits).toBe(0);
        expect(await astOf(formatted)).toEqual(await astOf(before));
    });

    it('does not format a document with a syntax error', async () => {
        const { edits } = await formatText('sla "X" {   provider   }');
        expect(edits).toBe(0);
    });

    it('formats only the lines of a range', async () => {
        await formatting({
            before: 'sla "X" {\n  provider   "P"\n  currency    USD\n}\n',
            after: 'sla "X" {\n    provider "P"\n  currency    USD\n}\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } },
            disposeAfterCheck: true,
        });
    });

    describe.each(exampleFiles())('%s', (name) => {
        const original = readExample(name);

        it('keeps the meaning, the comments, and is stable', async () => {
            const { formatted } = await formatText(original);
            expect(await astOf(formatted)).toEqual(await astOf(original));
            expect(comments(formatted)).toEqual(comments(original));
            expectCanonicalLayout(formatted);
            const again = await formatText(formatted);
            expect(again.edits).toBe(0);
            expect(again.formatted).toBe(formatted);
        });

        it.each(Object.entries(messyVariants(original)))(
            'formats the variant "%s" back to the same meaning, stably',
            async (_variant, messy) => {
                const ast = await astOf(original);
                expect(await astOf(messy)).toEqual(ast); // the variant itself is the same document
                const { formatted } = await formatText(messy);
                expect(await astOf(formatted)).toEqual(ast);
                expect(comments(formatted)).toEqual(comments(messy));
                expectCanonicalLayout(formatted.replace(/\r\n/g, '\n'));
                const again = await formatText(formatted);
                expect(again.edits).toBe(0);
            },
        );

        it('gives every comment-free variant the one layout of the formatted example, minus its comments and blank lines', async () => {
            const variants = messyVariants(original);
            const { formatted } = await formatText(original);
            const expected =
                formatted
                    // Line comments only: a `//` inside a string (`"https://…"`) is text.
                    .replace(/("(?:\\.|[^"\\\n])*")| ?\/\/[^\n]*/g, (_match, string: string | undefined) => string ?? '')
                    .split('\n')
                    .filter((line) => line.trim() !== '')
                    .join('\n') + '\n';
            for (const variant of ['all on one line', 'as tight as it lexes', 'on few lines']) {
                expect((await formatText(variants[variant])).formatted, variant).toBe(translationsPlacedAs(expected, variants[variant]));
            }
        });
    });
});
