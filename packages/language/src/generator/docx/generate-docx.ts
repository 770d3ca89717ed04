/**
 * The contract as a Word document (`sla build --format docx`): title, cover block, then the contract
 * text laid out from the same document tree the Markdown prints; page numbers in the footer; title
 * and subject in the document properties. One language, or two side by side: the bilingual edition
 * (`en,id`) is a two-column table, one row per heading, clause, list or table, closed by a clause
 * naming the first language as the one that prevails.
 */
import { AlignmentType, Document, Footer, HeadingLevel, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ContractDocument } from '../contract/types.js';
import type { SlaJson } from '../json-types.js';
import { governingClause } from '../locale/governing-language.js';
import { LOCALE_TAGS, type ContractLanguage } from '../locale/languages.js';
import { formatMessage } from '../locale/messages.js';
import { WORD_MESSAGES, type WordMessageKey } from '../locale/word-catalog.js';
import { contractBlocks, fieldParagraphs, sectionHeading, titleParagraph, wordBlock, type WordBlock } from './contract-to-word.js';
import { coverBlock } from './cover-block.js';
import { DOCX_MARKER_PROPERTY, DOCX_MARKER_VALUE } from './docx-marker.js';
import { packDocx } from './docx-package.js';

/** One language's contract: the tree, the facts, and how the document wrote its percentages. */
export interface ContractEdition {
    language: ContractLanguage;
    contract: ContractDocument;
    sla: SlaJson;
    percent: (value: number) => string;
}

export async function generateDocx(editions: readonly ContractEdition[]): Promise<Uint8Array> {
    const [first, second] = editions;
    if (first === undefined || editions.length > 2) throw new RangeError('A Word document has one or two languages');
    const say = (key: WordMessageKey, values?: Record<string, string>) => formatMessage(WORD_MESSAGES, first.language, key, values);
    const body: WordBlock[] =
        second === undefined
            ? [titleParagraph(first.contract), ...cover(first), ...contractBlocks(first.contract).slice(1)]
            : bilingualBody(first, second);
    const document = new Document({
        title: say('properties.title', { title: first.sla.title.trim() }),
        subject: say('properties.subject'),
        creator: 'sla',
        lastModifiedBy: 'sla',
        revision: 1,
        customProperties: [{ name: DOCX_MARKER_PROPERTY, value: DOCX_MARKER_VALUE }],
        styles: {
            default: {
                document: {
                    run: {
                        size: 22,
                        // Word's common serif for Latin and Cyrillic, SimSun for Chinese (LibreOffice substitutes Noto CJK).
                        font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' },
                        language: { value: LOCALE_TAGS[first.language], eastAsia: LOCALE_TAGS.zh },
                    },
                },
            },
            paragraphStyles: second === undefined ? [] : [BILINGUAL_TITLE_STYLE],
        },
        sections: [
            { properties: { page: { pageNumbers: { start: 1 } } }, footers: { default: pageFooter(first.language) }, children: body },
        ],
    });
    return packDocx(document);
}

/**
 * The bilingual edition's title: each language's title fills half the page's width, where the
 * Title style (28 pt) took four lines a side; 18 pt keeps it above the 16 pt section headings.
 */
const BILINGUAL_TITLE_STYLE = {
    id: 'BilingualTitle',
    name: 'Bilingual Title',
    basedOn: 'Title',
    next: 'Normal',
    quickFormat: true,
    run: { size: 36 },
    paragraph: { spacing: { after: 120 } },
};

function cover(edition: ContractEdition): WordBlock[] {
    return coverBlock(edition.contract, edition.sla, edition.language, edition.percent);
}

/** `Page 2 of 7` in the language, the numbers as Word fields so that they follow the layout. */
function pageFooter(language: ContractLanguage): Footer {
    const pattern = formatMessage(WORD_MESSAGES, language, 'footer.page', { page: '\uE000', pages: '\uE001' });
    const children = pattern
        .split(/(\uE000|\uE001)/)
        .filter((part) => part !== '')
        .map((part) => (part === '\uE000' ? PageNumber.CURRENT : part === '\uE001' ? PageNumber.TOTAL_PAGES : part));
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 18 })] })] });
}

/**
 * The two texts side by side, clause by clause. Both trees come from the same section builders, so
 * they have the same shape: block n of a section in one language is block n in the other.
 *
 * A row holding a heading, clause, paragraph or list in both languages is never split across pages,
 * as a clause of the one-language edition is kept whole: a row split at a page break puts the first
 * lines of both languages on one page and the rest on the next, and neither text reads in order.
 * The title row does not repeat on each page (no header row: see `wordTable` on LibreOffice's
 * fault with unsplittable rows under a repeated one).
 */
function bilingualBody(left: ContractEdition, right: ContractEdition): WordBlock[] {
    const pair = (a: WordBlock[], b: WordBlock[], whole = true) => row(a, b, whole);
    const rows: TableRow[] = [
        pair([titleParagraph(left.contract, BILINGUAL_TITLE_STYLE.id)], [titleParagraph(right.contract, BILINGUAL_TITLE_STYLE.id)]),
        pair(cover(left), cover(right), false),
        pair(fieldParagraphs(left.contract), fieldParagraphs(right.contract)),
        ...left.contract.preamble.map((block, index) => pair(wordBlock(block), wordBlock(right.contract.preamble[index]))),
    ];
    left.contract.sections.forEach((section, s) => {
        const other = right.contract.sections[s];
        rows.push(pair([sectionHeading(section)], [sectionHeading(other)]));
        section.blocks.forEach((block, b) =>
            // A table is too wide for half a page: the two tables follow each other across both columns.
            rows.push(
                block.kind === 'table'
                    ? spanning([...wordBlock(block), ...wordBlock(other.blocks[b])])
                    : pair(wordBlock(block), wordBlock(other.blocks[b])),
            ),
        );
    });
    const closing = (language: ContractLanguage) => {
        const { heading, clause } = governingClause(language, left.language, right.language);
        return [
            new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(heading)] }),
            new Paragraph({ children: [new TextRun(clause)] }),
        ];
    };
    rows.push(pair(closing(left.language), closing(right.language)));
    return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })];
}

function spanning(children: WordBlock[]): TableRow {
    return new TableRow({ children: [new TableCell({ columnSpan: 2, width: { size: 100, type: WidthType.PERCENTAGE }, children })] });
}

function row(left: WordBlock[], right: WordBlock[], whole: boolean): TableRow {
    const cell = (children: WordBlock[]) =>
        new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: children.length > 0 ? children : [new Paragraph({ children: [] })],
        });
    return new TableRow({ ...(whole ? { cantSplit: true } : {}), children: [cell(left), cell(right)] });
}
