/**
 * The worker side of the build rows. The full and the bare service sets each run in a worker
 * thread of their own — a V8 isolate of their own — as each would in its own process: sharing one
 * isolate, Langium's code learned both sets' shapes and ran both more slowly, the full build more
 * so (1.3× the bare build in one isolate, 1.0× apart, on the same text). The main thread sends one
 * operation at a time and the worker answers with its time, so the runs still take turns.
 */
import { parentPort } from 'node:worker_threads';
import { URI } from 'langium';
import { buildText, generateJson, hasErrors } from 'sla-language';
import { generateAgreement } from './generate.js';
import { createBareServices, createFullServices } from './services.js';

export type WorkerKind = 'full' | 'bare';
export type Operation = 'build' | 'parse' | 'jsonParse';

export type Request = { type: 'load'; text: string } | { type: 'run'; operation: Operation };

export type Response =
    | { type: 'loaded'; errors: string[]; warnings: number; diagnostics: number; jsonBytes: number }
    | { type: 'ran'; wall: number; cpu: number };

const uri = URI.parse('memory:/bench/document.sla');

function cpuMs(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}

export async function runBuildWorker(kind: WorkerKind, options: { bareDefaults: boolean }): Promise<void> {
    const full = kind === 'full' ? createFullServices() : undefined;
    const services = full ?? createBareServices({ defaultScoping: options.bareDefaults });
    const parser = full?.Sla.parser.LangiumParser;
    const warm = generateAgreement(2000, 99).text;
    for (let i = 0; i < 3; i++) {
        await buildText(services.shared, warm, uri);
        parser?.parse(warm);
    }
    let text = '';
    let json = '';
    const operations: Record<Operation, () => unknown> = {
        build: () => buildText(services.shared, text, uri),
        parse: () => parser!.parse(text),
        jsonParse: () => JSON.parse(json),
    };
    parentPort!.on('message', async (request: Request) => {
        if (request.type === 'load') {
            text = request.text;
            const built = await buildText(services.shared, text, uri);
            const errors = built.diagnostics
                .filter((d) => d.severity === 1)
                .map((d) => `line ${d.range.start.line + 1}: ${d.code} ${d.message}`);
            // The floor: the document's generated JSON (what `sla build --json` writes).
            json = kind === 'full' && !hasErrors(built.diagnostics) ? generateJson(built.document.parseResult.value) : '';
            const response: Response = {
                type: 'loaded',
                errors,
                warnings: built.diagnostics.filter((d) => d.severity === 2).length,
                diagnostics: built.diagnostics.length,
                jsonBytes: Buffer.byteLength(json),
            };
            parentPort!.postMessage(response);
        } else {
            const cpuStart = cpuMs();
            const start = performance.now();
            await operations[request.operation]();
            const response: Response = { type: 'ran', wall: performance.now() - start, cpu: cpuMs() - cpuStart };
            parentPort!.postMessage(response);
        }
    });
}
