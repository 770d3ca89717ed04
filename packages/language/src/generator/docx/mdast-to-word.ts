/**
 * The contract's document tree, as the Markdown text is printed from it, laid out in Word: the
 * title and numbered section headings in Word's heading styles (so the navigation pane lists them),
 * numbered clauses as paragraphs that keep their number, defined terms in bold, real tables whose
 * header row repeats on every page, bullet lists. Links are written as their text: a contract
 * carries no live links, and Word's hyperlink parts would take random ids.
 */
import type { PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild, type ParagraphChild } from 'docx';

/** The number at the start of a clause paragraph (`4.2 `), which the Word text keeps as written. */
const CLAUSE_NUMBER = /^\d+\.\d+ /;

export function wordBlocks(content: readonly RootContent[]): FileChild[] {
    return content.flatMap((node) => wordBlock(node));
}

function wordBlock(node: RootContent): FileChild[] {
    switch (node.type) {
        case 'heading':
            return [
                new Paragraph({
                    heading: node.depth === 1 ? HeadingLevel.TITLE : node.depth === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
                    keepNext: true,
                    children: runs(node.children),
                }),
            ];
        case 'paragraph': {
            const first = node.children[0];
            const clause = first?.type === 'text' && CLAUSE_NUMBER.test(first.value);
            return [new Paragraph({ children: runs(node.children), spacing: { after: 120 }, ...(clause ? { keepLines: true } : {}) })];
        }
        case 'list':
            return node.children.flatMap((item) =>
                item.children.flatMap((child) =>
                    child.type === 'paragraph'
                        ? [new Paragraph({ bullet: { level: 0 }, children: runs(child.children) })]
                        : wordBlock(child),
                ),
            );
        case 'table':
            return [wordTable(node), new Paragraph({ children: [] })];
        case 'blockquote':
            return node.children.flatMap((child) => wordBlock(child));
        case 'code':
            return [new Paragraph({ children: [new TextRun({ text: node.value, font: 'Courier New' })] })];
        case 'thematicBreak':
            return [new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: 'auto', space: 1 } } })];
        default:
            return [];
    }
}

function wordTable(node: MdTable): Table {
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: node.children.map(
            (row, index) =>
                new TableRow({
                    // The header row repeats at the top of each page the table runs onto; no row is split.
                    tableHeader: index === 0,
                    cantSplit: true,
                    children: row.children.map(
                        (cell) =>
                            new TableCell({
                                children: [new Paragraph({ children: runs(cell.children, index === 0) })],
                                ...(index === 0 ? { shading: { fill: 'E7E6E6', type: 'clear', color: 'auto' } } : {}),
                            }),
                    ),
                }),
        ),
    });
}

interface RunStyle {
    bold?: boolean;
    italics?: boolean;
    strike?: boolean;
    font?: string;
}

function runs(children: readonly PhrasingContent[], bold = false): ParagraphChild[] {
    return children.flatMap((child) => inlineRuns(child, bold ? { bold: true } : {}));
}

function inlineRuns(node: PhrasingContent, style: RunStyle): ParagraphChild[] {
    switch (node.type) {
        case 'text':
            return [new TextRun({ text: node.value, ...style })];
        case 'strong':
            return node.children.flatMap((child) => inlineRuns(child, { ...style, bold: true }));
        case 'emphasis':
            return node.children.flatMap((child) => inlineRuns(child, { ...style, italics: true }));
        case 'delete':
            return node.children.flatMap((child) => inlineRuns(child, { ...style, strike: true }));
        case 'inlineCode':
            return [new TextRun({ text: node.value, ...style, font: 'Courier New' })];
        case 'break':
            return [new TextRun({ break: 1 })];
        case 'link':
        case 'linkReference':
            return node.children.flatMap((child) => inlineRuns(child, style));
        default:
            return 'value' in node && typeof node.value === 'string' ? [new TextRun({ text: node.value, ...style })] : [];
    }
}
