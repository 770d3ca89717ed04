import { TextDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { build, readExample, services } from '../helpers/services.js';
import { sla, tier } from './documents.js';

/**
 * Quick fixes of the checks added with language v2: each is requested as the editor requests it
 * (the code-action request of the language services, with the diagnostic as published), applied,
 * and the document rebuilt: the diagnostic is gone and nothing new is reported.
 */
async function fixesFor(text: string, code: string): Promise<{ actions: CodeAction[]; document: TextDocument }> {
    const built = await build(text);
    const diagnostic = built.diagnostics.find((d) => d.code === code);
    if (!diagnostic) throw new Error(`No ${code} in:\n${text}`);
    const actions = await services.Sla.lsp.CodeActionProvider!.getCodeActions(built.document, {
        textDocument: { uri: built.document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    });
    return { actions: (actions ?? []) as CodeAction[], document: built.document.textDocument };
}

/** Applies the only fix offered, checks its title, and returns the new text with the codes of its diagnostics. */
async function applyOnly(text: string, code: string, title: string): Promise<{ after: string; codes: string[] }> {
    const { actions, document } = await fixesFor(text, code);
    expect(actions.map((a) => a.title)).toEqual([title]);
    const after = TextDocument.applyEdits(document, Object.values(actions[0].edit?.changes ?? {}).flat());
    const codes = (await build(after)).diagnostics.map((d) => String(d.code));
    return { after, codes };
}

async function codesOf(text: string): Promise<string[]> {
    return (await build(text)).diagnostics.map((d) => String(d.code));
}

describe('quick fixes of the v2 checks', () => {
    it('termination-above-commitment: limits the right to the commitment, saying the new bound', async () => {
        const text = sla(
            tier('Gold', ['availability 99.9%', 'termination when availability below 99.95% and at least 98% in 3 consecutive months']),
        );
        expect(await codesOf(text)).toEqual(['termination-above-commitment']);
        const { after, codes } = await applyOnly(
            text,
            'termination-above-commitment',
            'Limit the termination right to the commitment: when availability below 99.9% and at least 98%',
        );
        expect(after).toContain('termination when availability below 99.9% and at least 98% in 3 consecutive months');
        expect(codes).toEqual([]);
    });

    it('termination-above-commitment on error rate: the lower bound moves up to the commitment', async () => {
        const text = sla(tier('Gold', ['error-rate 1%', 'termination when error-rate above 0.5% in any 2 of 3 months']));
        const { after, codes } = await applyOnly(
            text,
            'termination-above-commitment',
            'Limit the termination right to the commitment: when error-rate above 1%',
        );
        expect(after).toContain('termination when error-rate above 1% in any 2 of 3 months');
        expect(codes).toEqual([]);
    });

    it('termination-above-commitment: no fix where the right is inherited (the fix would edit another tier)', async () => {
        const text = sla(
            [
                tier('Base', ['availability 99.9%', 'termination when availability below 99.0% in 3 consecutive months']),
                tier('Gold', ['availability 98.5%'], 'Base'),
            ].join('\n'),
        );
        const built = await build(text);
        const onGold = built.diagnostics.filter((d) => d.code === 'termination-above-commitment' && /98\.5%/.test(String(d.message)));
        expect(onGold.length).toBeGreaterThan(0);
        const actions = await services.Sla.lsp.CodeActionProvider!.getCodeActions(built.document, {
            textDocument: { uri: built.document.uri.toString() },
            range: onGold[0].range,
            context: { diagnostics: onGold },
        });
        expect(actions).toEqual([]);
    });

    it('response-outside-coverage: pauses the clocks, the clause the message proposes', async () => {
        const text = sla(tier('Gold', ['support business-hours 09:00-17:00 customer-local', 'clock runs around-the-clock']));
        expect(await codesOf(text)).toContain('response-outside-coverage');
        const { after, codes } = await applyOnly(
            text,
            'response-outside-coverage',
            'Pause the clocks outside coverage: `clock pauses outside coverage`',
        );
        expect(after).toContain('        clock pauses outside coverage\n');
        expect(codes).not.toContain('response-outside-coverage');
        expect(codes).toEqual((await codesOf(text)).filter((c) => c !== 'response-outside-coverage'));
    });

    it('credit-over-fee: lowers the fixed credit to the fee for a period, naming the amount', async () => {
        const text = sla(
            tier('Gold', [
                'availability 99.9%',
                'credits {\n            credit 150 USD when availability below 99.9%\n            cap 100%\n        }',
            ]),
        );
        expect(await codesOf(text)).toContain('credit-over-fee');
        const { after, codes } = await applyOnly(text, 'credit-over-fee', 'Lower the credit to the fee for a month: 100 USD');
        expect(after).toContain('credit 100 USD when availability below 99.9%');
        expect(codes).toEqual((await codesOf(text)).filter((c) => c !== 'credit-over-fee'));
    });

    it('credit-over-fee on a yearly price: rounds the twelfth down to the cent', async () => {
        const text = sla(
            [
                '    tier Gold {',
                '        price 1000 per year',
                '        availability 99.9%',
                '        credits {\n            credit 100 USD when availability below 99.9%\n            cap 100%\n        }',
                '    }',
            ].join('\n'),
        );
        const { after, codes } = await applyOnly(text, 'credit-over-fee', 'Lower the credit to the fee for a month: 83.33 USD');
        expect(after).toContain('credit 83.33 USD when');
        expect(codes).not.toContain('credit-over-fee');
    });

    it('internal-not-stricter: removes the internal objective and keeps the commitment', async () => {
        const text = sla(tier('Gold', ['availability 99.9% internal 99.5%']));
        const { after, codes } = await applyOnly(text, 'internal-not-stricter', 'Remove the internal objective (`internal 99.5%`)');
        expect(after).toContain('        availability 99.9%\n');
        expect(codes).toEqual((await codesOf(text)).filter((c) => c !== 'internal-not-stricter'));
        const errorRate = sla(tier('Gold', ['error-rate 0.1% internal 0.2%']));
        const fixed = await applyOnly(errorRate, 'internal-not-stricter', 'Remove the internal objective (`internal 0.2%`)');
        expect(fixed.after).toContain('        error-rate 0.1%\n');
        expect(fixed.codes).not.toContain('internal-not-stricter');
    });

    it('promql-window: writes the one range as {{window}}, naming the range it replaces', async () => {
        const text = sla(tier('Gold', ['availability 99.9%'])).replace(
            '    provider "Vendor"',
            '    provider "Vendor"\n    service API {\n        sli availability ratio good "sum(rate(ok_total[5m]))" total "sum(rate(all_total[{{window}}]))"\n    }',
        );
        const { after, codes } = await applyOnly(text, 'promql-window', 'Write the range as `[{{window}}]` instead of `[5m]`');
        expect(after).toContain('good "sum(rate(ok_total[{{window}}]))"');
        expect(codes).toEqual((await codesOf(text)).filter((c) => c !== 'promql-window'));
    });

    it('promql-window: no fix when the query has two ranges (which one is the window is the author’s call)', async () => {
        const text = sla(tier('Gold', ['availability 99.9%'])).replace(
            '    provider "Vendor"',
            '    provider "Vendor"\n    service API {\n        sli availability ratio good "sum(rate(ok_total[5m])) / sum(rate(x_total[1h]))" total "sum(rate(all_total[{{window}}]))"\n    }',
        );
        const { actions } = await fixesFor(text, 'promql-window');
        expect(actions).toEqual([]);
    });

    it('rpo-unsupported and rto-unsupported: declare the capability in the capabilities block', async () => {
        const text = sla(tier('Gold', ['availability 99.9%', 'rpo 0 min', 'rto 15 min']), { capabilities: 'on-call 24x7' });
        const rpo = await applyOnly(text, 'rpo-unsupported', 'Declare `synchronous-replication` in capabilities');
        expect(rpo.after).toContain('    capabilities {\n        synchronous-replication\n        on-call 24x7\n    }');
        expect(rpo.codes).toEqual((await codesOf(text)).filter((c) => c !== 'rpo-unsupported'));
        const rto = await applyOnly(rpo.after, 'rto-unsupported', 'Declare `automatic-failover` in capabilities');
        expect(rto.codes).not.toContain('rto-unsupported');
        expect(rto.codes).not.toContain('rpo-unsupported');
    });

    it('rpo-unsupported without a capabilities block: adds one before the first tier', async () => {
        const text = sla(tier('Gold', ['availability 99.9%', 'rpo 0 min']));
        const { after, codes } = await applyOnly(text, 'rpo-unsupported', 'Declare `synchronous-replication` in capabilities');
        expect(after).toContain('    capabilities {\n        synchronous-replication\n    }\n    tier Gold {');
        expect(codes).toEqual((await codesOf(text)).filter((c) => c !== 'rpo-unsupported'));
    });

    it('calendar-empty: adds the working week the message proposes', async () => {
        const text = readExample('enterprise-negotiated.sla').replace(/days monday to friday\n\s*/, '');
        expect(await codesOf(text)).toContain('calendar-empty');
        const { after, codes } = await applyOnly(text, 'calendar-empty', 'Add `days monday to friday`');
        expect(after).toBe(readExample('enterprise-negotiated.sla'));
        expect(codes).toEqual([]);
    });
});
