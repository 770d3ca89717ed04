/**
 * The contract's document tree as Markdown: each block becomes mdast, printed by `printMarkdown`
 * (mdast-util-to-markdown), which escapes every text node for where it lands. Layout only: all
 * wording is in the tree.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Block, ContractDocument, Inline } from '../contract/types.js';
import { bulletList, heading, lines, paragraph, printMarkdown, strong, table, text } from './mdast.js';

/** Runs as phrasing content; neighbouring text runs are one text node, escaped as one. */
export function runs(content: readonly Inline[]): PhrasingContent[] {
    const result: PhrasingContent[] = [];
    let words = '';
    const flush = () => {
        if (words !== '') result.push(text(words));
        words = '';
    };
    for (const run of content) {
        if (run.kind === 'text') {
            words += run.text;
            continue;
        }
        flush();
        result.push(run.kind === 'term' ? strong(run.text) : strong(...runs(run.children)));
    }
    flush();
    return result;
}

/** (a)…(z), then (aa), (ab)…: the letters of a lettered list. */
export function listLetter(index: number): string {
    let n = index + 1;
    let letters = '';
    while (n > 0) {
        n -= 1;
        letters = String.fromCharCode(97 + (n % 26)) + letters;
        n = Math.floor(n / 26);
    }
    return `(${letters})`;
}

export function block(b: Block): RootContent {
    switch (b.kind) {
        case 'paragraph':
            return paragraph(...runs(b.content));
        case 'clause':
            return paragraph(`${b.number} `, ...runs(b.content));
        case 'subheading':
            return paragraph(strong(...runs(b.content)));
        case 'table':
            return table(
                b.header.map(runs),
                b.rows.map((row) => row.map(runs)),
            );
        case 'list':
            return b.style === 'bullet'
                ? bulletList(b.items.map(runs))
                : // A lettered list is one paragraph of lines, as contracts print it: (a) …;\ (b) ….
                  lines(b.items.map((item, index) => [`${listLetter(index)} `, ...runs(item)]));
    }
}

/** The Markdown of a contract, without the generated-file marker. */
export function renderMarkdown(contract: ContractDocument): string {
    return printMarkdown([
        heading(1, ...runs(contract.title)),
        lines(contract.fields.map((field) => [strong(...runs(field.label)), ' ', ...runs(field.value)])),
        ...contract.preamble.map(block),
        ...contract.sections.flatMap((section) => [
            heading(2, `${section.number}. `, ...runs(section.title)),
            ...section.blocks.map(block),
        ]),
    ]);
}
