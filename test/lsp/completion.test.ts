import { expectCompletion } from 'langium/test';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { DURATION_UNIT_WORDS } from '../helpers/duration-units.js';
import { formatText, sla } from './lsp-helpers.js';

const completion = expectCompletion(sla);

const labels = (list: CompletionList): string[] => list.items.map((item) => item.label);

async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await completion({
        text,
        index: 0,
        assert: (list) => {
            items = list.items;
        },
        disposeAfterCheck: true,
    });
    return items;
}

const severities = 'severities {\n        critical "Down"\n        high "Degraded"\n    }';

describe('completion', () => {
    it('offers the clauses of a tier inside a tier', async () => {
        const items = await itemsAt('sla "X" {\n    tier A {\n        <|>\n    }\n}');
        const keywords = items.filter((item) => item.kind === CompletionItemKind.Keyword).map((item) => item.label);
        expect(keywords).toEqual([
            'price',
            'availability',
            'error-rate',
            'latency',
            'rpo',
            'rto',
            'throughput',
            'support',
            'clock',
            'response',
            'credits',
            'termination',
            'service',
        ]);
    });

    it('offers the blocks of an agreement, with a tier snippet', async () => {
        const items = await itemsAt('sla "X" {\n    <|>\n}');
        expect(items.map((item) => item.label)).toEqual(
            expect.arrayContaining([
                'provider',
                'customer',
                'effective',
                'term',
                'currency',
                'scope',
                'measurement',
                'capabilities',
                'severities',
                'exclusions',
                'tier',
                'claims',
            ]),
        );
        expect(items.find((item) => item.kind === CompletionItemKind.Snippet)?.detail).toBe('New tier');
    });

    it('offers the units after the number of a duration, without the ambiguous m', async () => {
        for (const text of [
            `sla "X" {\n    ${severities}\n    tier A {\n        response critical within 4 <|>\n    }\n}`,
            `sla "X" {\n    ${severities}\n    tier A {\n        response critical within 4<|>\n    }\n}`,
        ]) {
            await completion({
                text,
                index: 0,
                disposeAfterCheck: true,
                assert: (list) => expect(labels(list)).toEqual([...DURATION_UNIT_WORDS]),
            });
        }
    });

    it('offers the severities after `response`, and completes a started name', async () => {
        await completion({
            text: `sla "X" {\n    ${severities}\n    tier A {\n        response <|>\n    }\n}`,
            index: 0,
            expectedItems: ['critical', 'high'],
            disposeAfterCheck: true,
        });
        await completion({
            text: `sla "X" {\n    ${severities}\n    tier A {\n        response hi<|>\n    }\n}`,
            index: 0,
            expectedItems: ['high'],
            disposeAfterCheck: true,
        });
    });

    it('offers after `extends` the tiers that do not make a cycle', async () => {
        await completion({
            text: 'sla "X" {\n    tier A { }\n    tier B extends A { }\n    tier C extends B { }\n    tier D { }\n    tier A2 extends <|> { }\n}',
            index: 0,
            expectedItems: ['A', 'B', 'C', 'D'],
            disposeAfterCheck: true,
        });
        await completion({
            text: 'sla "X" {\n    tier A extends <|> { }\n    tier B extends A { }\n    tier C extends B { }\n    tier D { }\n}',
            index: 0,
            expectedItems: ['D'],
            disposeAfterCheck: true,
        });
    });

    it('offers a new agreement in an empty document, as a snippet that formats cleanly', async () => {
        const items = await itemsAt('<|>');
        const snippet = items.find((item) => item.kind === CompletionItemKind.Snippet);
        expect(snippet?.label).toBe('sla');
        expect(snippet?.insertTextFormat).toBe(InsertTextFormat.Snippet);
        // With its placeholders filled in by their defaults, the snippet is a canonical document.
        const filled = `${(snippet!.insertText as string).replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1')}\n`;
        expect(filled).toContain('availability 99.9%');
        const { formatted, edits } = await formatText(filled);
        expect(edits).toBe(0);
        expect(formatted).toBe(filled);
    });

    it('starts a credit schedule at the tier commitment', async () => {
        const items = await itemsAt('sla "X" {\n    tier A {\n        availability 99.95%\n        <|>\n    }\n}');
        const snippet = items.find((item) => item.kind === CompletionItemKind.Snippet);
        expect(snippet?.detail).toBe('Credit schedule');
        expect(snippet?.insertText).toContain('credit ${1:10}% when availability below ${2:99.95}% and at least ${3:99.0}%');
    });
});
