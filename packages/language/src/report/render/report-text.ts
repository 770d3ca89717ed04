/** `sla report` (text): the statement for a terminal, the same rows as the Markdown. */
import type { CreditReport } from '../credit-report.js';
import { formatPercent, money } from './figures.js';
import { accountRows, lineTitle, tierRows, type Row } from './statement-rows.js';
import type { StatementSource } from './statement-header.js';

function printRows(rows: Row[], indent: string): string[] {
    const width = Math.max(...rows.map((r) => r.label.length));
    return rows.map((r) => `${indent}${(r.label + ':').padEnd(width + 2)}${r.value}${r.how ? `  (${r.how})` : ''}`);
}

export function reportText(report: CreditReport, source: StatementSource): string {
    const out: string[] = [
        `Credit report: ${report.agreement}`,
        `Source: ${source.fileName} (SHA-256 ${source.sha256})`,
        `Periods: ${report.periodKind} in ${report.zone}; data: ${report.sources.join('; ') || 'none'}`,
    ];
    for (const period of report.periods) {
        out.push('', `${period.label} (${period.firstDay} to ${period.lastDay})`);
        for (const account of report.accounts.filter((a) => a.period.key === period.key)) {
            if (account.service !== undefined) out.push(`  Service ${account.service}`);
            out.push(...printRows(accountRows(account), '    '));
            for (const line of report.lines.filter((l) => l.period.key === period.key && l.service === account.service)) {
                out.push(`  ${lineTitle(line.tier, line.service)}`, ...printRows(tierRows(line, report), '    '));
            }
        }
        const multiService = report.accounts.length > report.periods.length;
        for (const total of report.totals.filter((t) => t.period.key === period.key && (multiService || t.notes.length > 0))) {
            out.push(
                `  Tier ${total.tier} in total: ${formatPercent(total.credit)}${total.capped ? ' (capped)' : ''}, ${money(total.amount, report.currency)}${total.notes.length > 0 ? `  (${total.notes.join('; ')})` : ''}`,
            );
        }
    }
    out.push('', `Outcome: ${report.breach ? 'a commitment was missed' : 'every commitment was met'}`);
    if (report.defaults.length > 0) out.push('', 'Defaults used:', ...report.defaults.map((d) => `  - ${d}`));
    if (report.assumptions.length > 0) out.push('', 'Assumptions:', ...report.assumptions.map((a) => `  - ${a}`));
    return out.join('\n') + '\n';
}
