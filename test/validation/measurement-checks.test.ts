import { describe, expect, it } from 'vitest';
import { credits, diagnostics, lineOf, sla, tier } from './documents.js';

describe('missing-claims', () => {
    it("warns on the agreement's name when there is no claims block", async () => {
        const text = sla(tier('T', ['availability 99.9%']), { claims: false });
        const found = await diagnostics(text, 'missing-claims');
        expect(found.map((d) => [d.line, d.severity])).toEqual([[lineOf(text, 'sla "Test"'), 'warning']]);
    });

    it('is quiet when the block is there', async () => {
        expect(await diagnostics(sla(tier('T', ['availability 99.9%'])), 'missing-claims')).toEqual([]);
    });
});

describe('maintenance-over-budget', () => {
    function document(policy: string, allowance: string, availability: string, period = 'monthly'): string {
        return sla(
            tier('T', [`availability ${availability}`, credits([`credit 10% when availability below ${availability}`], 'cap 25%')]),
            {
                measurement: `period ${period}\n        maintenance ${policy}`,
                exclusions: `scheduled-maintenance "Sundays 02:00-04:00 UTC" notice 72 h${allowance}`,
            },
        );
    }

    it.each<[string, string, string, string, boolean]>([
        ['included', ', at most 4 h per month', '99.9%', 'monthly', true], // 4 h > 43m 12s
        ['excluded', ', at most 4 h per month', '99.9%', 'monthly', false],
        ['included', ', at most 4 h per month', '99.4%', 'monthly', false], // budget 4h 19m 12s
        ['included', ', at most 43 min per month', '99.9%', 'monthly', false],
        ['included', ', at most 2592 s per month', '99.9%', 'monthly', false], // exactly the budget
        ['included', ', at most 2593 s per month', '99.9%', 'monthly', true],
        ['included', '', '99.9%', 'monthly', false], // no allowance to compare
        ['included', ', at most 30 min per week', '99.9%', 'monthly', true], // 2h 8m 34s a month
        ['included', ', at most 1 h per month', '99.9%', 'quarterly', true], // 3 h against 2h 11m 2s
        ['included', ', at most 1 h per month', '99.5%', 'quarterly', false], // 3 h against 10h 55m 12s
    ])('maintenance %s%s, availability %s, %s', async (policy, allowance, availability, period, fires) => {
        const text = document(policy, allowance, availability, period);
        const found = await diagnostics(text, 'maintenance-over-budget');
        expect(found.map((d) => [d.line, d.severity])).toEqual(fires ? [[lineOf(text, `availability ${availability}`), 'error']] : []);
        if (fires) expect(found[0].related).toHaveLength(2);
    });

    it('states both figures per period', async () => {
        const [found] = await diagnostics(document('included', ', at most 4 h per month', '99.9%'), 'maintenance-over-budget');
        expect(found.message).toContain('up to 4h a month, more than the 43m 12s of downtime that availability 99.9% allows a month');
    });
});
