/**
 * Progress on standard error only when it is a terminal: `sla report` run inside a real
 * pseudo-terminal (`script` from util-linux) shows the rows read and the time reached, then
 * clears its line; run with pipes, as in CI or cron, it writes nothing on standard error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { GOLD } from '../helpers/report-agreements.js';
import { samplesCsv } from './month-data.js';

const slaBin = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sla-report-progress-'));
const agreement = join(dir, 'gold.sla');
writeFileSync(agreement, GOLD);
// 2026-01-01 to 2026-03-01: 59 days × 1,440 = 84,960 minutes, one sample each; progress is shown every 65,536 rows.
const samples = join(dir, 'two-months.csv');
writeFileSync(samples, samplesCsv([], '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'));

describe.skipIf(!existsSync('/usr/bin/script'))('sla report progress', () => {
    it('shows the rows read and the time reached on a terminal, then clears the line', () => {
        const out = join(dir, 'tty.md');
        const command = [process.execPath, slaBin, 'report', agreement, '--samples', samples, '--format', 'markdown', '--out', out]
            .map((arg) => `'${arg}'`)
            .join(' ');
        const run = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
        expect(run.status).toBe(0);
        // Row 65,536 is the sample of minute 65,535 after 1 January: 45 days 12 h 15 min later, 15 February 12:15 UTC, as the file writes it.
        expect(run.stdout).toBe(`\r\x1b[K${samples}: 65,536 samples read, at 2026-02-15T12:15:00.000Z\r\x1b[K`);
        expect(readFileSync(out, 'utf8')).toContain('84,960 rows');
    });

    it('writes nothing on standard error without a terminal', () => {
        const piped = sla(['report', agreement, '--samples', samples, '--format', 'markdown']);
        expect(piped.status).toBe(0);
        expect(piped.stderr).toBe('');
        expect(piped.stdout).toContain('84,960 rows');
    });
});
