import { describe, expect, it } from 'vitest';
import { build } from '../helpers/services.js';

const agreement = (service: string, tier = 'availability 99.9%') => `sla "X" {
    provider "P"
    service API {
${service}
    }
    measurement { period monthly }
    tier T { ${tier} }
    claims { window 30 days }
}
`;

async function diagnostics(text: string) {
    const { diagnostics } = await build(text);
    return diagnostics.map((d) => ({ code: d.code, line: d.range.start.line, character: d.range.start.character, severity: d.severity }));
}

describe('SLI declarations', () => {
    it('accept a probe, a good/total ratio and a bad/total ratio', async () => {
        const text = agreement(String.raw`        sli availability probe "probe_success{job=\"api\"}"
        sli availability ratio good "sum(rate(ok_total[{{window}}]))" total "sum(rate(all_total[{{window}}]))"
        sli error-rate ratio bad "sum(rate(errors_total[{{ window }}]))" total "sum(rate(all_total[{{window}}]))"`);
        expect(await diagnostics(text)).toEqual([]);
    });

    it('report a PromQL syntax error on the character Prometheus cannot read, inside the string', async () => {
        const text = agreement('        sli availability probe "probe_success{job=}"');
        const line = text.split('\n').findIndex((l) => l.includes('probe_success'));
        const column = text.split('\n')[line].indexOf('}"');
        expect(await diagnostics(text)).toEqual([{ code: 'promql-syntax', line, character: column, severity: 1 }]);
    });

    it('count escaped quotes when placing the error', async () => {
        const text = agreement(String.raw`        sli availability probe "up{job=\"a\"} +"`);
        const line = text.split('\n').findIndex((l) => l.includes('up{job'));
        const [d] = await diagnostics(text);
        expect(d).toMatchObject({ code: 'promql-syntax', line });
        expect(text.split('\n')[line][d.character]).toBe('"');
    });

    it('ask a ratio for total and one of good or bad, and a probe for one series', async () => {
        expect((await diagnostics(agreement('        sli availability ratio good "a[{{window}}]"'))).map((d) => d.code)).toEqual([
            'sli-queries',
        ]);
        expect((await diagnostics(agreement('        sli availability probe good "a" total "b"'))).map((d) => d.code)).toEqual([
            'sli-queries',
        ]);
    });

    it('warn about a ratio query without {{window}}', async () => {
        const codes = (
            await diagnostics(agreement('        sli availability ratio good "sum(rate(a[5m]))" total "sum(rate(b[{{window}}]))"'))
        ).map((d) => d.code);
        expect(codes).toEqual(['promql-window']);
    });
});

describe('internal objectives', () => {
    it.each([
        ['availability 99.9% internal 99.95%', []],
        ['availability 99.9% internal 99.9%', ['internal-not-stricter']],
        ['error-rate 0.5% internal 0.1%', []],
        ['error-rate 0.1% internal 0.5%', ['internal-not-stricter']],
    ])('%s', async (tier, expected) => {
        expect((await diagnostics(agreement('', tier))).map((d) => d.code)).toEqual(expected);
    });
});
