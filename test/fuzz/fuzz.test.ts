import { writeFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { describeDocument, fuzzDocument } from './corpus.js';
import { driveCli } from './drive-cli.js';
import { driveServices, type Failure } from './drive-services.js';
import { FRAGMENTS, ServerSession } from './drive-server.js';
import { createRandom } from './prng.js';

/**
 * The fuzzer. In CI it runs a short seeded slice (a few hundred documents, seconds); `npm run fuzz`
 * runs it long, with counts and a seed from the command line (scripts/fuzz.mjs sets these).
 * A failure names the seed and document index: `npm run fuzz -- --seed S` reproduces it.
 */
const counts = {
    services: Number(process.env.FUZZ_SERVICES ?? 300),
    cli: Number(process.env.FUZZ_CLI ?? 60),
    server: Number(process.env.FUZZ_SERVER ?? 100),
};
const seed = Number(process.env.FUZZ_SEED ?? 20260101);
const longRun = process.env.FUZZ_REPORT !== undefined;
const timeout = longRun ? 0 : 120_000;

interface Figures {
    documents: number;
    failures: number;
    slowestMs: number;
    seconds: number;
    [extra: string]: number;
}
const report: Record<string, Figures | number | string> = { seed, date: new Date().toISOString() };

/** Groups failures by kind so that a broken check shows up once with its first document, not ten thousand times. */
function summarize(found: Array<{ where: string; failure: Failure }>): string[] {
    const byKind = new Map<string, string>();
    for (const { where, failure } of found) {
        const kind = `${failure.stage}: ${failure.message.split('\n')[0].replace(/\d+/g, 'N').slice(0, 160)}`;
        if (!byKind.has(kind))
            byKind.set(kind, `${kind}\n    first in ${where}\n    ${failure.message.split('\n').slice(0, 6).join('\n    ')}`);
    }
    return [...byKind.values()];
}

describe('fuzzing', () => {
    afterAll(() => {
        if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(report, null, 2) + '\n');
    });

    it(
        `drives ${counts.services} documents through the services and every bound provider`,
        async () => {
            const services = createSlaServices(EmptyFileSystem);
            const found: Array<{ where: string; failure: Failure }> = [];
            const started = performance.now();
            let slowest = 0;
            let compiled = 0;
            for (let index = 0; index < counts.services; index++) {
                const document = fuzzDocument(seed, index);
                const result = await driveServices(services, document.text, document.random, index);
                slowest = Math.max(slowest, result.milliseconds);
                if (result.compiled) compiled++;
                if (result.milliseconds > 2000)
                    found.push({
                        where: describeDocument(document),
                        failure: { stage: 'slow', message: `${result.milliseconds.toFixed(0)} ms` },
                    });
                for (const failure of result.failures) found.push({ where: describeDocument(document), failure });
            }
            report.services = {
                documents: counts.services,
                compiled,
                failures: found.length,
                slowestMs: Math.round(slowest),
                seconds: Math.round((performance.now() - started) / 1000),
            };
            expect(summarize(found)).toEqual([]);
        },
        timeout,
    );

    it(
        `checks and builds ${counts.cli} documents with the spawned sla check and sla build, in batches`,
        async () => {
            const found: Array<{ where: string; failure: Failure }> = [];
            const started = performance.now();
            const batch = 250;
            let slowest = 0;
            let written = 0;
            // The CLI's documents are taken after the services' ones, so the two runs see different texts.
            for (let first = 0; first < counts.cli; first += batch) {
                const documents = Array.from({ length: Math.min(batch, counts.cli - first) }, (_, i) =>
                    fuzzDocument(seed, 1_000_000 + first + i),
                );
                const result = await driveCli(documents.map((d) => d.text));
                slowest = Math.max(slowest, result.milliseconds / documents.length);
                written += result.written;
                for (const failure of result.failures) {
                    found.push({
                        where: failure.index === undefined ? `batch from ${first}` : describeDocument(documents[failure.index]),
                        failure,
                    });
                }
            }
            report.cli = {
                documents: counts.cli,
                filesWritten: written,
                failures: found.length,
                slowestMs: Math.round(slowest),
                seconds: Math.round((performance.now() - started) / 1000),
            };
            expect(summarize(found)).toEqual([]);
        },
        timeout,
    );

    it(
        `streams ${counts.server} edits with requests into sla-language-server --stdio`,
        async () => {
            const session = new ServerSession();
            const started = performance.now();
            let documents = 0;
            try {
                await session.start();
                for (let index = 2_000_000; session.stats.edits < counts.server && !session.exitedEarly; index++) {
                    const document = fuzzDocument(seed, index);
                    const edits = Math.min(counts.server - session.stats.edits, document.random.between(5, 40));
                    await session.fuzzDocument(
                        describeDocument(document),
                        `file:///fuzz/doc-${index % 8}.sla`,
                        document.text,
                        edits,
                        createRandom(document.seed ^ index),
                        FRAGMENTS,
                    );
                    documents++;
                }
            } finally {
                await session.stop();
            }
            report.server = {
                documents,
                edits: session.stats.edits,
                requests: session.stats.requests,
                failures: session.failures.length,
                slowestMs: Math.round(session.stats.slowest),
                seconds: Math.round((performance.now() - started) / 1000),
            };
            expect(summarize(session.failures.map((failure) => ({ where: failure.where, failure })))).toEqual([]);
        },
        timeout,
    );
});
