import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { build, exampleFiles, readExample } from '../helpers/services.js';
import { createRandom } from '../fuzz/prng.js';

/**
 * Line endings: CRLF (Windows), a lone CR (old Mac) and a mix of all three. Editors and the CLI
 * count each as one line break, so every diagnostic must sit at the same line and character as
 * in the LF text, whatever the endings.
 */
const variants: Array<[string, (text: string) => string]> = [
    ['CRLF', (text) => text.replace(/\n/g, '\r\n')],
    ['CR', (text) => text.replace(/\n/g, '\r')],
    [
        'mixed',
        (text) => {
            const random = createRandom(text.length);
            // A lone CR right before the next line's LF would make one CRLF of two breaks: not there.
            return text.replace(/\n/g, (_, offset: number) =>
                random.pick(text[offset + 1] === '\n' ? ['\n', '\r\n'] : ['\n', '\r\n', '\r']),
            );
        },
    ],
];

async function positions(text: string): Promise<string[]> {
    const { diagnostics } = await build(text);
    return diagnostics
        .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
        .sort();
}

describe('line endings', () => {
    const cases = exampleFiles().flatMap((name) => variants.map(([label, convert]) => [name, label, convert] as const));

    it.each(cases)('%s with %s endings: every diagnostic at the same position', async (name, _label, convert) => {
        const text = readExample(name);
        const expected = await positions(text);
        if (text.includes('// expect:')) expect(expected.length).toBeGreaterThan(0);
        expect(await positions(convert(text))).toEqual(expected);
    });

    it('a syntax error and a hidden character after mixed endings are reported where they are', async () => {
        const text = 'sla "x" {\r\n  provider "a"\r  currency USD\n  scope "b\u202Ec"\r\n  oops\r\n}';
        const { diagnostics } = await build(text);
        const hidden = diagnostics.find((d) => d.code === 'hidden-characters')!;
        expect(hidden.range.start).toEqual({ line: 3, character: 8 });
        expect(String(hidden.message)).toContain('(line 4, column 11)');
        const syntax = diagnostics.find((d) => d.code === 'syntax-error')!;
        expect(syntax.range.start).toEqual({ line: 4, character: 2 });
    });

    it('sla check gives the same lines and columns for CRLF and mixed files', () => {
        const folder = mkdtempSync(join(tmpdir(), 'sla-eol-'));
        const text = readExample('realism.sla');
        const report = (name: string, content: string) => {
            writeFileSync(join(folder, name), content);
            const result = sla(['check', join(folder, name), '--format', 'json']);
            expect(result.status).toBe(1);
            return (
                JSON.parse(result.stdout) as Array<{ line: number; column: number; endLine: number; endColumn: number; code: string }>
            ).map(({ line, column, endLine, endColumn, code }) => ({ line, column, endLine, endColumn, code }));
        };
        const lf = report('lf.sla', text);
        expect(report('crlf.sla', variants[0][1](text))).toEqual(lf);
        expect(report('mixed.sla', variants[2][1](text))).toEqual(lf);
    });
});
