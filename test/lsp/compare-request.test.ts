import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { CompareResult } from '../../packages/language/src/lsp/sla-protocol.js';
import { startServerProcess } from '../helpers/server-process.js';
import { acme, edited } from '../diff/diff-helpers.js';

/** `sla/compare` (the editor's "SLA: Compare with…") against the real language server process. */
const serverBin = fileURLToPath(new URL('../../packages/cli/bin/sla-language-server.js', import.meta.url));
const uri = 'file:///tmp/compare-request/acme.sla';
const current = edited(['availability 99.95%', 'availability 99.9%'], ['window 30 days', 'window 60 days']);

let connection: MessageConnection;
let stop: () => void = () => undefined;
const published: string[] = [];

beforeAll(async () => {
    ({ connection, stop } = await startServerProcess(serverBin, { uri, text: current }));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
        published.push(params.uri);
    });
});

afterAll(() => stop());

const compare = (old: string, extra: object = {}) =>
    connection.sendRequest<CompareResult>('sla/compare', {
        textDocument: { uri, version: 1 },
        old: { text: old, label: 'HEAD:acme.sla' },
        ...extra,
    });

describe('sla/compare', () => {
    it('answers as sla diff does: the changes, the Markdown note and the redline with private marks', async () => {
        const result = await compare(acme);
        expect(result.kind).toBe('comparison');
        if (result.kind !== 'comparison') return;
        expect(result.counts).toEqual({ provider: 1, unclear: 0, customer: 1 });
        expect(result.changes.map((c) => [c.tier, c.clause, c.favours])).toEqual([
            [null, 'claim window', 'customer'],
            ['Premium', 'availability', 'provider'],
        ]);
        expect(result.markdown).toContain('**Old:** HEAD:acme.sla — **New:** acme.sla');
        expect(result.redline).toContain('within \uE00030\uE001\uE00260\uE003 days');
        expect(result.redline).not.toMatch(/<del>|<ins>/);
    });

    it('refuses the other version when it has syntax errors, saying which side, and publishes nothing for it', async () => {
        const result = await compare(acme.replace('period monthly', 'period monthly }}'));
        expect(result).toMatchObject({ kind: 'errors', side: 'old', errors: [{ code: 'syntax-error', line: expect.any(Number) }] });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(published.every((p) => p === uri)).toBe(true);
    });

    it('reads another version with every term of language v2, parsed alone, as the CLI reads it', async () => {
        const v2 = readFileSync(new URL('../generator/fixtures/language-v2.sla', import.meta.url), 'utf8');
        const result = await compare(v2);
        expect(result.kind).toBe('comparison');
        if (result.kind !== 'comparison') return;
        expect(result.changes).toContainEqual(expect.objectContaining({ tier: 'Gold', change: 'removed' }));
        expect(result.changes).toContainEqual(expect.objectContaining({ clause: 'service API', change: 'removed' }));
    });

    it('compares as deviations from a standard offering', async () => {
        const result = await compare(acme, { deviations: true });
        expect(result.kind === 'comparison' && result.markdown).toContain('# Deviations from the standard offering');
    });

    it('answers a malformed request with an error, and keeps running', async () => {
        await expect(connection.sendRequest('sla/compare', { textDocument: { uri } })).rejects.toThrow(/old: \{ text, label \}/);
        expect((await compare(current)).kind).toBe('comparison');
    });
});
