import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findOutputFormat } from '../../packages/language/src/generator/output-formats.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leaksInternals, type Failure } from './drive-services.js';

/**
 * Drives documents through the real `sla check` (the bundled CLI, spawned): many files per
 * process, as a CI job would check a repository. The process must exit 0, 1 or 2 (2 only when a
 * file was refused as unreadable, with one `sla: cannot read` line each), print a JSON array of
 * well-formed diagnostics, never a stack trace or a logged exception, within 2 s per document.
 * A failing batch is re-run file by file to name the culprit.
 */
const slaBin = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));

export interface CliResult {
    /** `index` is the position of the culprit in the texts given, when one file alone fails. */
    failures: Array<Failure & { index?: number }>;
    milliseconds: number;
    /** Files `sla build` wrote (JSON and Markdown), all checked complete. */
    written: number;
}

interface Run {
    status: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
    milliseconds: number;
    timedOut: boolean;
}

function runCheck(paths: string[], timeoutMs: number): Promise<Run> {
    return runSla(['check', ...paths, '--format', 'json'], timeoutMs);
}

function runSla(args: string[], timeoutMs: number): Promise<Run> {
    return new Promise((resolve) => {
        const started = performance.now();
        const child = spawn(process.execPath, [slaBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            stdout += chunk;
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
            stderr += chunk;
        });
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        child.on('close', (status, signal) => {
            clearTimeout(timer);
            resolve({ status, signal, stdout, stderr, milliseconds: performance.now() - started, timedOut });
        });
    });
}

function judge(run: Run, fileCount: number): Failure[] {
    const failures: Failure[] = [];
    if (run.timedOut) failures.push({ stage: 'cli', message: `sla check did not finish within ${2 * fileCount} s` });
    if (run.status === null || ![0, 1, 2].includes(run.status))
        failures.push({ stage: 'cli', message: `exit ${run.status} ${run.signal ?? ''}: ${run.stderr.slice(0, 500)}` });
    const stderrLines = run.stderr.split('\n').filter(Boolean);
    const strange = stderrLines.filter(
        (line) => !/^sla: cannot read .*: (not a text file \(it contains NUL bytes\)|not valid UTF-8 text .*)$/.test(line),
    );
    if (strange.length) failures.push({ stage: 'cli', message: `unexpected stderr: ${strange.slice(0, 5).join('\n')}` });
    if (run.status === 2 && stderrLines.length === 0)
        failures.push({ stage: 'cli', message: 'exit 2 without saying which file could not be read' });
    try {
        const diagnostics = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
        for (const d of diagnostics) {
            const positions = [d.line, d.column, d.endLine, d.endColumn];
            if (!positions.every((n) => Number.isInteger(n) && (n as number) >= 1))
                failures.push({ stage: 'cli', message: `bad position in ${JSON.stringify(d).slice(0, 300)}` });
            if (typeof d.message !== 'string' || leaksInternals(d.message) || /An error occurred/.test(d.message)) {
                failures.push({ stage: 'cli', message: `bad message in ${JSON.stringify(d).slice(0, 300)}` });
            }
        }
    } catch {
        if (!run.timedOut) failures.push({ stage: 'cli', message: `stdout is not a JSON array: ${run.stdout.slice(0, 200)}` });
    }
    return failures;
}

/** Writes the texts as files of one folder, checks them in one process and builds them in another (bisected on failure). */
export async function driveCli(texts: readonly string[]): Promise<CliResult> {
    const folder = mkdtempSync(join(tmpdir(), 'sla-fuzz-cli-'));
    try {
        const files = texts.map((text, i) => {
            const file = join(folder, `doc-${String(i).padStart(5, '0')}.sla`);
            writeFileSync(file, text, 'utf8');
            return file;
        });
        const started = performance.now();
        const check = async (batch: string[]) => judge(await runCheck(batch, 2000 * batch.length + 5000), batch.length);
        // sla build on the same files (a NUL makes a file unreadable, and then nothing at all is written).
        const buildable = files.filter((_, i) => !texts[i].includes('\u0000'));
        let written = 0;
        const build = async (batch: string[]) =>
            judgeBuild(batch, join(folder, `out-${++outs}`), (count) => {
                if (outs === 1) written = count;
            });
        let outs = 0;
        const failures: CliResult['failures'] = [];
        for (const [batch, run] of [
            [files, check],
            [buildable, build],
        ] as const) {
            const found = await run(batch);
            if (found.length === 0) continue;
            const culprits = await bisect(
                batch.map((file) => ({ file, index: files.indexOf(file) })),
                run,
            );
            failures.push(...(culprits.length > 0 ? culprits : found)); // no culprit alone: keep the batch's failure
        }
        return { failures, milliseconds: performance.now() - started, written };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

/** Halves a failing batch until the failing files are found: a few dozen runs, not one per file. */
async function bisect(
    files: Array<{ file: string; index: number }>,
    run: (batch: string[]) => Promise<Failure[]>,
): Promise<CliResult['failures']> {
    const failures = await run(files.map(({ file }) => file));
    if (failures.length === 0) return [];
    if (files.length === 1) return failures.map((failure) => ({ ...failure, index: files[0].index }));
    const half = Math.ceil(files.length / 2);
    return [...(await bisect(files.slice(0, half), run)), ...(await bisect(files.slice(half), run))];
}

/**
 * `sla build --out`: exit 0 or 1 (errors in some document), standard error only the documents'
 * errors in `sla check`'s format, and each file it says it wrote complete and marked as its output;
 * no temporary file left behind.
 */
async function judgeBuild(files: string[], out: string, onWritten: (count: number) => void): Promise<Failure[]> {
    const run = await runSla(['build', ...files, '--out', out], 2000 * files.length + 5000);
    const failures: Failure[] = [];
    if (run.timedOut) failures.push({ stage: 'build', message: `sla build did not finish within ${2 * files.length} s` });
    if (run.status !== 0 && run.status !== 1)
        failures.push({ stage: 'build', message: `exit ${run.status} ${run.signal ?? ''}: ${run.stderr.slice(0, 500)}` });
    const strange = run.stderr
        .split('\n')
        .filter(
            (line) =>
                line && !/^sla: .* has errors; nothing was written for it:$/.test(line) && !/^.+:\d+:\d+: error [a-z-]+: .+$/.test(line),
        );
    if (strange.length) failures.push({ stage: 'build', message: `unexpected stderr: ${strange.slice(0, 5).join('\n')}` });
    for (const line of run.stdout.split('\n').filter(Boolean)) {
        const path = /^wrote (.+)$/.exec(line)?.[1];
        if (!path) {
            failures.push({ stage: 'build', message: `unexpected stdout: ${line.slice(0, 300)}` });
            continue;
        }
        const content = readFileSync(path, 'utf8');
        const kind = path.endsWith('.json') ? 'json' : 'markdown';
        if (!findOutputFormat(kind)!.isGenerated(content))
            failures.push({ stage: 'build', message: `${path} lacks the generated-file marker` });
        if (kind === 'json') {
            try {
                JSON.parse(content);
            } catch {
                failures.push({ stage: 'build', message: `${path} is not JSON` });
            }
        }
    }
    onWritten(run.stdout.split('\n').filter((line) => line.startsWith('wrote ')).length);
    if (existsSync(out) && readdirSync(out).some((name) => name.endsWith('.tmp')))
        failures.push({ stage: 'build', message: 'a temporary file was left behind' });
    return failures;
}
