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

/** The title in Word's Title style, or in a style of the document's own (the bilingual edition's smaller one). */
export function titleParagraph(contract: ContractDocument, style?: string): Paragraph {
    const children = runs(contract.title);
    return style === undefined ? new Paragraph({ heading: HeadingLevel.TITLE, children }) : new Paragraph({ style, children });
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

/**
 * A table whose header row repeats at the top of each page it runs onto and whose rows are never
 * split. Every row but the last is kept with the next (Word's way of keeping a table on one page):
 * a table that fits on a page moves to the next page whole rather than breaking between two rows.
 * Besides being the better layout for a contract, this avoids a LibreOffice layout fault: a row
 * that may not split, moved to a new page under a repeated header row, is dropped from the page
 * (the last rows of a table vanished from the PDF). A table longer than a page still breaks.
 */
export function wordTable(header: readonly Inline[][], rows: readonly Inline[][][]): Table {
    const cell = (content: readonly Inline[], bold: boolean) =>
        new TableCell({
            children: [new Paragraph({ children: runs(content, { bold }) })],
            ...(bold ? { shading: { fill: 'E7E6E6', type: 'clear', color: 'auto' } } : {}),
        });
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            new TableRow({
                tableHeader: true,
                cantSplit: true,
                keepNext: rows.length > 0,
                children: header.map((content) => cell(content, true)),
            }),
            ...rows.map(
                (row, index) =>
                    new TableRow({
                        cantSplit: true,
                        keepNext: index < rows.length - 1,
                        children: row.map((content) => cell(content, false)),
                    }),
            ),
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
