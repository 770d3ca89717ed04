import { describe, expect, it } from 'vitest';
import { credits, diagnostics, lineOf, problems, sla, tier } from './documents.js';

/** A tier committing to `availability` with the given brackets (one per line) and cap. */
function schedule(brackets: string[], cap = 'cap 25%', availability = 'availability 99.9%', extra: string[] = []): string {
    return sla(tier('T', [availability, ...extra, credits(brackets, cap)]));
}

describe('bracket-overlap', () => {
    it.each<[string, string, string, string | undefined]>([
        [
            'below 99.95 / at least 99.9 against the seed example',
            'credit 5% when availability below 99.95% and at least 99.9%',
            'credit 10% when availability below 99.95% and at least 99.5%',
            '99.9% ≤ availability < 99.95%',
        ],
        [
            'at most 99% and at least 99% share exactly 99%',
            'credit 10% when availability at most 99% and at least 98%',
            'credit 25% when availability at least 99% and below 99.9%',
            'availability of exactly 99%',
        ],
        [
            'below 99% and at least 99% meet without sharing',
            'credit 10% when availability below 99% and at least 98%',
            'credit 5% when availability at least 99% and below 99.9%',
            undefined,
        ],
        [
            'at most 99% and above 99% meet without sharing',
            'credit 10% when availability at most 99% and at least 98%',
            'credit 5% when availability above 99% and below 99.9%',
            undefined,
        ],
        [
            'one bracket inside another',
            'credit 10% when availability below 99.9% and at least 99%',
            'credit 20% when availability below 99.5% and at least 99.2%',
            '99.2% ≤ availability < 99.5%',
        ],
    ])('%s', async (_, first, second, shared) => {
        const text = schedule([first, second, 'credit 50% when availability below 98%'], 'cap 50%');
        const found = await diagnostics(text, 'bracket-overlap');
        if (shared === undefined) {
            expect(found).toEqual([]);
            return;
        }
        // On both brackets, each naming the shared range and pointing at the other.
        expect(found.map((d) => d.line)).toEqual([lineOf(text, first), lineOf(text, second)]);
        for (const d of found) {
            expect(d.severity).toBe('error');
            expect(d.message).toContain(`on ${shared}`);
            expect(d.related).toHaveLength(1);
        }
    });

    it("words the message as the spec's example does, with figures as written", async () => {
        const text = sla(
            tier('T', [
                'availability 99.95%',
                credits(
                    [
                        'credit 5%  when availability below 99.95% and at least 99.9%',
                        'credit 10% when availability below 99.95% and at least 99.5%',
                        'credit 25% when availability below 99.5%',
                    ],
                    'cap 25%',
                ),
            ]),
        );
        const [first] = await diagnostics(text, 'bracket-overlap');
        expect(first.message).toContain(
            'Credit 5% (99.9% ≤ availability < 99.95%) overlaps credit 10% (99.5% ≤ availability < 99.95%) on 99.9% ≤ availability < 99.95%',
        );
    });

    it('compares availability and latency brackets never with each other, latency per percentile', async () => {
        const text = schedule(
            [
                'credit 10% when availability below 99.9% and at least 99%',
                'credit 25% when availability below 99%',
                'credit 5% when latency p95 above 500 ms',
                'credit 5% when latency p99 above 400 ms',
            ],
            'cap 25%',
            'availability 99.9%',
            ['latency p95 300 ms', 'latency p99 350 ms'],
        );
        expect(await diagnostics(text, 'bracket-overlap')).toEqual([]);
    });

    it("finds overlapping latency brackets of one percentile, in the document's units", async () => {
        const text = schedule(
            [
                'credit 10% when availability below 99.9%',
                'credit 5% when latency p95 above 500 ms',
                'credit 10% when latency p95 above 1 s',
            ],
            'cap 25%',
            'availability 99.9%',
            ['latency p95 300 ms'],
        );
        const found = await diagnostics(text, 'bracket-overlap');
        expect(found).toHaveLength(2);
        expect(found[0].message).toContain('on latency p95 > 1 s');
    });
});

describe('bracket-empty', () => {
    it.each<[string, boolean]>([
        ['credit 10% when availability below 99.0% and at least 99.5%', true],
        ['credit 10% when availability above 99% and below 99%', true],
        ['credit 10% when availability above 100%', true],
        ['credit 10% when availability at least 99% and at most 99%', false],
        ['credit 10% when availability below 99.5% and at least 99.0%', false],
        ['credit 10% when latency p95 below 100 ms and above 200 ms', true],
    ])('%s: %s', async (bracket, fires) => {
        const text = schedule([bracket, 'credit 25% when availability below 99%'], 'cap 25%', 'availability 99.9%', ['latency p95 300 ms']);
        const found = await diagnostics(text, 'bracket-empty');
        expect(found.map((d) => d.line)).toEqual(fires ? [lineOf(text, bracket)] : []);
        if (fires) expect(found[0].message).toMatch(/^Credit 10% can never be paid: no (availability|latency p95) is /);
    });
});

