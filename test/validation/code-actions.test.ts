import { TextDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { build, readExample, services } from '../helpers/services.js';
import { credits, problems, sla, tier } from './documents.js';

/** The quick fixes offered for the first diagnostic with `code`, as the editor would request them. */
async function quickFixes(text: string, code: string): Promise<{ actions: CodeAction[]; document: TextDocument }> {
    const built = await build(text);
    const diagnostic = built.diagnostics.find((d) => d.code === code);
    if (!diagnostic) throw new Error(`No ${code} in:\n${text}`);
    const provider = services.Sla.lsp.CodeActionProvider!;
    const actions = await provider.getCodeActions(built.document, {
        textDocument: { uri: built.document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    });
    return { actions: (actions ?? []) as CodeAction[], document: built.document.textDocument };
}

/** Applies the chosen fix (by title, else the preferred one) and returns the new text. */
async function applyFix(text: string, code: string, title?: string): Promise<{ after: string; titles: string[] }> {
    const { actions, document } = await quickFixes(text, code);
    const action = title ? actions.find((a) => a.title.startsWith(title)) : actions.find((a) => a.isPreferred) ?? actions[0];
    if (!action) throw new Error(`No fix${title ? ` "${title}"` : ''} for ${code}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = Object.values(action.edit?.changes ?? {}).flat();
    return { after: TextDocument.applyEdits(document, edits), titles: actions.map((a) => a.title) };
}

async function codesOf(text: string): Promise<string[]> {
    return (await build(text)).diagnostics.map((d) => String(d.code));
}

describe('quick fixes remove their diagnostic', () => {
    it('bracket-overlap: moves one boundary so the seed example\'s brackets meet', async () => {
        const { after, titles } = await applyFix(readExample('seed-overlap.sla'), 'bracket-overlap');
        expect(titles).toEqual(['Make the brackets meet: credit 10% when availability below 99.9% and at least 99.5%']);
        expect(after).toContain('credit 10% when availability below 99.9% and at least 99.5%  // expect: bracket-overlap');
        expect(await problems(after)).toEqual([]);
    });

    it('bracket-overlap: offers both boundaries when both moves leave a bracket', async () => {
        const text = sla(tier('T', ['availability 99.9%', credits([
            'credit 5% when availability below 99.9% and at least 99.4%',
            'credit 10% when availability below 99.5% and at least 99.0%',
            'credit 25% when availability below 99.0%',
        ], 'cap 25%')]));
        const { titles } = await applyFix(text, 'bracket-overlap');
        expect(titles).toEqual([
            'Make the brackets meet: credit 10% when availability below 99.4% and at least 99.0%',
            'Make the brackets meet: credit 5% when availability below 99.9% and at least 99.5%',
        ]);
        for (const title of titles) {
            const { after } = await applyFix(text, 'bracket-overlap', title);
            expect(await codesOf(after)).not.toContain('bracket-overlap');
        }
    });

    it('bracket-gap: extends the neighbouring bracket, below or above', async () => {
        const text = sla(tier('T', ['availability 99.9%', credits([
            'credit 5% when availability below 99.9% and at least 99.5%',
            'credit 25% when availability below 99.0%',
        ], 'cap 25%')]));
        const { titles } = await applyFix(text, 'bracket-gap');
        expect(titles).toEqual([
            'Extend the bracket below the gap: credit 25% when availability below 99.5%',
            'Extend the bracket above the gap: credit 5% when availability below 99.9% and at least 99.0%',
        ]);
        for (const title of titles) {
            const { after } = await applyFix(text, 'bracket-gap', title);
            expect(await problems(after)).toEqual([]);
        }
    });

    it('bracket-gap: a single excluded value is closed with an inclusive bound', async () => {
        const text = sla(tier('T', ['availability 99.9%', credits([
            'credit 5% when availability below 99.9% and above 99.0%',
            'credit 25% when availability below 99.0%',
        ], 'cap 25%')]));
        const { after, titles } = await applyFix(text, 'bracket-gap');
        expect(titles).toEqual([
            'Extend the bracket below the gap: credit 25% when availability at most 99.0%',
            'Extend the bracket above the gap: credit 5% when availability below 99.9% and at least 99.0%',
        ]);
        expect(await problems(after)).toEqual([]);
    });

    it('bracket-above-target: clamps the bracket to the commitment', async () => {
        const text = sla(tier('T', ['availability 99.5%', credits([
            'credit 5% when availability below 99.9% and at least 99.0%',
            'credit 25% when availability below 99.0%',
        ], 'cap 25%')]));
        const { after, titles } = await applyFix(text, 'bracket-above-target');
        expect(titles).toEqual(['Limit the bracket to the commitment: credit 5% when availability below 99.5% and at least 99.0%']);
        expect(await problems(after)).toEqual([]);
    });

    it('bracket-above-target: removes a bracket that only covers met commitments', async () => {
        const text = sla(tier('T', ['availability 99.5%', credits([
            'credit 1% when availability at least 99.5%  // gone',
            'credit 25% when availability below 99.5%',
        ], 'cap 25%')]));
        const { after } = await applyFix(text, 'bracket-above-target');
        expect(after).not.toContain('// gone');
        expect(after).toContain('credit 25% when availability below 99.5%');
        expect(await problems(after)).toEqual([]);
    });

    it('ambiguous-unit: writes min', async () => {
        const text = sla(tier('T', ['support business-hours 09:00-17:00 UTC', 'response critical within 15m']));
        const { after } = await applyFix(text, 'ambiguous-unit');
        expect(after).toContain('response critical within 15min');
        expect(await problems(after)).toEqual([]);
    });

    it('unrealistic-nines: offers the nearest realistic figures with their budgets, and moves the brackets starting at the old one', async () => {
        const text = sla(tier('T', ['availability 99.999%', credits([
            'credit 10% when availability below 99.999% and at least 99.9%',
            'credit 25% when availability below 99.9%',
        ], 'cap 25%')]), { capabilities: 'multi-region\n        automatic-failover\n        on-call 24x7' });
        const { after, titles } = await applyFix(text, 'unrealistic-nines');
        expect(titles).toEqual(['Use 99.99% (4m 19s a month)', 'Use 99.95% (21m 36s a month)']);
        expect(after).toContain('availability 99.99%');
        expect(after).toContain('credit 10% when availability below 99.99% and at least 99.9%');
        expect(await problems(after)).toEqual([]);
    });

    it('missing-claims: inserts a claims skeleton', async () => {
        const text = sla(tier('T', ['availability 99.9%']), { claims: false });
        const { after, titles } = await applyFix(text, 'missing-claims');
        expect(titles).toEqual(['Add a claims block']);
        expect(after).toMatch(/\n {4}claims \{\n {8}window 30 days\n/);
        expect(await problems(after)).toEqual([]);
    });

    it('missing-period: adds a measurement block, or the period to an existing one', async () => {
        const withoutBlock = 'sla "X" {\n    provider "P"\n    currency USD\n    tier T { price 1 per month }\n    claims { window 30 days }\n}\n';
        const first = await applyFix(withoutBlock, 'missing-period');
        expect(first.titles).toEqual(['Add a measurement block with a monthly period']);
        expect(await problems(first.after)).toEqual([]);

        const withoutPeriod = sla(tier('T', ['availability 99.9%']), { measurement: 'downtime "Any minute without an answer"' });
        const second = await applyFix(withoutPeriod, 'missing-period');
        expect(second.titles).toEqual(['Add `period monthly`']);
        expect(await problems(second.after)).toEqual([]);
    });

    it.each<[string, string]>([
        ['provider', 'sla "X" {\n    currency USD\n    measurement { period monthly }\n    tier T { price 1 per month }\n    claims { window 30 days }\n}'],
        ['currency', 'sla "X" {\n    provider "P"\n    measurement { period monthly }\n    tier T { price 1 per month }\n    claims { window 30 days }\n}'],
        ['tier', 'sla "X" {\n    provider "P"\n    measurement { period monthly }\n    claims { window 30 days }\n}'],
    ])('missing-block %s: inserts a skeleton', async (_, text) => {
        const { after } = await applyFix(text, 'missing-block');
        expect(await problems(after)).toEqual([]);
    });

    it('offers nothing for a diagnostic without a fix', async () => {
        const text = sla(tier('T', ['availability 99.9%', credits(['credit 40% when availability below 99.9%'], 'cap 30%')]));
        const { actions } = await quickFixes(text, 'credit-over-cap');
        expect(actions).toEqual([]);
    });
});
