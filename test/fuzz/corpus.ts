import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomDocument } from './generator.js';
import { mutate, mutateGently } from './mutators.js';
import { createRandom, documentSeed, type Random } from './prng.js';

/** The fuzz corpus: document `index` of run `seed` is always the same text. */
export interface FuzzDocument {
    index: number;
    seed: number;
    origin: string;
    text: string;
    /** A PRNG for the driver (positions, edits), continuing from the document's own. */
    random: Random;
}

const examplesFolder = fileURLToPath(new URL('../../examples/', import.meta.url));

export const examples: ReadonlyArray<{ name: string; text: string }> = readdirSync(examplesFolder)
    .filter((name) => name.endsWith('.sla'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(examplesFolder, name), 'utf8') }));

/** Examples without deliberate mistakes (no `// expect:`): valid documents to start gentle mutations from. */
const cleanExamples = examples.filter(({ text }) => !/\/\/\s*expect:/.test(text));

/**
 * Six in ten are mutated examples, one in seven gently mutated ones (still valid, so that the
 * generators run on them), the rest generated documents, half of them mutated too.
 */
export function fuzzDocument(seed: number, index: number): FuzzDocument {
    const docSeed = documentSeed(seed, index);
    const random = createRandom(docSeed);
    if (random.chance(0.15)) {
        const example = cleanExamples[index % cleanExamples.length];
        const { text, applied } = mutateGently(example.text, random);
        return { index, seed, origin: `${example.name}, gently: ${applied.join(', ')}`, text, random };
    }
    if (random.chance(0.7)) {
        const example = examples[index % examples.length];
        const { text, applied } = mutate(example.text, random, 4, random.pick(examples).text);
        return { index, seed, origin: `${example.name}: ${applied.join(', ')}`, text, random };
    }
    const generated = randomDocument(random);
    if (random.chance(0.5)) {
        const { text, applied } = mutate(generated, random, 2);
        return { index, seed, origin: `generated: ${applied.join(', ')}`, text, random };
    }
    return { index, seed, origin: 'generated', text: generated, random };
}

/** How to name a document in a failure report, so it can be reproduced. */
export function describeDocument(document: FuzzDocument): string {
    return `seed ${document.seed} document ${document.index} (${document.origin})`;
}
