import { Worker } from 'node:worker_threads';
import type { Operation, Request, Response, WorkerKind } from './build-worker.js';
import { generateAgreement } from './generate.js';
import { runsFor, summarize, type Sample } from './measure.js';

export interface BuildRow {
    lines: number;
    tiers: number;
    warnings: number;
    parse: Sample;
    full: Sample;
    bare: Sample;
    bareDiagnostics: number;
    jsonParse: Sample;
    jsonBytes: number;
}

/** One build worker (bench/build-worker.ts), run from this same bundle, one request at a time. */
class BuildWorker {
    private readonly worker: Worker;
    private pending?: { resolve: (response: Response) => void; reject: (error: Error) => void };

    constructor(entry: URL, kind: WorkerKind, options: { bareDefaults: boolean }) {
        this.worker = new Worker(entry, { workerData: { role: 'build-worker', kind, ...options } });
        this.worker.on('message', (response: Response) => this.pending?.resolve(response));
        this.worker.on('error', (error) => this.pending?.reject(error));
    }

    request(request: Request): Promise<Response> {
        return new Promise((resolve, reject) => {
            this.pending = { resolve, reject };
            this.worker.postMessage(request);
        });
    }

    async run(operation: Operation): Promise<{ wall: number; cpu: number }> {
        const response = await this.request({ type: 'run', operation });
        if (response.type !== 'ran') throw new Error(`unexpected answer ${response.type}`);
        return response;
    }

    terminate(): Promise<number> {
        return this.worker.terminate();
    }
}

function sample(runs: Array<{ wall: number; cpu: number }>): Sample {
    return { ...summarize(runs.map((run) => run.wall)), cpuMedian: summarize(runs.map((run) => run.cpu)).median };
}

/**
 * For each size: parse only, the full build with every check, the bare Langium build of the
 * same text, and `JSON.parse` of the document's generated JSON. The full and the bare build run
 * in worker threads of their own (see build-worker.ts) and take turns, one run each per round,
 * so that load from other processes falls on both alike. The generated document must build
 * without errors under the full services, or the row would measure error reporting instead.
 */
export async function measureBuilds(
    entry: URL,
    sizes: readonly number[],
    options: { quick: boolean; bareDefaults: boolean },
    log: (line: string) => void,
): Promise<BuildRow[]> {
    const rows: BuildRow[] = [];
    for (const size of sizes) {
        // Fresh workers for every size: a heap that has built the smaller documents before makes
        // the large ones pay for collecting it (the 50,000-line row measured 1.5× slower so).
        const full = new BuildWorker(entry, 'full', options);
        const bare = new BuildWorker(entry, 'bare', options);
        try {
            const { text, lines, tiers } = generateAgreement(size);
            const loaded = await full.request({ type: 'load', text });
            const bareLoaded = await bare.request({ type: 'load', text });
            if (loaded.type !== 'loaded' || bareLoaded.type !== 'loaded') throw new Error('a build worker did not load the document');
            if (loaded.errors.length > 0) {
                throw new Error(`The generated ${lines}-line document has errors, first ${loaded.errors[0]}`);
            }
            const runs = runsFor(lines, options.quick);
            const times: Record<'parse' | 'full' | 'bare' | 'jsonParse', Array<{ wall: number; cpu: number }>> = {
                parse: [],
                full: [],
                bare: [],
                jsonParse: [],
            };
            for (let i = -1; i < runs; i++) {
                // round -1 warms up
                const round = {
                    full: await full.run('build'),
                    bare: await bare.run('build'),
                    parse: await full.run('parse'),
                    jsonParse: await full.run('jsonParse'),
                };
                if (i >= 0) for (const key of Object.keys(times) as Array<keyof typeof times>) times[key].push(round[key]);
            }
            const row: BuildRow = {
                lines,
                tiers,
                warnings: loaded.warnings,
                parse: sample(times.parse),
                full: sample(times.full),
                bare: sample(times.bare),
                bareDiagnostics: bareLoaded.diagnostics,
                jsonParse: sample(times.jsonParse),
                jsonBytes: loaded.jsonBytes,
            };
            rows.push(row);
            log(
                `  ${String(lines).padStart(6)} lines: parse ${row.parse.median.toFixed(1)} ms, full ${row.full.median.toFixed(1)} ms, bare ${row.bare.median.toFixed(1)} ms, JSON.parse ${row.jsonParse.median.toFixed(2)} ms`,
            );
        } finally {
            await Promise.all([full.terminate(), bare.terminate()]);
        }
    }
    return rows;
}
