import { afterEach, describe, expect, it } from 'vitest';
import { build, readExample, services } from '../helpers/services.js';
import { sla, textDocument } from './lsp-helpers.js';

async function hints(text: string): Promise<string[]> {
    const { document } = await build(text);
    const all = await sla.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: textDocument(document),
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) },
    });
    const lines = text.split('\n');
    // Each hint with the text before it, to show where it sits.
    return (all ?? []).map((hint) => `${lines[hint.position.line].slice(0, hint.position.character).trim()} ${hint.label}`);
}

function setInlayHints(settings: unknown): void {
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sla: settings } });
}

describe('inlay hints', () => {
    afterEach(() => setInlayHints({}));

    it('show the budget per period after every commitment and observed figure of acme-tiers.sla', async () => {
        const shown = await hints(readExample('acme-tiers.sla'));
        expect(shown).toEqual([
            'observed availability 99.995% ≈ 2m 10s / month',
            'availability 99.9% ≈ 43m 12s / month',
            'availability 99.95% ≈ 21m 36s / month',
            'availability 99.99% ≈ 4m 19s / month',
        ]);
    });

    it('show bracket bounds too with sla.inlayHints.bracketBounds', async () => {
        setInlayHints({ inlayHints: { bracketBounds: true } });
        const shown = await hints(readExample('acme-tiers.sla'));
        expect(shown).toContain('credit 5%  when availability below 99.9% ≈ 43m 12s / month');
        expect(shown).toContain('credit 5%  when availability below 99.9% and at least 99.5% ≈ 3h 36m / month');
        expect(shown).toHaveLength(21);
    });

    it('use the document period', async () => {
        const text = 'sla "Q" { measurement { period quarterly } tier A { availability 99.9% } }';
        expect(await hints(text)).toEqual(['sla "Q" { measurement { period quarterly } tier A { availability 99.9% ≈ 2h 11m 2s / quarter']);
    });

    it('are left out for latency bounds and invalid percentages', async () => {
        setInlayHints({ inlayHints: { bracketBounds: true } });
        const text = 'sla "Q" { tier A { availability 101% credits { credit 5% when latency p95 above 500 ms } } }';
        expect(await hints(text)).toEqual([]);
    });

    it('follow the setting sla.inlayHints.enabled', async () => {
        const text = readExample('acme-tiers.sla');
        setInlayHints({ inlayHints: { enabled: false } });
        expect(await hints(text)).toEqual([]);
        setInlayHints({ 'inlayHints.enabled': false });
        expect(await hints(text)).toEqual([]);
        setInlayHints({ inlayHints: { enabled: true } });
        expect(await hints(text)).toHaveLength(4);
    });
});
