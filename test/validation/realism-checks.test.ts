import { describe, expect, it } from 'vitest';
import { credits, diagnostics, lineOf, sla, tier } from './documents.js';

const ALL = 'multi-region\n        automatic-failover\n        on-call 24x7';

/** A tier committing to the given availability, with a schedule that starts right at it. */
function commitment(availability: string, capabilities?: string, extra: string[] = []): string {
    return sla(
        tier('T', [`availability ${availability}`, ...extra, credits([`credit 10% when availability below ${availability}`], 'cap 25%')]),
        capabilities === undefined ? {} : { capabilities },
    );
}

describe('unrealistic-nines', () => {
    it.each<[string, boolean]>([
        ['99.999%', true],
        ['99.9999%', true],
        ['100%', true],
        ['99.998%', false],
        ['99.99%', false],
    ])('availability %s: %s', async (availability, fires) => {
        const text = commitment(availability, ALL);
        const found = await diagnostics(text, 'unrealistic-nines');
        expect(found.map((d) => [d.line, d.severity])).toEqual(fires ? [[lineOf(text, `availability ${availability}`), 'warning']] : []);
    });

    it('states the downtime budget', async () => {
        const [found] = await diagnostics(commitment('99.999%', ALL), 'unrealistic-nines');
        expect(found.message).toContain('26s of downtime a month');
    });

    it('is reported once for an inherited commitment', async () => {
        const text = sla([tier('A', ['availability 99.999%']), tier('B', [], 'A'), tier('C', [], 'B')].join('\n'), { capabilities: ALL });
        expect(await diagnostics(text, 'unrealistic-nines')).toHaveLength(1);
    });
});

describe('four-nines-unsupported', () => {
    it.each<[string, string | undefined, string | undefined]>([
        ['99.99%', undefined, 'needs multi-region, automatic-failover and on-call 24x7, but the agreement declares no capabilities'],
        ['99.99%', 'observed availability 99.995%', 'capabilities lists none of them'],
        ['99.99%', 'multi-region', 'does not list automatic-failover and on-call 24x7'],
        ['99.99%', 'multi-region\n        on-call business-hours', 'does not list automatic-failover and on-call 24x7'],
        ['99.99%', ALL, undefined],
        ['99.98%', undefined, undefined],
    ])('availability %s with capabilities %j', async (availability, capabilities, message) => {
        const text = commitment(availability, capabilities);
        const found = await diagnostics(text, 'four-nines-unsupported');
        expect(found.map((d) => d.line)).toEqual(message ? [lineOf(text, `availability ${availability}`)] : []);
        if (message) expect(found[0].message).toContain(message);
    });
});

describe('above-observed', () => {
    it.each<[string, string, boolean]>([
        ['99.99%', '99.95%', true],
        ['99.95%', '99.95%', false],
        ['99.9%', '99.95%', false],
    ])('availability %s observed %s: %s', async (availability, observed, fires) => {
        const text = commitment(availability, `${ALL}\n        observed availability ${observed} over 12 months`);
        const found = await diagnostics(text, 'above-observed');
        expect(found.map((d) => d.line)).toEqual(fires ? [lineOf(text, `availability ${availability}`)] : []);
        if (fires) expect(found[0].related).toHaveLength(1);
    });

    it.each<[string, string, string[]]>([
        ['100 ms', '200 ms', ['above-observed']],
        ['200 ms', '200 ms', ['little-headroom']],
        ['250 ms', '200 ms', ['little-headroom']],
        ['300 ms', '200 ms', []],
        ['270 ms', '180 ms', []],
        ['0.25 s', '200 ms', ['little-headroom']],
    ])('latency target %s against %s observed: %j', async (target, observed, codes) => {
        const text = commitment('99.9%', `observed latency p95 ${observed}`, [`latency p95 ${target}`]);
        const found = (await diagnostics(text)).filter((d) => d.code === 'above-observed' || d.code === 'little-headroom');
        expect(found.map((d) => [d.line, d.code])).toEqual(codes.map((code) => [lineOf(text, `    latency p95 ${target}`), code]));
        for (const d of found) expect(d.severity).toBe(d.code === 'above-observed' ? 'warning' : 'hint');
    });

    it('compares latency only with the same percentile', async () => {
        const text = commitment('99.9%', 'observed latency p99 400 ms', ['latency p95 100 ms']);
        expect((await diagnostics(text)).filter((d) => d.code === 'above-observed' || d.code === 'little-headroom')).toEqual([]);
    });
});
