import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import { OUTPUT_FORMATS, outputFormatNames } from '../../packages/language/src/generator/output-formats.js';
import { SlaErrorCodes } from '../../packages/language/src/lsp/error-codes.js';
import {
    decodeContent,
    type CalculateCreditResult,
    type CreditReportResult,
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

describe('sla/calculateCredit for error rate and latency', () => {
    /** Opens an example under its own file URI, as the editor does. */
    async function open(name: string): Promise<{ path: string; textDocument: { uri: string } }> {
        const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
        const uri = pathToFileURL(path).toString();
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'sla', version: 1, text: readFileSync(path, 'utf8') },
        });
        return { path, textDocument: { uri } };
    }
    const ask = (textDocument: { uri: string }, tier: string, metric: unknown, measurement: string, days?: number) =>
        connection.sendRequest<CalculateCreditResult>('sla/calculateCredit', {
            textDocument,
            tier,
            metric,
            measurement,
            ...(days === undefined ? {} : { days }),
        });

    it("offers the measurements each tier's schedule pays on", async () => {
        const errorRate = await open('error-rate-intervals.sla');
        const cloud = await open('cloud-provider-style.sla');
        const metrics = async (textDocument: { uri: string }) => {
            const result = await connection.sendRequest<TiersResult>('sla/tiers', { textDocument });
            return result.kind === 'tiers' && result.tiers.map((tier) => `${tier.name}: ${tier.creditMetrics.join(', ')}`);
        };
        expect(await metrics(errorRate.textDocument)).toEqual(['Standard: availability, error-rate']);
        // Regional extends Instance and adds a latency bracket to its own schedule.
        expect(await metrics(cloud.textDocument)).toEqual(['Instance: availability', 'Regional: availability, latency p99']);
        expect(await metrics(doc())).toEqual(['Standard: availability', 'Premium: availability', 'Enterprise: availability']);
    });

    it.each(['1.5%', '1', '0.4%', '0', '100%'])('answers what `sla credits --error-rate %s` answers', async (measured) => {
        const { path, textDocument } = await open('error-rate-intervals.sla');
        const cli = sla(['credits', path, '--tier', 'Standard', '--error-rate', measured]);
        const cliJson = sla(['credits', path, '--tier', 'Standard', '--error-rate', measured, '--format', 'json']);
        expect(cli.status).toBe(0);
        const result = await ask(textDocument, 'Standard', 'error-rate', measured);
        expect(result.kind).toBe('credit');
        expect(result.kind === 'credit' && result.lines.join('\n') + '\n').toBe(cli.stdout);
        expect(result.kind === 'credit' && result.json).toEqual(JSON.parse(cliJson.stdout));
    });

    it('leads with the amount in one line', async () => {
        const { textDocument } = await open('error-rate-intervals.sla');
        const summary = async (measured: string) => {
            const result = await ask(textDocument, 'Standard', 'error-rate', measured);
            return result.kind === 'credit' && result.summary;
        };
        expect(await summary('1.5%')).toBe('Standard: 5% service credit = USD 100.00 — error rate 1.5% is greater than 1%');
        expect(await summary('1%')).toBe('Standard: no service credit — error rate 1% meets the commitment of at most 1%');
        // The availability of the same tier is still what a measurement without a metric means.
        const availability = await ask(textDocument, 'Standard', undefined, '99.2%');
        expect(availability.kind === 'credit' && availability.summary).toMatch(/^Standard: 10% service credit = USD 200\.00/);
    });

    it.each(['600ms', '500 ms', '120ms'])('answers what `sla credits --latency p99=%s` answers', async (measured) => {
        const { path, textDocument } = await open('cloud-provider-style.sla');
        const cli = sla(['credits', path, '--tier', 'Regional', '--latency', `p99=${measured}`]);
        const cliJson = sla(['credits', path, '--tier', 'Regional', '--latency', `p99=${measured}`, '--format', 'json']);
        expect(cli.status).toBe(0);
        const result = await ask(textDocument, 'Regional', 'latency p99', measured);
        expect(result.kind).toBe('credit');
        expect(result.kind === 'credit' && result.lines.join('\n') + '\n').toBe(cli.stdout);
        expect(result.kind === 'credit' && result.json).toEqual(JSON.parse(cliJson.stdout));
    });

    it('says what is wrong with the input in one line, as `sla credits` does', async () => {
        const { path, textDocument } = await open('error-rate-intervals.sla');
        expect(await ask(textDocument, 'Standard', 'error-rate', '1,5%')).toEqual({
            kind: 'invalid',
            message: 'error rate must be a percentage from 0% to 100%, such as 0.4% (got "1,5%"); write 1.5% with a decimal point',
        });
        expect(await ask(textDocument, 'Standard', 'error-rate', '1%', 30)).toEqual({
            kind: 'invalid',
            message: 'a number of days goes with a downtime, not with error-rate',
        });
        const cli = sla(['credits', path, '--tier', 'Standard', '--latency', 'p95=1s']);
        expect(cli.status).toBe(2);
        const latency = await ask(textDocument, 'Standard', 'latency p95', '1s');
        expect(latency).toEqual({
            kind: 'invalid',
            message:
                'tier Standard has no credit for latency p95; its credit schedule pays on availability (--availability or --downtime), error-rate (--error-rate)',
        });
        expect(cli.stderr).toContain(latency.kind === 'invalid' && latency.message);
    });

    it.each(['uptime', 'latency', 42])('refuses the metric %j with InvalidParams', async (metric) => {
        const { textDocument } = await open('error-rate-intervals.sla');
        const refusal = await ask(textDocument, 'Standard', metric, '1%').then(
            () => undefined,
            (error: ResponseError<unknown>) => error,
        );
        expect(refusal).toBeInstanceOf(ResponseError);
        expect(refusal!.code).toBe(SlaErrorCodes.InvalidParams);
    });
});

describe('sla/creditReport', () => {
    const log = [
        'id,start,end,kind,note',
        '1,2026-02-03T10:00:00Z,2026-02-03T11:00:00Z,outage,"db failover, then ""read-only"""',
        '2,2026-02-03T10:30:00Z,2026-02-03T11:30:00Z,outage,"two lines',
        'of note"',
        '3,2026-02-10T08:00:00Z,2026-02-10T08:20:00Z,customer-caused,',
    ].join('\n');

    it('returns the statement `sla report --format markdown` writes for the same log', async () => {
        const path = join(mkdtempSync(join(tmpdir(), 'sla-report-lsp-')), 'february.csv');
        writeFileSync(path, log);
        const cli = sla(['report', examplePath, '--incidents', path, '--format', 'markdown']);
        expect(cli.status).toBe(0);
        const result = await connection.sendRequest<CreditReportResult>('sla/creditReport', {
            textDocument: doc(),
            logName: 'february.csv',
            logText: log,
        });
        expect(result).toEqual({ kind: 'report', markdown: cli.stdout, breach: true });
    });

    it('names the line and column of a wrong row', async () => {
        const result = await connection.sendRequest<CreditReportResult>('sla/creditReport', {
            textDocument: doc(),
            logName: 'bad.csv',
            logText: 'start,end\n2026-02-03T10:00:00,2026-02-03T11:00:00Z\n',
        });
        expect(result).toEqual({
            kind: 'invalid',
            message:
                'bad.csv: line 2, column 1 (start): "2026-02-03T10:00:00" has no offset: write it with Z (UTC) or an offset such as +01:00',
        });
    });
});
