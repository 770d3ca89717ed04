import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build, exampleFiles, examplesFolder, readExample } from './helpers/services.js';
import { conformanceProblems, expectedCodes, type LineDiagnostic } from './helpers/expectations.js';

const run = promisify(execFile);
const root = join(examplesFolder, '..');
const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

describe('conformance examples (§8), through the language services', () => {
    it("has examples, among them the specification's own", () => {
        expect(exampleFiles()).toEqual(expect.arrayContaining(['acme-tiers.sla', 'brackets.sla', 'realism.sla', 'seed-overlap.sla']));
    });

    it.each(exampleFiles())('%s carries exactly the expected diagnostics', async (name) => {
        const text = readExample(name);
        const built = await build(text);
        const diagnostics: LineDiagnostic[] = built.diagnostics.map((d) => ({
            line: d.range.start.line + 1,
            severity: severities[d.severity ?? 1],
            code: String(d.code),
            message: typeof d.message === 'string' ? d.message : d.message.value,
        }));
        expect(conformanceProblems(text, diagnostics)).toEqual([]);
    });
});

// The bundle is rebuilt fresh before any test runs (test/global-setup.ts runs `npm run bundle`'s script).
describe('conformance examples, through `npx sla check --format json` as a real process', () => {
    it.each(exampleFiles())(
        '%s',
        async (name) => {
            const text = readExample(name);
            const result = await run('npx', ['sla', 'check', join('examples', name), '--format', 'json'], { cwd: root }).catch(
                (error: { stdout: string; code: number }) => error,
            );
            const diagnostics = JSON.parse(result.stdout) as Array<LineDiagnostic & { file: string }>;
            expect(conformanceProblems(text, diagnostics)).toEqual([]);
            const anyError = diagnostics.some((d) => d.severity === 'error');
            // Exit 1 exactly when there are errors (§3).
            expect('code' in result ? result.code : 0).toBe(anyError ? 1 : 0);
            if (expectedCodes(text).size === 0)
                expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
        },
        30_000,
    );
});

describe('the conformance rule itself', () => {
    const text = 'a\nb // expect: x, y\nc';
    it.each<[string, LineDiagnostic[], number]>([
        [
            'all listed codes present',
            [
                { line: 2, severity: 'error', code: 'x', message: '' },
                { line: 2, severity: 'hint', code: 'y', message: '' },
            ],
            0,
        ],
        ['a listed code missing', [{ line: 2, severity: 'error', code: 'x', message: '' }], 1],
        [
            'an unlisted code on an expect line',
            [
                { line: 2, severity: 'error', code: 'x', message: '' },
                { line: 2, severity: 'hint', code: 'y', message: '' },
                { line: 2, severity: 'hint', code: 'z', message: '' },
            ],
            1,
        ],
        [
            'a warning elsewhere',
            [
                { line: 2, severity: 'error', code: 'x', message: '' },
                { line: 2, severity: 'error', code: 'y', message: '' },
                { line: 3, severity: 'warning', code: 'w', message: '' },
            ],
            1,
        ],
        [
            'a hint elsewhere is allowed',
            [
                { line: 2, severity: 'error', code: 'x', message: '' },
                { line: 2, severity: 'error', code: 'y', message: '' },
                { line: 1, severity: 'hint', code: 'h', message: '' },
            ],
            0,
        ],
    ])('%s', (_, diagnostics, count) => {
        expect(conformanceProblems(text, diagnostics)).toHaveLength(count);
    });
});
