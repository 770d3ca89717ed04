/**
 * The contract's document tree laid out in Word: section headings in Word's heading styles (so the
 * navigation pane lists them), numbered clauses that keep their number and are never split across
 * pages, defined terms in bold, real tables whose header row repeats on every page a table runs
 * onto, bullet and lettered lists. Layout only: every word is in the tree.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, ContractDocument, Inline, Section } from '../contract/types.js';
import { listLetter } from '../markdown/render.js';

/** What a Word body holds. */
export type WordBlock = Paragraph | Table;

export function titleParagraph(contract: ContractDocument): Paragraph {
    return new Paragraph({ heading: HeadingLevel.TITLE, children: runs(contract.title) });
}

/** The lines under the title: `Provider: Acme Cloud, Inc.` (the label bold, as in the Markdown). */
export function fieldParagraphs(contract: ContractDocument): Paragraph[] {
    return contract.fields.map(
        (field) => new Paragraph({ children: [...runs(field.label, { bold: true }), new TextRun(' '), ...runs(field.value)] }),
    );
}

export function sectionHeading(section: Section): Paragraph {
    return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        children: [new TextRun(`${section.number}. `), ...runs(section.title)],
    });
}

export function wordBlock(block: Block): WordBlock[] {
    switch (block.kind) {
        case 'paragraph':
            return [new Paragraph({ spacing: { after: 120 }, children: runs(block.content) })];
        case 'clause':
            return [
                new Paragraph({
                    spacing: { after: 120 },
                    keepLines: true,
                    children: [new TextRun(`${block.number} `), ...runs(block.content)],
                }),
            ];
        case 'subheading':
            return [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runs(block.content, { bold: true }) })];
        case 'table':
            return [wordTable(block.header, block.rows), new Paragraph({ children: [] })];
        case 'list':
            return block.items.map((item, index) =>
                block.style === 'bullet'
                    ? new Paragraph({ bullet: { level: 0 }, children: runs(item) })
                    : new Paragraph({ indent: { left: 360 }, children: [new TextRun(`${listLetter(index)} `), ...runs(item)] }),
            );
    }
}

/** The whole contract, title to last section. */
export function contractBlocks(contract: ContractDocument): WordBlock[] {
    return [
        titleParagraph(contract),
        ...fieldParagraphs(contract),
        ...contract.preamble.flatMap(wordBlock),
        ...contract.sections.flatMap((section) => [sectionHeading(section), ...section.blocks.flatMap(wordBlock)]),
    ];
}

export function wordTable(header: readonly Inline[][], rows: readonly Inline[][][]): Table {
    const cell = (content: readonly Inline[], bold: boolean) =>
        new TableCell({
            children: [new Paragraph({ children: runs(content, { bold }) })],
            ...(bold ? { shading: { fill: 'E7E6E6', type: 'clear', color: 'auto' } } : {}),
        });
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            // The header row repeats at the top of each page the table runs onto; no row is split.
            new TableRow({ tableHeader: true, cantSplit: true, children: header.map((content) => cell(content, true)) }),
            ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content) => cell(content, false)) })),
        ],
    });
}

interface RunStyle {
    bold?: boolean;
}

function runs(content: readonly Inline[], style: RunStyle = {}): TextRun[] {
    return content.flatMap((run): TextRun[] => {
        switch (run.kind) {
            case 'text':
                return run.text === '' ? [] : [new TextRun({ text: run.text, ...style })];
            case 'term':
                return [new TextRun({ text: run.text, bold: true })];
            case 'emphasis':
                return runs(run.children, { ...style, bold: true });
        }
    });
}
