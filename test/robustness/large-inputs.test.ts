import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { driveServices } from '../fuzz/drive-services.js';
import { FRAGMENTS, ServerSession } from '../fuzz/drive-server.js';
import { createRandom } from '../fuzz/prng.js';
import { cleanExample, withBytes, withLines } from './large-documents.js';

/**
 * Large and odd inputs: each gets a clear result (no diagnostic, or a syntax error that says what
 * is wrong), in bounded time and memory, with no crash — no stack overflow in the parser, the
 * checks, the formatter or any editor feature. The bounds are generous (CI machines are shared);
 * the point is that nothing is quadratic and nothing recurses per character or per block.
 */
const services = createSlaServices(EmptyFileSystem);
const slaBin = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));

async function drive(text: string, seconds: number) {
    const started = performance.now();
    const result = await driveServices(services, text, createRandom(text.length));
    expect(result.failures).toEqual([]);
    expect(performance.now() - started).toBeLessThan(seconds * 1000);
    return result.diagnostics;
}

const messages = (diagnostics: Awaited<ReturnType<typeof drive>>) => diagnostics.map((d) => `${d.code}: ${String(d.message)}`);

describe('large documents', () => {
    it('a 10 MB document: sla check answers in bounded time and memory', () => {
        const folder = mkdtempSync(join(tmpdir(), 'sla-large-'));
        const text = withBytes(10_000_000);
        expect(text.length).toBeGreaterThanOrEqual(10_000_000);
        writeFileSync(join(folder, 'big.sla'), text);
        const started = performance.now();
        // A heap limit makes a memory blow-up a failure here rather than a slow machine elsewhere.
        const result = spawnSync(
            process.execPath,
            ['--max-old-space-size=1536', slaBin, 'check', join(folder, 'big.sla'), '--format', 'json'],
            { encoding: 'utf8', timeout: 180_000 },
        );
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual([]);
        expect(performance.now() - started).toBeLessThan(180_000);
    }, 200_000);

    it('a 100,000-line document: built, validated and every editor feature answered', async () => {
        const text = withLines(100_000);
        expect(text.split('\n').length).toBeGreaterThanOrEqual(100_000);
        expect(await drive(text, 120)).toEqual([]);
    }, 150_000);

    it('a 100,000-line document in the language server: diagnostics, edits and requests answered', async () => {
        const session = new ServerSession(60_000);
        try {
            await session.start();
            await session.fuzzDocument('100,000 lines', 'file:///large/big.sla', withLines(100_000), 3, createRandom(3), FRAGMENTS);
        } finally {
            await session.stop();
        }
        expect(session.failures).toEqual([]);
        expect(session.stats.requests).toBeGreaterThan(0);
    }, 150_000);
});

describe('long strings and comments', () => {
    const mega = 'x'.repeat(1_000_000);

    it('a 1 MB string', async () => {
        expect(await drive(cleanExample.replace('"Acme Cloud, Inc."', `"${mega}"`), 30)).toEqual([]);
    });

    it('an unclosed 1 MB string: one syntax error on its line', async () => {
        const diagnostics = await drive(cleanExample.replace('"Acme Cloud, Inc."', `"${mega}`), 30);
        expect(diagnostics.filter((d) => d.severity === 1).length).toBeGreaterThan(0);
        expect(diagnostics.every((d) => d.code === 'syntax-error')).toBe(true);
        expect(diagnostics[0].range.start.line).toBe(2);
    });

    it('a 1 MB block comment, and one left open', async () => {
        expect(await drive(cleanExample.replace('// Acme', `/* ${'x\n'.repeat(500_000)} */ // Acme`), 30)).toEqual([]);
        const open = await drive(cleanExample.replace('// Acme', `/* ${'x\n'.repeat(500_000)}`), 30);
        expect(messages(open)[0]).toMatch(/^syntax-error: /);
    });

    it('a 1 MB line of clauses', async () => {
        const diagnostics = await drive(cleanExample.replace('currency USD', `currency USD ${'scope "x" '.repeat(100_000)}`), 60);
        expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['duplicate-clause']));
    }, 90_000);
});

describe('deep and unclosed nesting', () => {
    it.each([
        ['10,000 open braces', cleanExample.replace('measurement {', `measurement ${'{'.repeat(10_000)}`)],
        ['100,000 open braces alone', '{'.repeat(100_000)],
        ['10,000 closing braces', cleanExample + '}'.repeat(10_000)],
        ['3,000 nested tiers', cleanExample.replace('tier Standard {', 'tier A {'.repeat(3_000))],
        ['3,000 nested credit blocks', cleanExample.replace('credits {', 'credits {'.repeat(3_000))],
        ['20,000 nested agreements', 'sla "x" {'.repeat(20_000)],
        ['20,000 unclosed strings', '"\n'.repeat(20_000)],
        ['20,000 comment openers', cleanExample + '/*'.repeat(20_000)],
    ])(
        '%s: syntax errors, no stack overflow',
        async (_name, text) => {
            const diagnostics = await drive(text, 60);
            expect(diagnostics.some((d) => d.code === 'syntax-error')).toBe(true);
        },
        90_000,
    );

    it('sla check on 100,000 open braces: exit 1 and a syntax error, no stack trace', () => {
        const folder = mkdtempSync(join(tmpdir(), 'sla-deep-'));
        writeFileSync(join(folder, 'deep.sla'), cleanExample.replace('measurement {', `measurement ${'{'.repeat(100_000)}`));
        const result = spawnSync(process.execPath, [slaBin, 'check', join(folder, 'deep.sla')], { encoding: 'utf8', timeout: 60_000 });
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/deep\.sla:\d+:\d+: error syntax-error: /);
        expect(result.stderr).toBe('');
    }, 90_000);
});

describe('files that are not agreements at all', () => {
    const check = (path: string) => spawnSync(process.execPath, [slaBin, 'check', path], { encoding: 'utf8', timeout: 20_000 });

    it('a file over 64 MB is refused at once, not read', () => {
        const path = join(mkdtempSync(join(tmpdir(), 'sla-huge-')), 'huge.sla');
        const fd = openSync(path, 'w');
        ftruncateSync(fd, 70 * 1024 * 1024); // sparse: no 70 MB written to the disk
        closeSync(fd);
        const result = check(path);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`sla: cannot read ${path}: too large for an agreement (70 MB; the limit is 64 MB)\n`);
    });

    it.runIf(existsSync('/dev/zero'))('a device is refused, not read forever', () => {
        const result = check('/dev/zero');
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sla: cannot read /dev/zero: not a regular file (a device, a pipe or a socket)\n');
    });

    it.runIf(process.platform !== 'win32')('a named pipe is refused, not waited on', () => {
        const folder = mkdtempSync(join(tmpdir(), 'sla-fifo-'));
        expect(spawnSync('mkfifo', [join(folder, 'pipe.sla')]).status).toBe(0);
        const result = check(join(folder, 'pipe.sla'));
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/pipe\.sla: not a regular file/);
    });
});
