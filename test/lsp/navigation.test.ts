import { expectFindReferences, expectFoldings, expectGoToDefinition, expectSymbols } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { build, codes, readExample } from '../helpers/services.js';
import { positionOf, sla, textDocument } from './lsp-helpers.js';

const acme = readExample('acme-tiers.sla');

function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap((s) => [
        `${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`,
        ...outline(s.children, depth + 1),
    ]);
}

describe('document symbols', () => {
    it('list the agreement, its blocks, the three tiers with their clauses and the severities', async () => {
        await expectSymbols(sla)({
            text: acme,
            disposeAfterCheck: true,
            assert: (symbols) => {
                expect(symbols).toHaveLength(1);
                const [agreement] = symbols;
                expect(agreement.name).toBe('Acme Cloud Platform');
                expect(agreement.kind).toBe(SymbolKind.Module);
                const top = agreement.children!;
                expect(top.map((s) => s.name)).toEqual([
                    'provider',
                    'effective',
                    'currency',
                    'scope',
                    'measurement',
                    'capabilities',
                    'severities',
                    'exclusions',
                    'Standard',
                    'Premium',
                    'Enterprise',
                    'claims',
                ]);
                const tiers = top.filter((s) => s.kind === SymbolKind.Class);
                expect(tiers.map((t) => `${t.name} (${t.detail})`)).toEqual([
                    'Standard (tier)',
                    'Premium (tier extends Standard)',
                    'Enterprise (tier extends Premium)',
                ]);
                const lines = outline(symbols);
                expect(lines).toContain('    critical — System down or unusable for all users');
                expect(lines).toContain('    response critical — within 2 h, resolution within 24 h, escalation after 2 h');
                expect(lines).toContain('    credits — 4 brackets, cap 30%');
                expect(lines).toContain('      credit 5% — when availability below 99.95% and at least 99.9%');
                expect(lines).toContain('      cap — 30%');
                expect(lines).toContain('    availability — 99.99%');
                // Every selection range lies inside its range, as clients require.
                const check = (s: DocumentSymbol): void => {
                    const inside = (p: { line: number; character: number }): boolean =>
                        (p.line > s.range.start.line || (p.line === s.range.start.line && p.character >= s.range.start.character)) &&
                        (p.line < s.range.end.line || (p.line === s.range.end.line && p.character <= s.range.end.character));
                    expect(inside(s.selectionRange.start) && inside(s.selectionRange.end), s.name).toBe(true);
                    s.children?.forEach(check);
                };
                symbols.forEach(check);
            },
        });
    });

    it('select the name of a tier and of a severity', async () => {
        await expectSymbols(sla)({
            text: 'sla "X" {\n    severities {\n        critical\n    }\n    tier Gold { }\n}',
            disposeAfterCheck: true,
            assert: ([agreement]) => {
                const [severities, tier] = agreement.children!;
                expect(tier.selectionRange).toEqual({ start: { line: 4, character: 9 }, end: { line: 4, character: 13 } });
                expect(severities.children![0].selectionRange).toEqual({
                    start: { line: 2, character: 8 },
                    end: { line: 2, character: 16 },
                });
            },
        });
    });
});

describe('folding', () => {
    it('folds blocks, not clauses that wrap', async () => {
        await expectFoldings(sla)({
            text: [
                '<|sla "X" {',
                '    <|measurement {',
                '        period monthly|>',
                '    }',
                '    <|tier A {',
                '        response critical',
                '            within 4 h,',
                '            resolution within 8 h',
                '        <|credits {',
                '            cap 25%|>',
                '        }|>',
                '    }|>',
                '}',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });
});

describe('go to definition and find references', () => {
    const text = [
        'sla "X" {',
        '    severities {',
        '        <|critical|> "Down"',
        '    }',
        '    tier <|Standard|> {',
        '        response <|critical|> within 4 h',
        '    }',
        '    tier Premium extends <|Stan<|>dard|> {',
        '        response <|crit<|>ical|> within 2 h',
        '    }',
        '}',
    ].join('\n');

    it('lands on Standard from `extends Standard`', async () => {
        await expectGoToDefinition(sla)({ text, index: 0, rangeIndex: 1, disposeAfterCheck: true });
    });

    it('lands on the severity from a response line', async () => {
        await expectGoToDefinition(sla)({ text, index: 1, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('finds every use of a tier, with its declaration', async () => {
        await expectFindReferences(sla)({
            text: 'sla "X" {\n    tier <|Standard|> { }\n    tier P extends <|Stand<|>ard|> { }\n    tier E extends <|Standard|> { }\n}',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    it('finds every use of a severity, without its declaration', async () => {
        await expectFindReferences(sla)({
            text: 'sla "X" {\n    severities {\n        low\n        high\n    }\n    tier A {\n        response <|h<|>igh|> within 4 h\n    }\n    tier B {\n        response <|high|> within 2 h\n    }\n}',
            includeDeclaration: false,
            disposeAfterCheck: true,
        });
    });
});

describe('rename', () => {
    async function rename(text: string, needle: string, newName: string, occurrence = 0, shift = 1): Promise<string> {
        const { document } = await build(text);
        const position = positionOf(document, needle, { occurrence, shift });
        const edit = await sla.lsp.RenameProvider!.rename(document, { textDocument: textDocument(document), position, newName });
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    it('renames Standard in acme-tiers.sla at every use, from a reference or from the declaration', async () => {
        for (const [needle, shift] of [
            ['extends Standard', 9],
            ['tier Standard', 6],
        ] as const) {
            const renamed = await rename(acme, needle, 'Basic', 0, shift);
            expect(renamed.match(/\bStandard\b/g)).toBeNull();
            expect(renamed).toContain('tier Basic {');
            expect(renamed).toContain('tier Premium extends Basic {');
            expect(codes(await build(renamed))).toEqual([]);
        }
    });

    it('renames a severity declaration with its uses in every tier', async () => {
        const renamed = await rename(acme, 'critical "System', 'sev1');
        expect(renamed.match(/\bcritical\b/g)).toBeNull();
        expect(renamed.match(/response sev1 within/g)).toHaveLength(3);
        expect(codes(await build(renamed))).toEqual([]);
    });

    it.each([
        ['Premium', /A tier named `Premium` already exists/],
        ['high', /A severity named `high` already exists/],
        ['credit', /`credit` is not a valid tier name/],
        ['h', /`h` is not a valid tier name/],
        ['p95', /`p95` is not a valid tier name/],
        ['1st', /not a valid tier name/],
        ['Gold Plus', /not a valid tier name/],
        ['', /not a valid tier name/],
    ])('refuses to rename Standard to %j', async (newName, message) => {
        const error = await rename(acme, 'tier Standard', newName, 0, 6).then(
            () => undefined,
            (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<void>).message).toMatch(message);
    });

    it('accepts names with digits, `_` and `-`', async () => {
        const renamed = await rename(acme, 'tier Standard', 'Tier_2-basic', 0, 6);
        expect(renamed).toContain('tier Premium extends Tier_2-basic {');
    });
});
