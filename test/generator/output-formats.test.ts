import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
    findOutputFormat,
    MARKER_PREFIX_BYTES,
    OUTPUT_FORMATS,
    parseOutputFormatList,
    UnknownOutputFormatError,
} from '../../packages/language/src/generator/output-formats.js';
import { sla } from '../helpers/cli.js';
import { build, examplesFolder, readExample } from '../helpers/services.js';
import { goldenFolder } from './golden-cases.js';

/**
 * The registry of output formats, and `sla build --format` reading it: every registered format is
 * written by the real executable, byte for byte what its generator returns and its golden file
 * holds; a name no format has is refused. (The server's request: test/lsp/sla-requests.test.ts;
 * the editor's command: packages/vscode/test/suite/extension.test.ts.)
 */
const tmp = () => mkdtempSync(join(tmpdir(), 'sla-formats-'));
const acme = join(examplesFolder, 'acme-tiers.sla');

describe('the registry of output formats', () => {
    it('lists JSON and the contract text, each name and file extension once', () => {
        const names = OUTPUT_FORMATS.map((f) => f.name);
        expect(names.slice(0, 2)).toEqual(['json', 'markdown']);
        expect(new Set(names).size).toBe(names.length);
        expect(new Set(OUTPUT_FORMATS.map((f) => f.extension)).size).toBe(names.length);
        for (const format of OUTPUT_FORMATS) {
            expect(format.name, 'a name that fits a command line').toMatch(/^[a-z][a-z0-9-]*$/);
            expect(format.name).not.toBe('all');
            expect(format.extension).toMatch(/^(\.[a-z0-9-]+)+$/i);
            expect(format.title.trim()).not.toBe('');
            expect(['text', 'binary']).toContain(format.content);
        }
    });

    it.each(OUTPUT_FORMATS)('recognises its own $name output by its marker, and not a file someone else wrote', async (format) => {
        const { document } = await build(readExample('acme-tiers.sla'));
        const output = await format.generate(document.parseResult.value);
        expect(typeof output === 'string' ? 'text' : 'binary').toBe(format.content);
        const bytes = typeof output === 'string' ? new TextEncoder().encode(output) : output;
        expect(format.isGenerated(bytes.subarray(0, MARKER_PREFIX_BYTES))).toBe(true);
        expect(format.isGenerated(new TextEncoder().encode('# Notes written by hand\n{"title": "x"}\n'))).toBe(false);
        expect(format.isGenerated(new Uint8Array())).toBe(false);
        for (const other of OUTPUT_FORMATS.filter((f) => f !== format)) {
            expect(other.isGenerated(bytes.subarray(0, MARKER_PREFIX_BYTES)), `${other.name} does not claim ${format.name}`).toBe(false);
        }
    });

    it('reads lists of names: commas or spaces, any case, all, registry order, no repeats', () => {
        expect(parseOutputFormatList('markdown,json').map((f) => f.name)).toEqual(['json', 'markdown']);
        expect(parseOutputFormatList(' JSON , json ').map((f) => f.name)).toEqual(['json']);
        expect(parseOutputFormatList('all')).toEqual([...OUTPUT_FORMATS]);
        expect(() => parseOutputFormatList('json,pdf')).toThrow(UnknownOutputFormatError);
        expect(() => parseOutputFormatList('json,pdf')).toThrow('unknown output format "pdf": the formats are json, markdown');
        expect(() => parseOutputFormatList(',')).toThrow(UnknownOutputFormatError);
        expect(findOutputFormat('Markdown')).toBeUndefined();
    });
});

describe('sla build --format', () => {
    it.each(OUTPUT_FORMATS)('writes the $name output, the bytes of its golden file', (format) => {
        const out = tmp();
        const result = sla(['build', acme, '--format', format.name, '--out', out]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const file = `acme-tiers${format.extension}`;
        expect(readdirSync(out)).toEqual([file]);
        expect(result.stdout).toBe(`wrote ${join(out, file)}\n`);
        expect(readFileSync(join(out, file)).equals(readFileSync(join(goldenFolder, file)))).toBe(true);
    });

    it('writes every format with --format all, several with a comma list or a repeated option', () => {
        const all = tmp();
        expect(sla(['build', acme, '--format', 'all', '--out', all]).status).toBe(0);
        expect(readdirSync(all).sort()).toEqual(OUTPUT_FORMATS.map((f) => `acme-tiers${f.extension}`).sort());
        const listed = tmp();
        expect(sla(['build', acme, '--format', 'markdown,json', '--out', listed]).status).toBe(0);
        expect(readdirSync(listed).sort()).toEqual(['acme-tiers.json', 'acme-tiers.md']);
        const repeated = tmp();
        expect(sla(['build', acme, '--format', 'json', '--markdown', '--out', repeated]).status).toBe(0);
        expect(readdirSync(repeated).sort()).toEqual(['acme-tiers.json', 'acme-tiers.md']);
    });

    it('refuses a format no one registered: one line naming the formats, exit 2, nothing written', () => {
        const out = tmp();
        writeFileSync(join(out, 'keep.txt'), 'x');
        const result = sla(['build', acme, '--format', 'json,pdf', '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(
            `sla: --format: unknown output format "pdf": the formats are ${OUTPUT_FORMATS.map((f) => f.name).join(', ')} (or all)\n`,
        );
        expect(readdirSync(out)).toEqual(['keep.txt']);
    });

    it('names every format in its help', () => {
        // Commander wraps the help at 80 columns: a format's name and file may fall on two lines.
        const help = sla(['build', '--help']).stdout.replace(/\s+/g, ' ');
        for (const format of OUTPUT_FORMATS) expect(help).toContain(`${format.name} (<stem>${format.extension})`);
    });
});
