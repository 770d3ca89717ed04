import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleFiles, readExample } from '../helpers/services.js';
import { expectedCodes } from '../helpers/expectations.js';

export const goldenFolder = fileURLToPath(new URL('../golden/', import.meta.url));
const fixturesFolder = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Codes that §5 lists as errors (`cap-range` counts: above 100% it is one). An example whose
 * `// expect:` comments name one of them has errors and is never compiled; the others are, and
 * their output is committed. Deciding from the spec rather than from today's validators keeps the
 * set of golden files stable while checks are still being written.
 */
const SPEC_ERROR_CODES = new Set([
    'bracket-overlap',
    'bracket-above-target',
    'bracket-empty',
    'cap-range',
    'percent-range',
    'response-after-resolution',
    'maintenance-over-budget',
    'missing-period',
    'ambiguous-unit',
    'duplicate-name',
    'unresolved-reference',
    'inheritance-cycle',
]);

function expectsErrors(text: string): boolean {
    return [...expectedCodes(text).values()].flat().some((code) => SPEC_ERROR_CODES.has(code));
}

export interface GoldenCase {
    /** File stem: the golden files are `<stem><extension>` (`acme-tiers.json`). */
    stem: string;
    text: string;
}

/** Every example without errors, and the fixtures that exercise what the examples do not. */
export function goldenCases(): GoldenCase[] {
    const examples = exampleFiles()
        .map((name) => ({ stem: name.replace(/\.sla$/, ''), text: readExample(name) }))
        .filter(({ text }) => !expectsErrors(text));
    const fixtures = readdirSync(fixturesFolder)
        .filter((name) => name.endsWith('.sla'))
        .sort()
        .map((name) => ({ stem: name.replace(/\.sla$/, ''), text: readFileSync(join(fixturesFolder, name), 'utf8') }));
    return [...examples, ...fixtures];
}
