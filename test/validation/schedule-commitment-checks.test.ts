import { describe, expect, it } from 'vitest';
import { credits, diagnostics, lineOf, problems, sla, tier } from './documents.js';

describe('bracket-above-target', () => {
    it.each<[string, string, boolean]>([
        ['ends below the commitment', 'credit 5% when availability below 99.9% and at least 99.5%', false],
        ['includes the commitment value itself', 'credit 5% when availability at most 99.9% and at least 99.5%', true],
        ['starts at the commitment', 'credit 5% when availability at least 99.9%', true],
        ['reaches above the commitment', 'credit 5% when availability below 99.95% and at least 99.5%', true],
        ['has no upper bound', 'credit 5% when availability at least 99.5%', true],
    ])('a bracket that %s: %s', async (_, bracket, fires) => {
        const text = sla(tier('T', ['availability 99.9%', credits([bracket, 'credit 25% when availability below 99.5%'], 'cap 25%')]));
        const found = await diagnostics(text, 'bracket-above-target');
        expect(found.map((d) => [d.line, d.severity])).toEqual(fires ? [[lineOf(text, bracket), 'error']] : []);
        if (fires) expect(found[0].message).toContain('which meets the availability commitment of 99.9%');
    });

    it.each<[string, boolean]>([
        ['credit 5% when latency p95 above 300 ms', false],
        ['credit 5% when latency p95 at least 300 ms', true],
        ['credit 5% when latency p95 above 200 ms', true],
    ])('latency: %s fires: %s', async (bracket, fires) => {
        const text = sla(
            tier('T', [
                'availability 99.9%',
                'latency p95 300 ms',
                credits(['credit 10% when availability below 99.9%', bracket], 'cap 25%'),
            ]),
        );
        const found = await diagnostics(text, 'bracket-above-target');
        expect(found.map((d) => d.line)).toEqual(fires ? [lineOf(text, bracket)] : []);
    });

    it('is not judged without a commitment', async () => {
        const text = sla(tier('T', [credits(['credit 5% when availability at least 99.5%'], 'cap 25%')]));
        expect(await diagnostics(text, 'bracket-above-target')).toEqual([]);
    });
});

describe('bracket-gap', () => {
    it.each<[string, string[], string | undefined]>([
        [
            'contiguous',
            ['credit 5% when availability below 99.9% and at least 99.5%', 'credit 25% when availability below 99.5%'],
            undefined,
        ],
        [
            'a missing middle bracket',
            ['credit 5% when availability below 99.9% and at least 99.5%', 'credit 25% when availability below 99.0%'],
            '99.0% ≤ availability < 99.5%',
        ],
        [
            'a single excluded value',
            ['credit 5% when availability below 99.9% and above 99.0%', 'credit 25% when availability below 99.0%'],
            'availability of exactly 99.0%',
        ],
        [
            'at least and below meeting exactly',
            ['credit 5% when availability below 99.9% and at least 99.0%', 'credit 25% when availability below 99.0%'],
            undefined,
        ],
        [
            'at most and above meeting exactly',
            ['credit 5% when availability below 99.9% and above 99.0%', 'credit 25% when availability at most 99.0%'],
            undefined,
        ],
        [
            'a gap up to the commitment',
            ['credit 5% when availability below 99.5% and at least 99.0%', 'credit 25% when availability below 99.0%'],
            '99.5% ≤ availability < 99.9%',
        ],
        ['a floor: nothing below the lowest bracket', ['credit 5% when availability below 99.9% and at least 99.0%'], undefined],
    ])('%s', async (_, brackets, gap) => {
        const text = sla(tier('T', ['availability 99.9%', credits(brackets, 'cap 25%')]));
        const found = await diagnostics(text, 'bracket-gap');
        // On the `credits` line, naming the uncovered range.
        expect(found.map((d) => [d.line, d.severity])).toEqual(gap ? [[lineOf(text, 'credits {'), 'warning']] : []);
        if (gap) expect(found[0].message).toContain(`No credit is paid for ${gap}`);
    });

    it('is not reported for latency thresholds above the target', async () => {
        const text = sla(
            tier('T', [
                'availability 99.9%',
                'latency p95 300 ms',
                credits(['credit 10% when availability below 99.9%', 'credit 5% when latency p95 above 500 ms'], 'cap 25%'),
            ]),
        );
        expect(await problems(text)).toEqual([]);
    });
});

describe('schedules and commitments across inheritance', () => {
    const standard = tier('Standard', [
        'availability 99.9%',
        credits(['credit 5% when availability below 99.9% and at least 99.5%', 'credit 25% when availability below 99.5%'], 'cap 25%'),
    ]);

    it('judges an inherited schedule against a new availability, on that availability', async () => {
        const text = sla(`${standard}\n${tier('Premium', ['availability 99.95%   // premium'], 'Standard')}`);
        const found = await problems(text);
        expect(found.map((d) => [d.line, d.code])).toEqual([[lineOf(text, '// premium'), 'bracket-gap']]);
        expect(found[0].message).toContain('inherited from Standard');
        expect(found[0].message).toContain('99.9% ≤ availability < 99.95%');
    });

    it('judges an inherited schedule against a lower availability: it pays for met commitments', async () => {
        const text = sla(`${standard}\n${tier('Basic', ['availability 99.5%   // basic'], 'Standard')}`);
        const found = await diagnostics(text, 'bracket-above-target');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, '// basic')]);
        expect(found[0].message).toContain('credit schedule inherited from Standard');
        expect(found[0].related).toHaveLength(1);
    });

    it('judges a new schedule against an inherited availability, on the bracket', async () => {
        const bracket = 'credit 5% when availability at least 99.5%';
        const text = sla(`${standard}\n${tier('Other', [credits([bracket], 'cap 25%')], 'Standard')}`);
        const found = await diagnostics(text, 'bracket-above-target');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, bracket)]);
        expect(found[0].message).toContain('(inherited from Standard)');
    });

    it('reports a problem of an inherited schedule once, not again for each tier inheriting it unchanged', async () => {
        const gappy = tier('Base', [
            'availability 99.9%',
            credits(['credit 5% when availability below 99.9% and at least 99.5%', 'credit 25% when availability below 99.0%'], 'cap 25%'),
        ]);
        const text = sla([gappy, tier('A', ['price 200 per month'], 'Base'), tier('B', [], 'A')].join('\n'));
        const found = await diagnostics(text, 'bracket-gap');
        expect(found).toHaveLength(1);
        expect(found[0].line).toBe(lineOf(text, 'credits {'));
    });

    it('judges a schedule written without a commitment in every tier that adds one', async () => {
        const base = tier('Base', [
            credits(['credit 10% when availability below 99.9% and at least 99.0%', 'credit 25% when availability below 99.0%'], 'cap 25%'),
        ]);
        const text = sla(
            [
                base,
                tier('A', ['availability 99.95%  // a'], 'Base'),
                tier('B', ['availability 99.9%  // b'], 'Base'),
                tier('C', ['availability 99.5%  // c'], 'Base'),
            ].join('\n'),
        );
        const found = await problems(text);
        expect(found.map((d) => [d.line, d.code])).toEqual([
            [lineOf(text, '// a'), 'bracket-gap'],
            [lineOf(text, '// c'), 'bracket-above-target'],
        ]);
    });
});
