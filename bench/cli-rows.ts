import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateAgreement, generateContracts } from './generate.js';
import { summarize, type Sample } from './measure.js';

export interface ProcessRun {
    ms: number;
    status: number | null;
    stdout: string;
    stderr: string;
    /** Peak resident memory in MB, when measured. */
    peakMb?: number;
    /** User and system CPU time in ms, measured with the peak memory: on a shared machine, a steadier figure than the wall clock. */
    cpuMs?: number;
}

/**
 * A wrapper that runs a Node entry point and reports its peak resident memory on exit, so that
 * memory is measured in the process itself, on any platform (no `/usr/bin/time` needed).
 */
const PEAK_WRAPPER = `import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const entry = process.argv[2];
process.argv.splice(1, 2, entry);
process.on('exit', () => {
    const usage = process.resourceUsage();
    writeSync(2, '\\n@cpu-us ' + (usage.userCPUTime + usage.systemCPUTime) + '\\n@peak-rss-kb ' + usage.maxRSS + '\\n');
});
await import(pathToFileURL(entry).href);
`;

export class Processes {
    private readonly wrapper: string;

    /** The environment of every process the benchmark starts: its own temporary folder. */
    readonly env: NodeJS.ProcessEnv;

    constructor(
        readonly repoRoot: string,
        readonly workDir: string,
    ) {
        this.wrapper = join(workDir, 'peak-rss.mjs');
        writeFileSync(this.wrapper, PEAK_WRAPPER);
        // A temporary folder of the benchmark's own: the CLI keeps its code cache in the temporary
        // folder, so the first run here is a true first run, and the user's cache is left alone.
        const tmp = join(workDir, 'tmp');
        mkdirSync(tmp, { recursive: true });
        this.env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
    }

    get slaBin(): string {
        return join(this.repoRoot, 'packages/cli/bin/sla.js');
    }

    run(args: string[], options: { peak?: boolean } = {}): ProcessRun {
        const argv = options.peak ? [this.wrapper, ...args] : args;
        const start = performance.now();
        const result = spawnSync(process.execPath, argv, {
            cwd: this.repoRoot,
            env: this.env,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            timeout: 300_000,
        });
        const ms = performance.now() - start;
        let stderr = result.stderr ?? '';
        let peakMb: number | undefined;
        let cpuMs: number | undefined;
        const peak = /\n@cpu-us (\d+)\n@peak-rss-kb (\d+)\n$/.exec(stderr);
        if (peak) {
            cpuMs = Number(peak[1]) / 1000;
            peakMb = Number(peak[2]) / 1024;
            stderr = stderr.slice(0, peak.index);
        }
        return { ms, status: result.status, stdout: result.stdout ?? '', stderr, peakMb, cpuMs };
    }

    sla(args: string[], options: { peak?: boolean } = {}): ProcessRun {
        return this.run([this.slaBin, ...args], options);
    }

    /** The median of `runs` runs after `warmup` unmeasured ones; every run must exit with `expect`. */
    timed(args: string[], runs: number, expect = 0, warmup = 2): { sample: Sample; first: ProcessRun } {
        let first: ProcessRun | undefined;
        for (let i = 0; i < warmup; i++) {
            const run = this.checked(args, expect);
            first ??= run;
        }
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
            const run = this.checked(args, expect);
            first ??= run;
            times.push(run.ms);
        }
        return { sample: summarize(times), first: first! };
    }

    checked(args: string[], expect = 0, options: { peak?: boolean } = {}): ProcessRun {
        const run = this.run(args, options);
        if (run.status !== expect) {
            throw new Error(
                `node ${args.join(' ')} exited ${run.status}, expected ${expect}:\n${run.stderr.slice(0, 2000)}${run.stdout.slice(0, 2000)}`,
            );
        }
        return run;
    }
}

export interface StartupRow {
    node: Sample;
    check: Sample;
    /** Node, Langium's core services and the grammar building the same file: no SLA code at all. */
    floor?: Sample;
    /** The very first `sla check` of this run, which may have had to make its code cache. */
    checkFirst: number;
    lines: number;
}

/**
 * `sla check` of one small clean file against `node -e 0`: what starting the tool costs. The
 * commands take turns, run by run, so that load from other processes falls on all of them alike.
 */