describe('credit-not-monotonic', () => {
    it.each<[string, string[], number | undefined]>([
        [
            'rising credit',
            ['credit 5% when availability below 99.9% and at least 99.5%', 'credit 10% when availability below 99.5%'],
            undefined,
        ],
        [
            'equal credit',
            ['credit 10% when availability below 99.9% and at least 99.5%', 'credit 10% when availability below 99.5%'],
            undefined,
        ],
        [
            'falling credit, reported on the worse bracket',
            ['credit 20% when availability below 99.9% and at least 99.0%', 'credit 10% when availability below 99.0%'],
            1,
        ],
        [
            'written in reverse order',
            ['credit 10% when availability below 99.0%', 'credit 20% when availability below 99.9% and at least 99.0%'],
            0,
        ],
        [
            'latency: slower pays less',
            [
                'credit 10% when availability below 99.9%',
                'credit 10% when latency p95 above 500 ms and at most 1 s',
                'credit 5% when latency p95 above 1 s',
            ],
            2,
        ],
    ])('%s', async (_, brackets, worse) => {
        const text = schedule(brackets, 'cap 25%', 'availability 99.9%', ['latency p95 300 ms']);
        const found = await diagnostics(text, 'credit-not-monotonic');
        expect(found.map((d) => d.line)).toEqual(worse === undefined ? [] : [lineOf(text, brackets[worse])]);
        if (worse !== undefined) {
            expect(found[0].severity).toBe('warning');
            expect(found[0].related).toHaveLength(1);
        }
    });
});

describe('credit-over-cap', () => {
    it.each<[string, string | undefined, boolean]>([
        ['credit 40%', 'cap 30%', true],
        ['credit 30%', 'cap 30%', false],
        ['credit 40%', undefined, false],
    ])('%s with %s: %s', async (credit, cap, fires) => {
        const bracket = `${credit} when availability below 99.9%`;
        const text = schedule([bracket], cap ?? '');
        const found = await diagnostics(text, 'credit-over-cap');
        expect(found.map((d) => [d.line, d.severity])).toEqual(fires ? [[lineOf(text, bracket), 'warning']] : []);
    });
});

describe('cap-range', () => {
    it.each<[string, string | undefined]>([
        ['cap 25%', undefined],
        ['cap 50%', undefined],
        ['cap 30% of monthly fee', undefined],
        ['cap 20%', 'hint'],
        ['cap 60%', 'hint'],
        ['cap 100%', 'hint'],
        ['cap 150%', 'error'],
        ['cap 100.5%', 'error'],
        ['cap -5%', 'error'],
    ])('%s: %s', async (cap, severity) => {
        const text = schedule(['credit 10% when availability below 99.9%'], cap);
        const found = await diagnostics(text, 'cap-range');
        expect(found.map((d) => [d.line, d.severity])).toEqual(severity ? [[lineOf(text, cap), severity]] : []);
    });

    it('is not a percent-range error on a cap', async () => {
        const text = schedule(['credit 10% when availability below 99.9%'], 'cap 150%');
        expect(await diagnostics(text, 'percent-range')).toEqual([]);
    });
});

describe('bounds of the wrong kind', () => {
    it.each(['credit 5% when latency p95 above 5%', 'credit 5% when availability below 500 ms'])(
        '%s is an invalid value and no other bracket error',
        async (bracket) => {
            const text = schedule([bracket, 'credit 10% when availability below 99.9%'], 'cap 25%', 'availability 99.9%', [
                'latency p95 300 ms',
            ]);
            const found = await problems(text);
            expect(found.map((d) => [d.line, d.code])).toEqual([[lineOf(text, bracket), 'invalid-value']]);
        },
    );
});

describe('a clean schedule', () => {
    it('has no error or warning', async () => {
        const text = schedule(
            [
                'credit 5% when availability below 99.9% and at least 99.5%',
                'credit 10% when availability below 99.5% and at least 99.0%',
                'credit 25% when availability below 99.0%',
                'credit 5% when latency p95 above 500 ms',
            ],
            'cap 25%',
            'availability 99.9%',
            ['latency p95 300 ms'],
        );
        expect(await problems(text)).toEqual([]);
    });
});
