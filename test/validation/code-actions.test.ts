import { EmptyFileSystem, TextDocument, URI } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildText, createSlaServices } from '../../packages/language/src/index.js';
import type { FixData } from '../../packages/language/src/validation/quick-fix-data.js';
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
    const action = title ? actions.find((a) => a.title.startsWith(title)) : (actions.find((a) => a.isPreferred) ?? actions[0]);
    if (!action) throw new Error(`No fix${title ? ` "${title}"` : ''} for ${code}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = Object.values(action.edit?.changes ?? {}).flat();
    return { after: TextDocument.applyEdits(document, edits), titles: actions.map((a) => a.title) };
}

async function codesOf(text: string): Promise<string[]> {
    return (await build(text)).diagnostics.map((d) => String(d.code));
}

describe('quick fixes remove their diagnostic', () => {
    it("bracket-overlap: moves one boundary so the seed example's brackets meet", async () => {
        const { after, titles } = await applyFix(readExample('seed-overlap.sla'), 'bracket-overlap');
        expect(titles).toEqual(['Make the brackets meet: credit 10% when availability below 99.9% and at least 99.5%']);
        expect(after).toContain('credit 10% when availability below 99.9% and at least 99.5%  // expect: bracket-overlap');
        expect(await problems(after)).toEqual([]);
    });

    it('bracket-overlap: offers both boundaries when both moves leave a bracket', async () => {
        const text = sla(
            tier('T', [
                'availability 99.9%',
                credits(
                    [
                        'credit 5% when availability below 99.9% and at least 99.4%',
                        'credit 10% when availability below 99.5% and at least 99.0%',
                        'credit 25% when availability below 99.0%',
                    ],
                    'cap 25%',
                ),
            ]),
        );
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
        const text = sla(
            tier('T', [
                'availability 99.9%',
                credits(
                    ['credit 5% when availability below 99.9% and at least 99.5%', 'credit 25% when availability below 99.0%'],
                    'cap 25%',
                ),
            ]),
        );
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
        const text = sla(
            tier('T', [
                'availability 99.9%',
                credits(['credit 5% when availability below 99.9% and above 99.0%', 'credit 25% when availability below 99.0%'], 'cap 25%'),
            ]),
        );
        const { after, titles } = await applyFix(text, 'bracket-gap');
        expect(titles).toEqual([
            'Extend the bracket below the gap: credit 25% when availability at most 99.0%',
            'Extend the bracket above the gap: credit 5% when availability below 99.9% and at least 99.0%',
        ]);
        expect(await problems(after)).toEqual([]);
    });

    it('bracket-above-target: clamps the bracket to the commitment', async () => {
        const text = sla(
            tier('T', [
                'availability 99.5%',
                credits(
                    ['credit 5% when availability below 99.9% and at least 99.0%', 'credit 25% when availability below 99.0%'],
                    'cap 25%',
                ),
            ]),
        );
        const { after, titles } = await applyFix(text, 'bracket-above-target');
        expect(titles).toEqual(['Limit the bracket to the commitment: credit 5% when availability below 99.5% and at least 99.0%']);
        expect(await problems(after)).toEqual([]);
    });

    it('bracket-above-target: removes a bracket that only covers met commitments', async () => {
        const text = sla(
            tier('T', [
                'availability 99.5%',
                credits(['credit 1% when availability at least 99.5%  // gone', 'credit 25% when availability below 99.5%'], 'cap 25%'),
            ]),
        );
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
        const text = sla(
            tier('T', [
                'availability 99.999%',
                credits(
                    ['credit 10% when availability below 99.999% and at least 99.9%', 'credit 25% when availability below 99.9%'],
                    'cap 25%',
                ),
            ]),
            { capabilities: 'multi-region\n        automatic-failover\n        on-call 24x7' },
        );
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
        const withoutBlock =
            'sla "X" {\n    provider "P"\n    currency USD\n    tier T { price 1 per month }\n    claims { window 30 days }\n}\n';
        const first = await applyFix(withoutBlock, 'missing-period');
        expect(first.titles).toEqual(['Add a measurement block with a monthly period']);
        expect(await problems(first.after)).toEqual([]);

        const withoutPeriod = sla(tier('T', ['availability 99.9%']), { measurement: 'downtime "Any minute without an answer"' });
        const second = await applyFix(withoutPeriod, 'missing-period');
        expect(second.titles).toEqual(['Add `period monthly`']);
        expect(await problems(second.after)).toEqual([]);
    });

    it.each<[string, string]>([
        [
            'provider',
            'sla "X" {\n    currency USD\n    measurement { period monthly }\n    tier T { price 1 per month }\n    claims { window 30 days }\n}',
        ],
        [
            'currency',
            'sla "X" {\n    provider "P"\n    measurement { period monthly }\n    tier T { price 1 per month }\n    claims { window 30 days }\n}',
        ],
        ['tier', 'sla "X" {\n    provider "P"\n    measurement { period monthly }\n    claims { window 30 days }\n}'],
    ])('missing-block %s: inserts a skeleton', async (_, text) => {
        const { after } = await applyFix(text, 'missing-block');
        expect(await problems(after)).toEqual([]);
    });

    it('offers nothing for a diagnostic without a fix', async () => {
        const text = sla(
            tier('T', ['availability 99.9%', credits(['credit 10% when availability below 99.0% and above 99.5%'], 'cap 30%')]),
        );
        const { actions } = await quickFixes(text, 'bracket-empty');
        expect(actions).toEqual([]);
    });
});

/** A tier committing to 99.9% with the given brackets and cap: clean but for the case under test. */
function schedule(brackets: string[], cap: string): string {
    return sla(tier('T', ['availability 99.9%', credits(brackets, cap)]));
}

const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim());

const errorsOf = async (text: string): Promise<string[]> =>
    (await build(text)).diagnostics.filter((d) => d.severity === 1).map((d) => String(d.code));

describe('quick fixes for credits and caps', () => {
    const overCap = schedule(
        ['credit 10% when availability below 99.9% and at least 99.0%', 'credit 40% when availability below 99.0%'],
        'cap 30%',
    );
    const notMonotonic = schedule(
        ['credit 20% when availability below 99.9% and at least 99.0%', 'credit 10% when availability below 99.0%'],
        'cap 30%',
    );
    const capWith = (cap: string): string => schedule(['credit 10% when availability below 99.9%'], cap);

    // [code, text, every title offered, the title applied, what the line reads afterwards]
    it.each<[string, string, string[], string, string]>([
        [
            'credit-over-cap',
            overCap,
            ['Lower the credit to the cap (30%)', 'Raise the cap to 40%'],
            'Lower the credit to the cap (30%)',
            'credit 30% when availability below 99.0%',
        ],
        ['credit-over-cap', overCap, ['Lower the credit to the cap (30%)', 'Raise the cap to 40%'], 'Raise the cap to 40%', 'cap 40%'],
        ['cap-range', capWith('cap 60%'), ['Set the cap to 50%'], 'Set the cap to 50%', 'cap 50%'],
        ['cap-range', capWith('cap 20% of monthly fee'), ['Set the cap to 25%'], 'Set the cap to 25%', 'cap 25% of monthly fee'],
        ['cap-range', capWith('cap 150%'), ['Set the cap to 100%', 'Set the cap to 50%'], 'Set the cap to 50%', 'cap 50%'],
        ['cap-range', capWith('cap -5%'), ['Set the cap to 25%'], 'Set the cap to 25%', 'cap 25%'],
        [
            'credit-not-monotonic',
            notMonotonic,
            ['Raise the credit to 20%'],
            'Raise the credit to 20%',
            'credit 20% when availability below 99.0%',
        ],
    ])('%s: %s → %s', async (code, text, titles, title, line) => {
        const applied = await applyFix(text, code, title);
        expect(applied.titles).toEqual(titles);
        expect(linesOf(applied.after)).toContain(line);
        expect(await codesOf(applied.after)).not.toContain(code);
        expect(await errorsOf(applied.after)).toEqual([]);
    });

    it('credit-over-cap: the cap of a credit above 100% is not raised to it', async () => {
        const { titles } = await applyFix(schedule(['credit 150% when availability below 99.9%'], 'cap 50%'), 'credit-over-cap');
        expect(titles).toEqual(['Lower the credit to the cap (50%)']);
    });

    it('cap-range above 100%: setting 100% removes the error, leaving the hint that 100% is unusual', async () => {
        const { after } = await applyFix(capWith('cap 150%'), 'cap-range', 'Set the cap to 100%');
        expect(linesOf(after)).toContain('cap 100%');
        expect(await errorsOf(after)).toEqual([]);
        expect((await build(after)).diagnostics.filter((d) => d.code === 'cap-range').map((d) => d.severity)).toEqual([4]);
    });

    it('cap-range: the fix uses the configured range', async () => {
        const own = createSlaServices(EmptyFileSystem);
        own.shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { sla: { checks: { capRange: { min: 20, max: 40 } } } },
        });
        const built = await buildText(own.shared, capWith('cap 45%'), URI.parse('memory:/cap-range-configured.sla'));
        const diagnostic = built.diagnostics.find((d) => d.code === 'cap-range');
        const fixes = (diagnostic?.data as FixData | undefined)?.fixes ?? [];
        expect(fixes.map((fix) => fix.title)).toEqual(['Set the cap to 40%']);
        const after = TextDocument.applyEdits(built.document.textDocument, fixes[0].edits);
        const rebuilt = await buildText(own.shared, after, URI.parse('memory:/cap-range-configured-after.sla'));
        expect(rebuilt.diagnostics.map((d) => String(d.code))).toEqual([]);
    });
});
