import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import { OUTPUT_FORMATS, outputFormatNames } from '../../packages/language/src/generator/output-formats.js';
import { SlaErrorCodes } from '../../packages/language/src/lsp/error-codes.js';
import {
    decodeContent,
    type CalculateCreditResult,
    type GenerateResult,
    type TiersResult,
} from '../../packages/language/src/lsp/sla-protocol.js';
import { sla } from '../helpers/cli.js';
import { startServerProcess } from '../helpers/server-process.js';
import { readExample } from '../helpers/services.js';

/**
 * The server's own requests (what the VS Code extension's palette commands use), against the real
 * `sla-language-server --stdio` process, answered as `sla build` and `sla credits` answer.
 */
const serverBin = fileURLToPath(new URL('../../packages/cli/bin/sla-language-server.js', import.meta.url));
const examplePath = fileURLToPath(new URL('../../examples/acme-tiers.sla', import.meta.url));
const exampleUri = pathToFileURL(examplePath).toString();

let connection: MessageConnection;
let stopServer: () => void = () => undefined;

beforeAll(async () => {
    ({ connection, stop: stopServer } = await startServerProcess(serverBin, { uri: exampleUri, text: readFileSync(examplePath, 'utf8') }));
});

afterAll(() => stopServer?.());

const doc = (version?: number) => ({ uri: exampleUri, ...(version === undefined ? {} : { version }) });

describe('sla/generate', () => {
    it.each(OUTPUT_FORMATS)(
        'returns the $name output of the open document, the bytes `sla build --format $name` writes',
        async (format) => {
            const result = await connection.sendRequest<GenerateResult>('sla/generate', { textDocument: doc(1), format: format.name });
            expect(result).toMatchObject({ kind: 'content', format: format.name, encoding: format.content === 'text' ? 'utf8' : 'base64' });
            const out = mkdtempSync(join(tmpdir(), 'sla-generate-'));
            expect(sla(['build', examplePath, '--format', format.name, '--out', out]).status).toBe(0);
            const written = readFileSync(join(out, `acme-tiers${format.extension}`));
            expect(result.kind === 'content' && Buffer.from(decodeContent(result)).equals(written)).toBe(true);
        },
    );

    it.each(['pdf', 'JSON', '', 42, null])('refuses the format %j with InvalidParams, never falling back to another', async (format) => {
        const refusal = await connection.sendRequest('sla/generate', { textDocument: doc(1), format }).then(
            () => undefined,
            (error: ResponseError<unknown>) => error,
        );
        expect(refusal).toBeInstanceOf(ResponseError);
        expect(refusal!.code).toBe(ErrorCodes.InvalidParams);
        expect(refusal!.code).toBe(SlaErrorCodes.UnknownOutputFormat);
        expect(refusal!.message).toBe(`Unknown output format ${JSON.stringify(format)}: the formats are ${outputFormatNames()}.`);
    });

    it('answers about the text just sent, never an older build, and refuses a document with errors', async () => {
        const uri = 'file:///tmp/sla-requests-fresh.sla';
        const text = readExample('acme-tiers.sla');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sla', version: 1, text } });
        expect(
            await connection.sendRequest<GenerateResult>('sla/generate', { textDocument: { uri, version: 1 }, format: 'json' }),
        ).toMatchObject({ kind: 'content' });
        // Change and ask at once: the rebuild is still queued when the request arrives.
        const broken = text.replace('period monthly', 'period fortnightly');
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: broken }],
        });
        const refused = await connection.sendRequest<GenerateResult>('sla/generate', { textDocument: { uri, version: 2 }, format: 'json' });
        expect(refused.kind).toBe('errors');
        expect(refused.kind === 'errors' && refused.errors[0]).toMatchObject({
            line: expect.any(Number),
            column: expect.any(Number),
            message: expect.any(String),
        });
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 3 },
            contentChanges: [{ text: text.replace('price 2000 per month', 'price 2100 per month') }],
        });
        const fixed = await connection.sendRequest<GenerateResult>('sla/generate', { textDocument: { uri, version: 3 }, format: 'json' });
        expect(fixed.kind === 'content' && fixed.content).toContain('2100');
    });
});

describe('sla/tiers and sla/calculateCredit', () => {
    it('lists the tiers with their commitment and price', async () => {
        const result = await connection.sendRequest<TiersResult>('sla/tiers', { textDocument: doc() });
        expect(result.kind === 'tiers' && result.tiers.map((t) => `${t.name} ${t.availability} ${t.price} ${t.hasCredits}`)).toEqual([
            'Standard 99.9% USD 1,000.00 true',
            'Premium 99.95% USD 1,300.00 true',
            'Enterprise 99.99% USD 2,000.00 true',
        ]);
    });

    it('answers what `sla credits` answers', async () => {
        const cli = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h']);
        const cliJson = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h', '--format', 'json']);
        const result = await connection.sendRequest<CalculateCreditResult>('sla/calculateCredit', {
            textDocument: doc(),
            tier: 'Enterprise',
            measurement: '3h',
        });
        expect(result.kind).toBe('credit');
        expect(result.kind === 'credit' && result.lines.join('\n') + '\n').toBe(cli.stdout);
        expect(result.kind === 'credit' && result.json).toEqual(JSON.parse(cliJson.stdout));
        expect(result.kind === 'credit' && result.summary).toBe(
            'Enterprise: 25% service credit = USD 500.00 — 99.5833% is less than 99.9% but equal to or greater than 99.0%',
        );
    });

    it('says what is wrong with the input in one line', async () => {
        const ask = (tier: string, measurement: string) =>
            connection.sendRequest<CalculateCreditResult>('sla/calculateCredit', { textDocument: doc(), tier, measurement });
        expect(await ask('Gold', '99%')).toEqual({
            kind: 'invalid',
            message: 'acme-tiers.sla has no tier "Gold"; its tiers are Standard, Premium, Enterprise',
        });
        expect(await ask('Standard', '3m')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/ambiguous/) });
        expect(await ask('Standard', '31 days')).toMatchObject({
            kind: 'invalid',
            message: expect.stringMatching(/longer than the 30-day period/),
        });
    });
});
