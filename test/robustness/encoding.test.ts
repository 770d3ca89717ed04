import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { build, readExample } from '../helpers/services.js';

/**
 * Encodings. Files are UTF-8 (§1): a byte-order mark is accepted and ignored; anything else
 * — invalid UTF-8, UTF-16, binary — is refused by the CLI with a one-line reason naming where,
 * exit 2, while the other files are still checked. In the editor the text is already decoded: a
 * NUL or a lone surrogate is an unexpected character, reported like any other.
 */
const tmp = () => mkdtempSync(join(tmpdir(), 'sla-encoding-'));
const stackTrace = /\n\s+at .*:\d+:\d+/;

function file(folder: string, name: string, content: string | Uint8Array): string {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
}

describe('a byte-order mark', () => {
    it('is ignored by sla check: the same diagnostics at the same lines and columns', () => {
        const folder = tmp();
        const text = readExample('realism.sla');
        const plain = sla(['check', file(folder, 'plain.sla', text), '--format', 'json']);
        const bom = sla(['check', file(folder, 'bom.sla', '\uFEFF' + text), '--format', 'json']);
        expect(bom.status).toBe(plain.status);
        const strip = (out: string) => (JSON.parse(out) as Array<{ file: string }>).map(({ file: _file, ...rest }) => rest);
        expect(strip(bom.stdout)).toEqual(strip(plain.stdout));
        expect(strip(bom.stdout).length).toBeGreaterThan(0);
    });

    it('builds like the same file without it', () => {
        const folder = tmp();
        file(folder, 'acme.sla', '\uFEFF' + readExample('acme-tiers.sla'));
        expect(sla(['build', 'acme.sla'], { cwd: folder }).status).toBe(0);
    });

    it('is whitespace in the editor: the clean example stays clean', async () => {
        const { diagnostics } = await build('\uFEFF' + readExample('acme-tiers.sla'));
        expect(diagnostics.filter((d) => d.severity! <= 2)).toEqual([]);
    });
});

describe('text that is not UTF-8', () => {
    const latin1 = Buffer.concat([Buffer.from('sla "Caf'), Buffer.from([0xe9]), Buffer.from('" {\n    provider "x"\n')]);
    const cases: Array<[string, Uint8Array, RegExp]> = [
        [
            'Latin-1',
            latin1,
            /^sla: cannot read .*latin1\.sla: not valid UTF-8 text \(byte 0xe9 at line 1, byte 9 of the line\): save the file as UTF-8$/,
        ],
        ['UTF-16', Buffer.from('\uFEFFsla "x" {}', 'utf16le'), /^sla: cannot read .*: UTF-16 text, not UTF-8: save the file as UTF-8$/],
        [
            'a surrogate encoded in UTF-8',
            Buffer.concat([Buffer.from('sla "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('" {}')]),
            /not valid UTF-8 text \(byte 0xed at line 1, byte 6/,
        ],
        [
            'an overlong encoding',
            Buffer.concat([Buffer.from('sla\n"'), Buffer.from([0xc0, 0xaf])]),
            /not valid UTF-8 text \(byte 0xc0 at line 2, byte 2/,
        ],
        [
            'a sequence cut short',
            Buffer.concat([Buffer.from('sla "x'), Buffer.from([0xe2, 0x82])]),
            /not valid UTF-8 text \(byte 0xe2 at line 1, byte 7 of the line\)/,
        ],
        ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), /not a text file \(it contains NUL bytes\)$/],
    ];

    it.each(cases)('%s: sla check says why and where in one line, exits 2, still checks the other files', (_name, bytes, message) => {
        const folder = tmp();
        const bad = file(folder, 'latin1.sla', bytes);
        const good = file(folder, 'good.sla', readExample('brackets.sla'));
        const result = sla(['check', bad, good, '--format', 'json']);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr.trim()).toMatch(message);
        expect(result.stderr).not.toMatch(stackTrace);
        expect((JSON.parse(result.stdout) as Array<{ file: string }>).some((d) => d.file === good)).toBe(true);
    });

    it('sla build refuses it and writes nothing, not even for the good files', () => {
        const folder = tmp();
        file(folder, 'bad.sla', latin1);
        file(folder, 'good.sla', readExample('acme-tiers.sla'));
        const result = sla(['build', 'bad.sla', 'good.sla'], { cwd: folder });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/cannot read bad\.sla: not valid UTF-8 text/);
        expect(result.stderr).not.toMatch(stackTrace);
        expect(readdirSync(folder).sort()).toEqual(['bad.sla', 'good.sla']);
    });

    it('sla credits refuses it with exit 2', () => {
        const folder = tmp();
        const result = sla(['credits', file(folder, 'bad.sla', latin1), '--tier', 'x', '--availability', '99%']);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/not valid UTF-8 text/);
        expect(result.stderr).not.toMatch(stackTrace);
    });
});

describe('odd characters in the editor', () => {
    it.each([
        ['a NUL', '\u0000'],
        ['a lone high surrogate', '\uD800'],
        ['a lone low surrogate', '\uDFFF'],
        ['a replacement character', '\uFFFD'],
        ['an emoji', '😀'],
        ['a line separator', '\u2028'],
        ['a form feed', '\f'],
    ])('%s between tokens is an unexpected character, reported where it is', async (_name, char) => {
        const text = readExample('acme-tiers.sla').replace('    currency USD', `    ${char}currency USD`);
        const line = text.split('\n').findIndex((l) => l.includes('currency USD'));
        const { diagnostics } = await build(text);
        if (/\s/.test(char)) {
            // JavaScript's whitespace (a form feed, a line separator) is whitespace to the lexer too.
            expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
            return;
        }
        const errors = diagnostics.filter((d) => d.severity === 1);
        expect(errors.map((d) => d.code)).toEqual(['syntax-error']);
        expect(errors[0].range.start).toEqual({ line, character: 4 });
        expect(String(errors[0].message)).toMatch(/^Unexpected character /);
    });

    it.each([
        [
            '\u200B',
            'Unexpected character U+200B ZERO WIDTH SPACE: no name, number, text or keyword starts this way (an invisible character: delete it).',
        ],
        [
            '\u0000',
            'Unexpected character U+0000 NULL: no name, number, text or keyword starts this way (an invisible character: delete it).',
        ],
        [
            '\uD800',
            'Unexpected character U+D800, half of a character (not valid text): no name, number, text or keyword starts this way (an invisible character: delete it).',
        ],
        ['#', 'Unexpected character `#`: no name, number, text or keyword starts this way.'],
        ['@#$%^', 'Unexpected characters `@`, `#`, `$` and 2 more: no name, number, text or keyword starts this way.'],
    ])('names the unexpected character %j, visible or not, instead of printing it', async (chars, message) => {
        const { diagnostics } = await build(readExample('acme-tiers.sla').replace('    currency USD', `    ${chars} currency USD`));
        expect(diagnostics.filter((d) => d.severity === 1).map((d) => d.message)).toEqual([message]);
    });

    it.each([
        ['a NUL', '\u0000'],
        ['a lone surrogate', '\uD800'],
        ['a right-to-left override', '\u202E'],
    ])('%s inside a string is kept as text', async (_name, char) => {
        const { diagnostics } = await build(readExample('acme-tiers.sla').replace('Acme Cloud, Inc.', `Acme ${char} Inc.`));
        expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    });
});
