import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findOutputFormat, MARKDOWN_MARKER } from '../../packages/language/src/generator/index.js';
import { sla } from '../helpers/cli.js';
import { parse } from '../generator/markdown-tokens.js';
import { createRandom } from '../fuzz/prng.js';
import { cleanExample, manyTiers } from './large-documents.js';

/**
 * `sla build` writes whole files or nothing, only where asked, and never over a file that it did
 * not write unless told to (`--force`).
 */
const tmp = () => mkdtempSync(join(tmpdir(), 'sla-build-safety-'));
const read = (path: string) => readFileSync(path, 'utf8');

function folderWith(files: Record<string, string>): string {
    const folder = tmp();
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
}

describe('the generated-file marker', () => {
    it('is a first line that Markdown renders as nothing', () => {
        const tokens = parse(`${MARKDOWN_MARKER}\n\n# Title\n`);
        expect(tokens.map((t) => t.type)).toEqual(['heading_open', 'inline', 'heading_close']);
    });

    it.each([
        [`${MARKDOWN_MARKER}\n\n# x`, 'markdown', true],
        [`\uFEFF${MARKDOWN_MARKER}\r\n\r\n# x`, 'markdown', true],
        ['# My own contract\n', 'markdown', false],
        ['', 'markdown', false],
        ['{\n  "$schema": "urn:sla-toolkit:schema:sla:v1",\n  "title": "x"', 'json', true],
        ['{\r\n  "$schema": "urn:sla-toolkit:schema:sla:v1"', 'json', true],
        ['{\n  "$schema": "urn:sla-toolkit:schema:sla:v2",\n  "title": "x"', 'json', true],
        ['{ "$schema": "https://json-schema.org/draft/2020-12/schema" }', 'json', false],
        ['{ "title": "x", "$schema": "urn:sla-toolkit:schema:sla:v1" }', 'json', false],
        ['not json', 'json', false],
    ] as const)('%j as %s: %s', (start, kind, expected) => {
        expect(findOutputFormat(kind)!.isGenerated(start)).toBe(expected);
    });
});

describe('sla build and existing files', () => {
    it('overwrites its own output without being asked', () => {
        const folder = folderWith({ 'acme.sla': cleanExample });
        expect(sla(['build', 'acme.sla'], { cwd: folder }).status).toBe(0);
        const result = sla(['build', 'acme.sla'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(read(join(folder, 'acme.md')).startsWith(MARKDOWN_MARKER)).toBe(true);
    });

    it.each(['acme.md', 'acme.json'])('refuses to overwrite a hand-written %s: says so, exits 2, writes nothing', (name) => {
        const mine = name.endsWith('.md') ? '# Our negotiated contract\n\nDo not lose this.\n' : '{ "mine": true }\n';
        const folder = folderWith({ 'acme.sla': cleanExample, [name]: mine });
        const result = sla(['build', 'acme.sla'], { cwd: folder });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(
            `sla: ${name} exists and was not written by sla (it lacks the generated-file marker); use --force to overwrite it\nsla: nothing was written\n`,
        );
        expect(result.stdout).toBe('');
        expect(read(join(folder, name))).toBe(mine);
        expect(readdirSync(folder).sort()).toEqual(['acme.sla', name].sort());
    });

    it('overwrites it with --force', () => {
        const folder = folderWith({ 'acme.sla': cleanExample, 'acme.md': '# mine\n' });
        const result = sla(['build', 'acme.sla', '--force'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(read(join(folder, 'acme.md')).startsWith(MARKDOWN_MARKER)).toBe(true);
    });

    it('writes only what was asked, where it was asked, and nothing for a document with errors', () => {
        const folder = folderWith({
            'acme.sla': cleanExample,
            'broken.sla': cleanExample.replace('availability 99.9%', 'availability 199.9%'),
        });
        const out = join(folder, 'out');
        const result = sla(['build', 'acme.sla', 'broken.sla', '--json', '--out', out], { cwd: folder });
        expect(result.status).toBe(1);
        expect(readdirSync(out)).toEqual(['acme.json']);
        expect(readdirSync(folder).sort()).toEqual(['acme.sla', 'broken.sla', 'out']);
    });

    it('does not mind a hand-written file beside a document with errors: nothing is written for that document anyway', () => {
        const folder = folderWith({
            'broken.sla': cleanExample.replace('availability 99.9%', 'availability 199.9%'),
            'broken.md': '# mine\n',
        });
        const result = sla(['build', 'broken.sla'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(read(join(folder, 'broken.md'))).toBe('# mine\n');
    });
});

const slaBin = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));

/**
 * Runs `sla build` and kills it with SIGKILL after `delay` ms, or — with `whenWriting` — that many
 * ms after the first file appears or changes in the folder, that is while it writes.
 */
function buildKilledAfter(args: string[], cwd: string, delay: number, whenWriting = false): Promise<{ killed: boolean }> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [slaBin, 'build', ...args], { cwd, stdio: 'ignore' });
        let timer = whenWriting ? undefined : setTimeout(() => child.kill('SIGKILL'), delay);
        const watcher = whenWriting
            ? watch(cwd, (_event, name) => {
                  if (name && !name.endsWith('.sla')) timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
              })
            : undefined;
        child.on('exit', (_status, signal) => {
            clearTimeout(timer);
            watcher?.close();
            resolve({ killed: signal === 'SIGKILL' });
        });
    });
}

