import { describe, expect, it } from 'vitest';
import { build, readExample } from '../helpers/services.js';

/**
 * Issue "Trust in every word", items 11, 12, 15 and 16: contradictions and empty promises that
 * were accepted without a word. Each case changes the clean example with the snippet and
 * expects exactly the new diagnostic.
 */
const acme = readExample('acme-tiers.sla');

async function found(from: string, to: string): Promise<Array<{ line: string; code: string; severity: number; message: string }>> {
    expect(acme).toContain(from);
    const text = acme.replace(from, to);
    const lines = text.split('\n');
    const { diagnostics } = await build(text);
    return diagnostics.map((d) => ({
        line: lines[d.range.start.line].trim(),
        code: String(d.code),
        severity: d.severity ?? 1,
        message: String(d.message),
    }));
}

describe('contradictions (item 11)', () => {
    it('`on-call business-hours` beside `on-call 24x7`', async () => {
        const result = await found('        on-call 24x7\n', '        on-call 24x7\n        on-call business-hours\n');
        expect(result).toEqual([
            {
                line: 'on-call business-hours',
                code: 'conflicting-clause',
                severity: 1,
                message: 'on-call business-hours contradicts on-call 24x7: the rotation is one or the other.',
            },
        ]);
    });

    it('a second `observed availability` is a duplicate clause, not silently dropped', async () => {
        const result = await found(
            '        observed availability 99.995% over 12 months\n',
            '        observed availability 99.995% over 12 months\n        observed availability 99.9% over 3 months\n',
        );
        expect(result.map((d) => [d.line, d.code])).toEqual([['observed availability 99.9% over 3 months', 'duplicate-clause']]);
    });
});

describe('a schedule that stops above zero (item 12)', () => {
    it('`credit 10% when availability below 99.5% and at least 99.0%` as the lowest bracket', async () => {
        const result = await found(
            '            credit 25% when availability below 99.0%\n            cap 25% of monthly fee',
            '            cap 25% of monthly fee',
        );
        expect(result).toEqual([
            {
                line: 'credits {',
                code: 'schedule-floor',
                severity: 2,
                message:
                    'No credit is paid for availability < 99.0%, although higher availability earns credit: a total outage would earn nothing while the lowest bracket pays 10%.',
            },
        ]);
    });
});

describe('values accepted without a word (item 15)', () => {
    it('`term 0 months`', async () => {
        const result = await found('    effective 2026-01-01\n', '    effective 2026-01-01\n    term 0 months\n');
        expect(result.map((d) => [d.line, d.code, d.message])).toEqual([
            ['term 0 months', 'invalid-value', 'A term of 0 months is no term: the agreement would end as it starts.'],
        ]);
    });

    it('currency `XYZ` is not an ISO 4217 code', async () => {
        const result = await found('    currency USD', '    currency XYZ');
        expect(result.map((d) => [d.line, d.code])).toEqual([['currency XYZ', 'invalid-value']]);
    });

    it('two decimals on a zero-decimal currency (JPY)', async () => {
        expect(await found('    currency USD\n', '    currency JPY\n')).toEqual([]); // whole amounts are fine
        const decimals = await build(
            acme.replace('    currency USD\n', '    currency JPY\n').replace('price 1000 per month', 'price 1000.50 per month'),
        );
        expect(decimals.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
            'invalid-value: JPY has no minor unit: a price of 1000.50 JPY cannot be paid (JPY amounts are whole numbers).',
        ]);
    });
});

describe('checks that never fired (item 16)', () => {
    it('a claim window of 0 days', async () => {
        const result = await found('window 30 days', 'window 0 days');
        expect(result.map((d) => [d.line, d.code, d.severity])).toEqual([['window 0 days', 'invalid-value', 1]]);
    });

    it('a claim window of 500 ms', async () => {
        const result = await found('window 30 days', 'window 500 ms');
        expect(result.map((d) => [d.line, d.code, d.severity])).toEqual([['window 500 ms', 'claim-window', 2]]);
        expect(result[0].message).toBe('A claim window of 500 ms is shorter than a day: customers could hardly claim in time.');
    });

    it('no claim window at all', async () => {
        const result = await found('        window 30 days\n', '');
        expect(result.map((d) => [d.line, d.code, d.severity])).toEqual([['claims {', 'claim-window', 2]]);
    });

    it('no cap: unlimited credits', async () => {
        const result = await found('            cap 25% of monthly fee\n', '');
        expect(result.map((d) => [d.line, d.code, d.severity])).toEqual([['credits {', 'uncapped-credits', 2]]);
    });

    it('escalation before the first response', async () => {
        const result = await found(
            'response critical within 2 h, resolution within 24 h, escalation after 2 h',
            'response critical within 2 h, resolution within 24 h, escalation after 1 h',
        );
        expect(result.map((d) => [d.code, d.message])).toEqual([
            [
                'escalation-order',
                'For critical issues, escalation after 1 h comes before the first response (within 2 h): nobody has looked at the issue yet.',
            ],
        ]);
    });

    it('escalation after the resolution target', async () => {
        const result = await found(
            'response critical within 2 h, resolution within 24 h, escalation after 2 h',
            'response critical within 2 h, resolution within 24 h, escalation after 30 h',
        );
        expect(result.map((d) => d.code)).toEqual(['escalation-order']);
        expect(result[0].message).toMatch(/after the resolution target \(within 24 h\)/);
    });

    it('response equal to resolution', async () => {
        const result = await found(
            'response high within 4 h, resolution within 48 h, escalation after 8 h',
            'response high within 4 h, resolution within 4 h',
        );
        expect(result.map((d) => [d.line, d.code, d.severity])).toEqual([
            ['response high within 4 h, resolution within 4 h', 'response-equals-resolution', 2],
        ]);
    });

    it('a p99 target tighter than the p95 target', async () => {
        const result = await found(
            '        latency p95 300 ms "API requests, measured at the load balancer"\n',
            '        latency p95 300 ms "API requests, measured at the load balancer"\n        latency p99 200 ms\n',
        );
        expect(result.map((d) => [d.line, d.code, d.severity])).toEqual([['latency p99 200 ms', 'latency-order', 1]]);
    });

    it('a pricier tier promising less when the tiers are not linked by `extends`', async () => {
        const result = await found(
            'tier Premium extends Standard {\n        price 1300 per month\n        availability 99.95%',
            'tier Premium {\n        price 1300 per month\n        availability 99.5%',
        );
        const weaker = result.filter((d) => d.code === 'tier-weaker');
        expect(weaker.map((d) => [d.line, d.message])).toEqual([
            [
                'availability 99.5%',
                'Premium costs more than Standard (1300 per month against 1000 per month) but promises less: availability 99.5% against 99.9% in Standard.',
            ],
        ]);
    });
});
