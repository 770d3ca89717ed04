import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJson, generateMarkdown, hasErrors } from '../../packages/language/src/index.js';
import { build } from '../helpers/services.js';
import { goldenCases, goldenFolder } from './golden-cases.js';
import { schemaErrors } from './schema.js';

/**
 * The generated files of every compilable example and fixture, committed under test/golden and
 * compared byte for byte. After an intended change: `UPDATE_GOLDEN=1 npx vitest run test/generator`,
 * then review the diff of test/golden like code.
 */
const update = process.env.UPDATE_GOLDEN === '1';
const cases = goldenCases();

function compare(file: string, actual: string): void {
    const path = join(goldenFolder, file);
    if (update) writeFileSync(path, actual);
    expect(existsSync(path), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/generator`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden files', () => {
    it('include acme-tiers', () => {
        expect(cases.map((c) => c.stem)).toContain('acme-tiers');
    });

    it.each(cases)('$stem compiles without errors', async ({ text }) => {
        const { diagnostics } = await build(text);
        expect(diagnostics.filter((d) => d.severity === 1).map((d) => d.message)).toEqual([]);
        expect(hasErrors(diagnostics)).toBe(false);
    });

    it.each(cases)('$stem: the JSON matches the golden file and the schema', async ({ stem, text }) => {
        const { document } = await build(text);
        const json = generateJson(document.parseResult.value);
        compare(`${stem}.json`, json);
        expect(schemaErrors(JSON.parse(json))).toEqual([]);
    });

    it.each(cases)('$stem: the Markdown matches the golden file', async ({ stem, text }) => {
        const { document } = await build(text);
        compare(`${stem}.md`, generateMarkdown(document.parseResult.value));
    });

    it('has no golden file without a case', () => {
        const expected = cases.flatMap(({ stem }) => [`${stem}.json`, `${stem}.md`]).sort();
        expect(readdirSync(goldenFolder).sort()).toEqual(expected);
    });
});
