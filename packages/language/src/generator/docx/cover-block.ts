/**
 * The cover block that opens the Word edition, in the manner of Common Paper's cover page: the
 * agreement's key variables in one table (parties, effective date, term, covered services), then
 * each tier with its fee and availability commitment. Every value comes from the source; a tier
 * without a fee or an availability shows a dash.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { SlaJson } from '../json-types.js';
import { writtenDuration } from '../locale/durations.js';
import type { ContractLanguage } from '../locale/languages.js';
import { formatMessage } from '../locale/messages.js';
import { localDate, localMoney, localPercent } from '../locale/numbers.js';
import { WORD_MESSAGES, type WordMessageKey } from '../locale/word-catalog.js';

export function coverBlock(sla: SlaJson, language: ContractLanguage, percent: (value: number) => string): FileChild[] {
    const say = (key: WordMessageKey, values?: Record<string, string>) => formatMessage(WORD_MESSAGES, language, key, values);
    const terms: Array<[string, string]> = [[say('cover.provider'), sla.provider.trim()]];
    if (sla.customer !== null) terms.push([say('cover.customer'), sla.customer.trim()]);
    if (sla.effective !== null) terms.push([say('cover.effective'), localDate(language, sla.effective)]);
    if (sla.term !== null) terms.push([say('cover.term'), writtenDuration(language, sla.term.length, sla.term.unit)]);
    if (sla.scope !== null) terms.push([say('cover.scope'), sla.scope.trim()]);
    const tiers = sla.tiers.map((tier) => [
        tier.name,
        tier.price && sla.currency !== null
            ? say('cover.fee-per-month', { amount: localMoney(language, tier.price.amount, sla.currency) })
            : say('cover.none'),
        tier.availability ? localPercent(language, percent(tier.availability.percent)) : say('cover.none'),
    ]);
    const content: FileChild[] = [
        new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(say('cover.heading'))] }),
        grid(terms.map(([label, value]) => [cell(label, true), cell(value)])),
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
    // The contract itself starts on a page of its own.
    content.push(new Paragraph({ children: [], pageBreakBefore: false, spacing: { after: 240 } }));
    return content;
}

function cell(text: string, bold = false): TableCell {
    return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function grid(rows: TableCell[][], header = false): Table {
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map((children, index) => new TableRow({ children, cantSplit: true, tableHeader: header && index === 0 })),
    });
}
