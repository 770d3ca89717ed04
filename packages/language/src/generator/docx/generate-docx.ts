/**
 * The contract as a Word document (`sla build --format docx`): the cover block, then the contract
 * text laid out from the same document tree the Markdown prints, page numbers in the footer, and the
 * title and subject in the document properties. One language, or two side by side (the bilingual
 * edition, `en,id`: a two-column table, one row per heading, clause or table, and a closing clause
 * naming the first language as the one that prevails).
 */
import type { RootContent } from 'mdast';
import {
    AlignmentType,
    Document,
    Footer,
    HeadingLevel,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
    type FileChild,
} from 'docx';
import type { SlaJson } from '../json-types.js';
import { LANGUAGE_NAMES, LOCALE_TAGS, type ContractLanguage } from '../locale/languages.js';
import { formatMessage } from '../locale/messages.js';
import { WORD_MESSAGES, type WordMessageKey } from '../locale/word-catalog.js';
import { coverBlock } from './cover-block.js';
import { DOCX_MARKER_PROPERTY, DOCX_MARKER_VALUE, packDocx } from './docx-package.js';
import { wordBlocks } from './mdast-to-word.js';

/** One language's contract: its facts, its document tree and how it writes the author's percentages. */
export interface ContractEdition {
    language: ContractLanguage;
    sla: SlaJson;
    content: readonly RootContent[];
    percent: (value: number) => string;
}

export async function generateDocx(editions: readonly ContractEdition[]): Promise<Uint8Array> {
    const [first] = editions;
    if (first === undefined || editions.length > 2) throw new RangeError('A Word document has one or two languages');
    const say = (key: WordMessageKey, values?: Record<string, string>) => formatMessage(WORD_MESSAGES, first.language, key, values);
    const title = say('properties.title', { title: first.sla.title.trim() });
    const body: FileChild[] =
        editions.length === 1
            ? [
                  ...wordBlocks(first.content.slice(0, 1)),
                  ...coverBlock(first.sla, first.language, first.percent),
                  ...wordBlocks(first.content.slice(1)),
              ]
            : bilingualBody(editions[0], editions[1]);
    const document = new Document({
        title,
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
                        font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' },
                        language: { value: LOCALE_TAGS[first.language], eastAsia: LOCALE_TAGS.zh },
                    },
                },
            },
        },
        sections: [
            {
                properties: { page: { pageNumbers: { start: 1 } } },
                footers: { default: pageFooter(first.language) },
                children: body,
            },
        ],
    });
    return packDocx(document);
}

/** `Page 2 of 7` in the language, the numbers as Word fields so they follow the layout. */
function pageFooter(language: ContractLanguage): Footer {
    const pattern = formatMessage(WORD_MESSAGES, language, 'footer.page', { page: '\u0000', pages: '\u0001' });
    const children = pattern
        .split(/(\u0000|\u0001)/)
        .filter((part) => part !== '')
        .map((part) => (part === '\u0000' ? PageNumber.CURRENT : part === '\u0001' ? PageNumber.TOTAL_PAGES : part));
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 18 })] })] });
}

/**
 * The two texts side by side, clause by clause. Both trees come from the same section builders, so
 * block n of one language is block n of the other; the governing-language clause closes both.
 */
function bilingualBody(left: ContractEdition, right: ContractEdition): FileChild[] {
    const count = Math.max(left.content.length, right.content.length);
    const rows: TableRow[] = [
        row(
            [new Paragraph({ children: [new TextRun({ text: LANGUAGE_NAMES[left.language][left.language], bold: true })] })],
            [new Paragraph({ children: [new TextRun({ text: LANGUAGE_NAMES[right.language][right.language], bold: true })] })],
            true,
        ),
        row(coverBlock(left.sla, left.language, left.percent), coverBlock(right.sla, right.language, right.percent)),
    ];
    for (let index = 0; index < count; index++)
        rows.push(row(wordBlocks(left.content.slice(index, index + 1)), wordBlocks(right.content.slice(index, index + 1))));
    rows.push(
        row(
            ...([left, right].map((edition) => governingClause(edition.language, left.language, right.language)) as [
                FileChild[],
                FileChild[],
            ]),
        ),
    );
    return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })];
}

function row(left: FileChild[], right: FileChild[], header = false): TableRow {
    const cell = (children: FileChild[]): TableCell =>
        new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: (children.length > 0 ? children : [new Paragraph({ children: [] })]) as Array<Paragraph | Table>,
        });
    return new TableRow({ tableHeader: header, children: [cell(left), cell(right)] });
}

/** The clause naming the governing language (the first of the pair), in the language of its column. */
export function governingText(
    language: ContractLanguage,
    governing: ContractLanguage,
    other: ContractLanguage,
): { heading: string; clause: string } {
    const names = LANGUAGE_NAMES[language];
    return {
        heading: formatMessage(WORD_MESSAGES, language, 'languages.heading'),
        clause: formatMessage(WORD_MESSAGES, language, 'languages.clause', {
            first: names[governing],
            second: names[other],
            governing: names[governing],
        }),
    };
}

function governingClause(language: ContractLanguage, governing: ContractLanguage, other: ContractLanguage): FileChild[] {
    const { heading, clause } = governingText(language, governing, other);
    return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }),
        new Paragraph({ children: [new TextRun(clause)] }),
    ];
}
