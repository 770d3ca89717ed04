/**
 * The cover block that opens the Word edition, in the manner of Common Paper's cover page: the
 * agreement's key variables in one table (parties, effective date, term, covered services), then
 * each tier with its fee and availability commitment. Every value comes from the source, worded by
 * the contract's catalog; a tier without a fee or an availability shows a dash.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ContractDocument, Field, Inline } from '../contract/types.js';
import { catalogFor } from '../contract/messages/index.js';
import { plainText, Wording } from '../contract/wording.js';
import type { SlaJson } from '../json-types.js';
import type { ContractLanguage } from '../locale/languages.js';
import { formatMessage } from '../locale/messages.js';
import { WORD_MESSAGES, type WordMessageKey } from '../locale/word-catalog.js';

const FIELD_LABELS: Readonly<Record<Field['name'], WordMessageKey>> = {
    provider: 'cover.provider',
    customer: 'cover.customer',
    effective: 'cover.effective',
    term: 'cover.term',
    scope: 'cover.scope',
};

export function coverBlock(
    contract: ContractDocument,
    sla: SlaJson,
    language: ContractLanguage,
    percent: (value: number) => string,
): Array<Paragraph | Table> {
    const say = (key: WordMessageKey, values?: Record<string, string>) => formatMessage(WORD_MESSAGES, language, key, values);
    const words = new Wording(catalogFor(language)!);
    const tiers = sla.tiers.map((tier) => [
        tier.name,
        tier.price ? say('cover.fee-per-month', { amount: words.money(tier.price.amount, sla.currency) }) : say('cover.none'),
        tier.availability ? words.percent(percent(tier.availability.percent)) : say('cover.none'),
    ]);
    const content: Array<Paragraph | Table> = [
        new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(say('cover.heading'))] }),
        grid(contract.fields.map((field) => [cell(say(FIELD_LABELS[field.name]), true), cell(plainText(field.value as Inline[]))])),
    ];
    if (tiers.length > 0)
        content.push(
            new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(say('cover.tiers'))] }),
            grid(
                [
                    [say('cover.tier'), say('cover.fee'), say('cover.availability')].map((label) => cell(label, true)),
                    ...tiers.map((row) => row.map((value) => cell(value))),
                ],
                true,
            ),
        );
    content.push(new Paragraph({ children: [], spacing: { after: 240 } }));
    return content;
}

function cell(text: string, bold = false): TableCell {
    return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function grid(rows: TableCell[][], header = false): Table {
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        // Kept on one page, as the contract's tables are (see `wordTable`).
        rows: rows.map(
            (children, index) =>
                new TableRow({ children, cantSplit: true, keepNext: index < rows.length - 1, tableHeader: header && index === 0 }),
        ),
    });
}
