/**
 * The credit statement in Markdown, for a finance team to file: the agreement and the SHA-256 of
 * its source, the periods, a summary table, and per period where the time went, each tier's
 * figures with how they were computed, and the chart of the error budget burned day by day
 * (an SVG embedded as a `data:` image, so the file stands alone). Built as an mdast tree and
 * printed, like the contract text, so no name from the agreement can break the Markdown.
 */
import type { Image, InlineCode, RootContent } from 'mdast';
import { bulletList, heading, paragraph, printMarkdown, strong, table } from '../../generator/markdown/mdast.js';
import type { CreditReport } from '../credit-report.js';
import { burnChartSvg, svgDataUrl } from './burn-chart-svg.js';
import { formatPercent, money } from './figures.js';
import { accountRows, lineTitle, tierRows, type Row } from './statement-rows.js';
import type { StatementSource } from './statement-header.js';

const code = (value: string): InlineCode => ({ type: 'inlineCode', value });

function rowsTable(rows: Row[]) {
    return table(
        ['', 'Figure', 'How it was computed'],
        rows.map((r) => [r.label, r.value, r.how]),
    );
}

function summary(report: CreditReport): RootContent {
    const withService = report.lines.some((l) => l.service !== undefined);
    return table(
        ['Period', 'Tier', ...(withService ? ['Service'] : []), 'Attainment', 'Commitment', 'Outcome', 'Credit', 'Amount', 'Claim by'],
        report.lines.map((l) => [
            l.period.label,
            l.tier,
            ...(withService ? [l.service ?? ''] : []),
            l.attainmentText,
            formatPercent(l.commitment),
            l.outcome === 'met' ? 'met' : 'missed',
            formatPercent(l.credit),
            money(l.amount, report.currency),
            l.claimBy ?? '—',
        ]),
    );
}

/** The statement without its header: equal for the same month whatever source the data came from. */
export function statementBody(report: CreditReport): RootContent[] {
    const body: RootContent[] = [heading(2, 'Summary'), summary(report)];
    const multiService = report.accounts.length > report.periods.length;
    const adjusted = report.totals.some((t) => t.notes.length > 0);
    if (multiService || adjusted) {
        body.push(
            paragraph(
                multiService
                    ? 'Per tier and period, the services’ credits added up and capped once:'
                    : 'Per tier and period, the credit paid after the minimum credit and the cap per year:',
            ),
            table(
                ['Period', 'Tier', 'Credit', 'Amount', ...(adjusted ? ['How it was computed'] : [])],
                report.totals.map((t) => [
                    t.period.label,
                    t.tier,
                    `${formatPercent(t.credit)}${t.capped ? ' (capped)' : ''}`,
                    money(t.amount, report.currency),
                    ...(adjusted ? [t.notes.join('; ')] : []),
                ]),
            ),
        );
    }
    for (const period of report.periods) {
        body.push(heading(2, `${period.label}`), paragraph(`From ${period.firstDay} to ${period.lastDay}, ${report.zone}.`));
        for (const account of report.accounts.filter((a) => a.period.key === period.key)) {
            const lines = report.lines.filter((l) => l.period.key === period.key && l.service === account.service);
            body.push(
                heading(3, account.service === undefined ? 'Downtime' : `Service ${account.service}: downtime`),
                rowsTable(accountRows(account)),
            );
            for (const line of lines) body.push(heading(3, lineTitle(line.tier, line.service)), rowsTable(tierRows(line, report)));
            const title = `Error budget burned, ${period.label}${account.service === undefined ? '' : `, ${account.service}`}`;
            const svg = burnChartSvg(
                title,
                account.days.map((d) => d.date),
                lines.map((l) => ({ name: l.tier, values: l.burnByDay })),
            );
            const image: Image = { type: 'image', url: svgDataUrl(svg), alt: title };
            body.push(paragraph(image));
        }
    }
    body.push(heading(2, 'Rules applied'));
    body.push(
        paragraph(
            report.breach
                ? strong('A commitment was missed in the reported periods.')
                : 'Every commitment was met in the reported periods.',
        ),
    );
    if (report.defaults.length > 0)
        body.push(paragraph('Where the agreement is silent, these defaults were used:'), bulletList(report.defaults.map((d) => [d])));
    return body;
}

export function reportMarkdown(report: CreditReport, source: StatementSource): string {
    const first = report.periods[0];
    const last = report.periods[report.periods.length - 1];
    const header: RootContent[] = [
        heading(1, `Service credit statement: ${report.agreement}`),
        table(
            ['', ''],
            [
                ['Agreement', report.agreement],
                ['Source', [code(source.fileName), ', SHA-256 ', code(source.sha256)]],
                [
                    'Period',
                    `${first.firstDay} to ${last.lastDay} (${report.periods.length} ${report.periodKind} period${report.periods.length === 1 ? '' : 's'}, ${report.zone})`,
                ],
                ['Data', report.sources.join('; ') || 'none'],
                [
                    'Credits owed',
                    report.totals.map((t) => `${t.tier} ${period(t.period.label)}${money(t.amount, report.currency)}`).join('; '),
                ],
            ],
        ),
    ];
    const assumptions: RootContent[] =
        report.assumptions.length === 0 ? [] : [heading(2, 'Assumptions'), bulletList(report.assumptions.map((a) => [a]))];
    return printMarkdown([...header, ...statementBody(report), ...assumptions]);

    function period(label: string): string {
        return report.periods.length === 1 ? '' : `(${label}) `;
    }
}