export function measureStartup(processes: Processes, runs: number): StartupRow {
    const { text, lines } = generateAgreement(100);
    const file = join(processes.workDir, 'small.sla');
    writeFileSync(file, text);
    const floorBundle = join(processes.workDir, 'startup-floor.cjs');
    const floorRunner = join(processes.workDir, 'startup-floor.mjs');
    const commands: string[][] = [
        ['-e', '0'],
        [processes.slaBin, 'check', file],
    ];
    const loader = join(processes.repoRoot, 'packages/cli/bin/run-bundle.js');
    if (existsSync(floorBundle) && existsSync(loader)) {
        writeFileSync(
            floorRunner,
            `import { runScript } from ${JSON.stringify(pathToFileURL(loader).href)};\n` +
                `runScript(${JSON.stringify(floorBundle)}, 'bench-startup-floor');\n`,
        );
        commands.push([floorRunner, file]);
    }
    const checkFirst = processes.checked(commands[1]).ms;
    for (const command of commands) processes.checked(command); // warm-up, and the code caches made
    const times: number[][] = commands.map(() => []);
    for (let i = 0; i < runs; i++) {
        commands.forEach((command, index) => times[index].push(processes.checked(command).ms));
    }
    return {
        node: summarize(times[0]),
        check: summarize(times[1]),
        floor: times[2] ? summarize(times[2]) : undefined,
        checkFirst,
        lines,
    };
}

export interface FolderRow {
    files: number;
    linesEach: number;
    check: Sample;
    peakMb: number;
}

export function writeContracts(folder: string, count: number, linesEach: number): void {
    mkdirSync(folder, { recursive: true });
    for (const { name, text } of generateContracts(count, linesEach)) writeFileSync(join(folder, name), text);
}

/** `sla check <folder>` of many contract files: one process, one build of all of them. */
export function measureFolderCheck(processes: Processes, folder: string, files: number, linesEach: number, runs: number): FolderRow {
    const { sample } = processes.timed([processes.slaBin, 'check', folder], runs, 0, 1);
    const peak = processes.checked([processes.slaBin, 'check', folder], 0, { peak: true });
    if (peak.stdout.trim() !== '')
        throw new Error(`sla check reported diagnostics on the generated contracts:\n${peak.stdout.slice(0, 2000)}`);
    return { files, linesEach, check: sample, peakMb: peak.peakMb ?? NaN };
}

export interface SlaBuildRow {
    /** How the documents were given: all in one process, or one process per document. */
    mode: 'one process' | 'one process per document';
    documents: number;
    ms: number;
    perSecond: number;
    peakMb: number;
    largeLines: number;
    largeMs: number;
    largePeakMb: number;
}

export function hasCommand(processes: Processes, command: string): boolean {
    return new RegExp(`^\\s+${command}\\b`, 'm').test(processes.sla(['--help']).stdout);
}

/**
 * `sla build` throughput (documents per second, JSON and Markdown for each) and peak memory.
 * If the command takes several files at once, all documents are built in one process; otherwise
 * each document is its own process, so the figure includes start-up.
 */
export function measureSlaBuild(processes: Processes, folder: string, outDir: string): SlaBuildRow {
    const files = readdirSync(folder)
        .filter((name) => name.endsWith('.sla'))
        .sort()
        .map((name) => join(folder, name));
    const probeOut = join(outDir, 'probe');
    const probe = processes.sla(['build', files[0], files[1], '--out', probeOut]);
    const multi = probe.status === 0 && readdirSync(probeOut).filter((name) => name.endsWith('.json')).length === 2;
    let mode: SlaBuildRow['mode'];
    let documents: number;
    let ms: number;
    let peakMb: number;
    if (multi) {
        mode = 'one process';
        documents = files.length;
        processes.checked([processes.slaBin, 'build', ...files, '--out', join(outDir, 'warm')]);
        const run = processes.checked([processes.slaBin, 'build', ...files, '--out', join(outDir, 'all')], 0, { peak: true });
        ms = run.ms;
        peakMb = run.peakMb ?? NaN;
    } else {
        mode = 'one process per document';
        documents = Math.min(50, files.length);
        peakMb = 0;
        const start = performance.now();
        for (const file of files.slice(0, documents)) {
            const run = processes.checked([processes.slaBin, 'build', file, '--out', join(outDir, 'each')], 0, { peak: true });
            peakMb = Math.max(peakMb, run.peakMb ?? 0);
        }
        ms = performance.now() - start;
    }
    const large = generateAgreement(50_000, 7);
    const largeFile = join(processes.workDir, 'large.sla');
    writeFileSync(largeFile, large.text);
    const largeRun = processes.checked([processes.slaBin, 'build', largeFile, '--out', join(outDir, 'large')], 0, { peak: true });
    return {
        mode,
        documents,
        ms,
        perSecond: documents / (ms / 1000),
        peakMb,
        largeLines: large.lines,
        largeMs: largeRun.ms,
        largePeakMb: largeRun.peakMb ?? NaN,
    };
}
