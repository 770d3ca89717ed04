import { describe, expect, it } from 'vitest';
import { credits, diagnostics, lineOf, sla, tier } from './documents.js';

const standard = tier('Standard', [
    'availability 99.9%',
    'support business-hours 09:00-17:00 UTC',
    'response critical within 4 h',
    'response high within 8 h',
    credits(['credit 10% when availability below 99.9% and at least 99.0%', 'credit 25% when availability below 99.0%'], 'cap 25%'),
]);

describe('tier-weaker', () => {
    it.each<[string, string[], number | undefined, string | undefined]>([
        [
            'a lower availability',
            ['availability 99.5%', credits(['credit 10% when availability below 99.5%'], 'cap 25%')],
            0,
            'availability 99.5% against 99.9% in Standard',
        ],
        ['the same availability', ['availability 99.9%'], undefined, undefined],
        [
            'a higher availability',
            ['availability 99.95%', credits(['credit 10% when availability below 99.95%'], 'cap 25%')],
            undefined,
            undefined,
        ],
        ['a slower response', ['response high within 12 h'], 0, 'a response within 12 h for high issues against within 8 h in Standard'],
        ['a faster response', ['response high within 2 h'], undefined, undefined],
        ['a response for a severity the parent does not cover', ['response low within 72 h'], undefined, undefined],
        [
            'a lower cap',
            [credits(['credit 10% when availability below 99.9%'], 'cap 20%')],
            undefined,
            'a cap of 20% on credits against 25% in Standard',
        ],
        ['a higher cap', [credits(['credit 10% when availability below 99.9%'], 'cap 30%')], undefined, undefined],
        ['no cap at all', [credits(['credit 10% when availability below 99.9%'])], undefined, undefined],
    ])('%s', async (_, clauses, lineIndex, message) => {
        const text = sla(`${standard}\n${tier('Premium', clauses, 'Standard')}`);
        const found = await diagnostics(text, 'tier-weaker');
        expect(found).toHaveLength(message ? 1 : 0);
        if (!message) return;
        expect(found[0].severity).toBe('warning');
        expect(found[0].message).toContain(`Premium extends Standard but promises less: ${message}`);
        expect(found[0].related).toHaveLength(1);
        const expectedLine = lineIndex === undefined ? lineOf(text, 'cap 20%') : lineOf(text, clauses[lineIndex]);
        expect(found[0].line).toBe(expectedLine);
    });

    it('compares with the tier named after extends, inheritance resolved', async () => {
        const middle = tier(
            'Premium',
            ['availability 99.95%', credits(['credit 10% when availability below 99.95%'], 'cap 25%')],
            'Standard',
        );
        const top = tier(
            'Top',
            ['availability 99.92%  // top', credits(['credit 10% when availability below 99.92%'], 'cap 25%')],
            'Premium',
        );
        const text = sla([standard, middle, top].join('\n'));
        const found = await diagnostics(text, 'tier-weaker');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, '// top')]);
        expect(found[0].message).toContain('against 99.95% in Premium');
    });

    it("names where the parent's clause comes from", async () => {
        const middle = tier('Premium', ['price 150 per month'], 'Standard');
        const top = tier('Top', ['response critical within 6 h'], 'Premium');
        const [found] = await diagnostics(sla([standard, middle, top].join('\n')), 'tier-weaker');
        expect(found.message).toContain('against within 4 h in Premium (inherited from Standard)');
    });
});
