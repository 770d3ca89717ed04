import type { PhrasingContent, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import {
    bulletList,
    heading,
    lines,
    markdownOptions,
    paragraph,
    strong,
    table,
} from '../../packages/language/src/generator/markdown/mdast.js';

// The contract text's printer returns plain text as it is instead of running the escaping
// patterns over it (a performance fast path). It must print exactly what the default handler
// prints: compared here on random text — plain words, figures, and every ASCII punctuation mark,
// spaces at the edges, line breaks, tabs, backslashes — in each construct the generator uses.

function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      %,;éü€';
const PUNCTUATION = '!"#$&\'()*+-./:<=>?@[\\]^_`{|}~\t\n\r ';

function text(next: () => number): string {
    const length = 1 + Math.floor(next() * 14);
    const spice = next() < 0.5 ? 0 : next() * 0.3; // half of the strings are plain text
    let value = '';
    for (let i = 0; i < length; i++) {
        const from = next() < spice ? PUNCTUATION : PLAIN;
        value += from[Math.floor(next() * from.length)];
    }
    return value;
}

function documents(seed: number, count: number): RootContent[][] {
    const next = random(seed);
    const t = () => text(next);
    const inline = (): Array<string | PhrasingContent> => (next() < 0.3 ? [t(), strong(t()), t()] : [t()]);
    return Array.from({ length: count }, () => [
        heading(2, t()),
        paragraph(...inline()),
        lines([inline(), [t()], inline()]),
        bulletList([[t()], inline()]),
        table(
            [t(), t(), t()],
            [
                [t(), inline(), t()],
                [t(), t(), [t(), strong(t())]],
            ],
        ),
    ]);
}

describe('contract text: plain-text fast path', () => {
    const withoutFastPath = { ...markdownOptions, handlers: {} };

    it('prints random text exactly as the default text handler does', () => {
        for (const [index, children] of documents(20_261_126, 400).entries()) {
            const root = { type: 'root' as const, children };
            expect(toMarkdown(root, markdownOptions), `document ${index}`).toBe(toMarkdown(root, withoutFastPath));
        }
    });

    it('leaves text that needs escaping to the default handler', () => {
        const root = {
            type: 'root' as const,
            children: [
                paragraph('1. *not* a list | [link](x) \\ `code` <b> # ~~x~~ $5 www.example.com a@b.c '),
                table(['a|b', ' lead', 'trail '], [['-', ':', '_x_']]),
            ],
        };
        const printed = toMarkdown(root, markdownOptions);
        expect(printed).toBe(toMarkdown(root, withoutFastPath));
        expect(printed).toContain('\\*not\\*');
        expect(printed).toContain('a\\|b');
    });
});
