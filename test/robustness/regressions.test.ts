import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../packages/language/src/workspace/build-documents.js';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { driveServices } from '../fuzz/drive-services.js';
import { createRandom } from '../fuzz/prng.js';

/**
 * Every failure the fuzzer found, reduced to a small document. Each is driven through the same
 * harness as the fuzzer (build with validation, every bound provider at many positions): no
 * exception, no validation error turned into a diagnostic, no `undefined` or `NaN` in a message.
 */
const services = createSlaServices(EmptyFileSystem);

const regressions: Array<[string, string]> = [
    // value-checks: the check read a value the half-parsed clause does not have.
    ['`effective` without a date', 'sla "x" { effective }'],
    ['a clock range without its end', 'sla "x" { tier A { support business-hours 09:00- customer-local } }'],
    ['a clock range without its start', 'sla "x" { tier A { support business-hours -17:00 UTC } }'],
    ['`currency` without a code', 'sla "x" { currency }'],
    ['a probe without a number of locations', 'sla "x" { measurement { period monthly probe every 1 min from locations } }'],
    ['`m` without a number', 'sla "x" { severities { critical } tier A { response critical within m } }'],
    // structure-checks and name-checks: a tier without a name, a response without a severity.
    ['two clauses of a tier without a name', 'sla "x" { tier { availability 99.9% availability 99.5% } }'],
    ['two tiers without a name', 'sla "x" { tier { } tier { } }'],
    ['two responses without a severity', 'sla "x" { tier A { response within 1 h response within 2 h } }'],
    ['two latency lines without a percentile', 'sla "x" { tier A { latency ms 100 latency ms 200 } }'],
    // model/schedules: latency brackets without a percentile were grouped as `latency undefined`.
    [
        'latency brackets without a percentile',
        'sla "x" { tier A { latency p95 1 s credits { credit 5% when latency above 1 s and at most 2 s credit 10% when latency at least 1000 h and below 72 s cap 25% } } }',
    ],
    // Quick fixes: whole-line edits ended on a line after the last one when the document ends without a newline.
    [
        'removing a bracket on the last line',
        'sla "x" {\n    provider "p"\n    currency USD\n    measurement { period monthly }\n    tier A {\n        availability 0%\n        credits {\n            credit 5% when availability below 99%',
    ],
    ['adding a period to a measurement block on the last line', 'sla "x" {\n    provider "p"\n    measurement {'],
];

/** Found at one cursor position only: these are driven through completion, hover and definition at every offset. */
const everyOffset: Array<[string, string]> = [
    // Completion asked the scope for `severity` of a Credits block (a dangling `response` before it).
    [
        'completion in `credits` after a dangling `response`',
        'sla "x" { severities { critical } tier A { response critical within 1 h response\n credits { cap 25% } } }',
    ],
];

describe('fuzzer regressions', () => {
    it.each(regressions)('%s', async (_name, text) => {
        for (let seed = 1; seed <= 5; seed++) {
            const { failures } = await driveServices(services, text, createRandom(seed));
            expect(failures).toEqual([]);
        }
    });
});

describe('fuzzer regressions at every cursor position', () => {
    it.each(everyOffset)('%s', async (_name, text) => {
        const { document } = await buildText(services.shared, text, URI.parse('memory:/every-offset.sla'));
        const logged: unknown[] = [];
        const originalError = console.error;
        console.error = (...args: unknown[]) => logged.push(args);
        try {
            for (let offset = 0; offset <= text.length; offset++) {
                const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
                await services.Sla.lsp.CompletionProvider?.getCompletion(document, params);
                await services.Sla.lsp.HoverProvider?.getHoverContent(document, params);
                await services.Sla.lsp.DefinitionProvider?.getDefinition(document, params);
            }
        } finally {
            console.error = originalError;
        }
        expect(logged).toEqual([]);
    });
});
