import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJson, hasErrors, OUTPUT_FORMATS, type OutputFormat } from '../../packages/language/src/index.js';
import { build } from '../helpers/services.js';
import { goldenCases, goldenFolder } from './golden-cases.js';
import { schemaErrors } from './schema.js';

/**
 * The generated files, committed under test/golden and compared byte for byte: every format of
 * the registry for acme-tiers (the reference example), and the formats built by default (JSON and
 * the contract text) for every compilable example and fixture too. After an intended change:
 * `UPDATE_GOLDEN=1 npx vitest run test/generator`, then review the diff of test/golden like code.
 */
const update = process.env.UPDATE_GOLDEN === '1';
const cases = goldenCases();
const REFERENCE = 'acme-tiers';

function compare(file: string, actual: string | Uint8Array): void {
    const path = join(goldenFolder, file);
    if (update) writeFileSync(path, actual);
    expect(existsSync(path), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/generator`).toBe(true);
    if (typeof actual === 'string') expect(actual).toBe(readFileSync(path, 'utf8'));
    else expect(Buffer.from(actual).equals(readFileSync(path)), `${file}: the same bytes`).toBe(true);
}

/** The monitoring formats, pinned for every case that declares SLIs as well. */
const MONITORING = new Set(['prometheus', 'openslo']);

/** The formats that have golden files for a case. */
function goldenFormats(stem: string): OutputFormat[] {
    const declaresSli = /^\s*sli\s/m.test(cases.find((c) => c.stem === stem)?.text ?? '');
    return OUTPUT_FORMATS.filter((format) => stem === REFERENCE || format.builtByDefault || (declaresSli && MONITORING.has(format.name)));
}

const outputs = cases.flatMap(({ stem, text }) => goldenFormats(stem).map((format) => ({ stem, text, format, name: format.name })));

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

    it.each(outputs)('$stem: the $name output matches the golden file', async ({ stem, text, format }) => {
        const { document } = await build(text);
        compare(`${stem}${format.extension}`, await format.generate(document.parseResult.value));
    });

    it('has no golden file without a case and a format', () => {
        const expected = cases.flatMap(({ stem }) => goldenFormats(stem).map((format) => `${stem}${format.extension}`)).sort();
        expect(readdirSync(goldenFolder).sort()).toEqual(expected);
    });
});