describe('an interrupted build', () => {
    it('leaves every output absent, as it was, or complete — never a partial file', async () => {
        // Two versions of a large document (about 4 MB of output), built alternately over one
        // another's output and killed at random moments: of the whole run, or of its writing.
        const versions = [
            manyTiers(1200),
            manyTiers(1200).replaceAll('per month', 'per month ').replace('Acme Cloud Platform', 'Acme Cloud Platform v2'),
        ];
        const reference = tmp();
        const expected = versions.map((text, i) => {
            writeFileSync(join(reference, `v${i}.sla`), text);
            expect(sla(['build', `v${i}.sla`], { cwd: reference }).status).toBe(0);
            return { json: read(join(reference, `v${i}.json`)), md: read(join(reference, `v${i}.md`)) };
        });
        const start = Date.now();
        await buildKilledAfter(['doc.sla'], folderWith({ 'doc.sla': versions[0] }), 60_000);
        const fullRun = Date.now() - start;

        const folder = tmp();
        const random = createRandom(8);
        const outcomes = { killed: 0, finished: 0 };
        for (let round = 0; round < 10; round++) {
            const version = round % 2;
            writeFileSync(join(folder, 'doc.sla'), versions[version]);
            const { killed } =
                round < 4
                    ? await buildKilledAfter(['doc.sla'], folder, Math.round(fullRun * (0.5 + random.next() * 0.6)))
                    : await buildKilledAfter(['doc.sla'], folder, random.int(6), true);
            outcomes[killed ? 'killed' : 'finished']++;
            for (const [name, kind] of [
                ['doc.json', 'json'],
                ['doc.md', 'md'],
            ] as const) {
                const path = join(folder, name);
                if (!existsSync(path)) continue;
                const content = read(path);
                expect([expected[0][kind], expected[1][kind]], `${name} after round ${round} is a complete output`).toContain(content);
            }
        }
        // A killed writer's temporary file is hidden and never taken for output; the next build
        // that completes removes those of writers that are gone.
        expect(
            readdirSync(folder)
                .filter((name) => !name.startsWith('.'))
                .every((name) => /^doc\.(sla|json|md)$/.test(name)),
        ).toBe(true);
        expect(outcomes.killed).toBeGreaterThan(0);
        writeFileSync(join(folder, '.doc.md.999999999.0123456789ab.tmp'), 'left by a writer that is gone');
        const last = sla(['build', 'doc.sla'], { cwd: folder });
        expect(last.status).toBe(0);
        expect(readdirSync(folder).sort()).toEqual(['doc.json', 'doc.md', 'doc.sla']);
    }, 300_000);
});
