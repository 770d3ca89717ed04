import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CustomExclusion, StandardExclusion } from '../../packages/language/src/generated/ast.js';
import { build } from '../helpers/services.js';
import { sla as slaCli } from '../helpers/cli.js';
import { sla, tier } from '../validation/documents.js';

/**
 * A standard exclusion's description is quoted text on its own line: free text on the next line is
 * an exclusion of its own (or, unquoted, a syntax error on that line), never swallowed as the
 * description of the exclusion above it.
 */
const folder = mkdtempSync(join(tmpdir(), 'sla-exclusion-lines-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function exclusions(lines: string[]): string {
    return sla(tier('Gold', ['availability 99.9%']), { exclusions: lines.join('\n        ') });
}

async function items(text: string): Promise<Array<{ type: string; kind?: string; description?: string }>> {
    const { document } = await build(text);
    return document.parseResult.value.exclusionBlocks.flatMap((block) =>
        block.items.map((item) => ({
            type: item.$type,
            kind: (item as StandardExclusion).kind,
            description: (item as StandardExclusion | CustomExclusion).description,
        })),
    );
}

describe('a standard exclusion and free text on the next line', () => {
    it('are two exclusions: the kind with its standard wording, the text as its own', async () => {
        const text = exclusions(['force-majeure', '"Misconfiguration by the customer"']);
        expect(await items(text)).toEqual([
            { type: 'StandardExclusion', kind: 'force-majeure', description: undefined },
            { type: 'CustomExclusion', kind: undefined, description: 'Misconfiguration by the customer' },
        ]);
        expect((await build(text)).diagnostics).toEqual([]);
    });

    it('text on the same line is still the description, with a comment between or after', async () => {
        const text = exclusions(['ddos "Attacks on the service" // as agreed', 'third-party /* named */ "Vendors of the customer"']);
        expect(await items(text)).toEqual([
            { type: 'StandardExclusion', kind: 'ddos', description: 'Attacks on the service' },
            { type: 'StandardExclusion', kind: 'third-party', description: 'Vendors of the customer' },
        ]);
    });

    it('a comment on the line of the kind does not join the next line to it', async () => {
        const text = exclusions(['beta-features // the beta programme', '"Preview regions"']);
        expect((await items(text)).map((item) => item.type)).toEqual(['StandardExclusion', 'CustomExclusion']);
    });

    it('unquoted free text on the next line is one syntax error on its own line; the exclusion above is intact', async () => {
        const text = exclusions(['force-majeure', 'Misconfiguration by the customer', 'ddos']);
        const built = await build(text);
        const line = text.split('\n').findIndex((l) => l.includes('Misconfiguration'));
        expect(built.diagnostics.map((d) => [d.range.start.line, d.code])).toEqual([[line, 'syntax-error']]);
        expect((await items(text)).filter((item) => item.type === 'StandardExclusion').map((item) => item.kind)).toEqual([
            'force-majeure',
            'ddos',
        ]);
    });

    it('the JSON and the contract text list both exclusions, the free text as written', () => {
        const path = join(folder, 'exclusions.sla');
        writeFileSync(path, exclusions(['force-majeure', '"Misconfiguration by the customer"']));
        const result = slaCli(['build', path, '--out', folder]);
        expect(result.status, result.stderr).toBe(0);
        const json = JSON.parse(readFileSync(join(folder, 'exclusions.json'), 'utf8'));
        expect(json.exclusions).toEqual([
            { kind: 'force-majeure', description: null },
            { kind: 'custom', description: 'Misconfiguration by the customer' },
        ]);
        const markdown = readFileSync(join(folder, 'exclusions.md'), 'utf8');
        expect(markdown).toMatch(/\(a\) [^\n]*[Ff]orce [Mm]ajeure/);
        expect(markdown).toMatch(/\(b\) [^\n]*Misconfiguration by the customer/);
    });

    it('a hidden character in a description on the kind’s line is still reported', async () => {
        const text = exclusions(['ddos "Attacks\u200b on the service"']);
        expect((await build(text)).diagnostics.map((d) => d.code)).toEqual(['hidden-characters']);
    });
});
