import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleFiles, examplesFolder } from '../helpers/services.js';

/**
 * Issue "Trust in every word", item 17: `sla check examples/ | head -3` ends quietly when `head`
 * closes the pipe, as `git` and `grep` do, instead of an uncaught EPIPE with a stack trace.
 */
const slaBin = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));

// Enough diagnostics to fill the pipe many times over, so that writes go on after `head` has left.
const folder = mkdtempSync(join(tmpdir(), 'sla-pipe-'));
for (let copy = 0; copy < 25; copy++) {
    for (const file of exampleFiles()) copyFileSync(join(examplesFolder, file), join(folder, `${copy}-${file}`));
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function pipeline(command: string): { stdout: string; stderr: string; statuses: string } {
    const script = `"${process.execPath}" "${slaBin}" ${command} | head -3; echo "statuses \${PIPESTATUS[*]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
    const statuses = /statuses (.*)/.exec(result.stderr)?.[1] ?? '';
    return { stdout: result.stdout, stderr: result.stderr.replace(/statuses .*\n?/, ''), statuses };
}

describe('a closed pipe', () => {
    it('`sla check … | head -3` prints three lines and ends quietly (no EPIPE, no stack trace)', () => {
        const { stdout, stderr, statuses } = pipeline(`check "${folder}"`);
        expect(stdout.trimEnd().split('\n')).toHaveLength(3);
        expect(stdout).toMatch(/^.*\.sla:\d+:\d+: (error|warning|hint|info) [a-z-]+: /);
        expect(stderr).toBe('');
        // 141 = 128 + SIGPIPE: what a shell reports for `git log | head -3` or `grep … | head -3`.
        expect(statuses).toBe('141 0');
    });

    it('`sla check --format json … | head -3` too', () => {
        const { stdout, stderr, statuses } = pipeline(`check --format json "${folder}"`);
        expect(stdout.split('\n')[0]).toBe('[');
        expect(stderr).toBe('');
        expect(statuses).toBe('141 0');
    });
});
