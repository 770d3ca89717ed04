/** `sla report --format csv`: one row per period, service and tier, for a spreadsheet. */
import { currencyMinorUnits } from '../../domain/money.js';
import type { CreditReport } from '../credit-report.js';
import { budgetMs, seconds } from './figures.js';

const HEADER = [
    'period',
    'first_day',
    'last_day',
    'service',
    'tier',
    'period_seconds',
    'downtime_seconds',
    'attainment_percent',
    'commitment_percent',
    'outcome',
    'bracket_credit_percent',
    'credit_percent',
    'capped',
    'amount',
    'currency',
    'claim_by',
    'budget_seconds',
    'budget_left_seconds',
];

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
function field(value: string | number | boolean | undefined): string {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: CreditReport): string {
    const rows = report.lines.map((l) =>
        [
            l.period.key,
            l.period.firstDay,
            l.period.lastDay,
            l.service,
            l.tier,
            seconds(l.periodMs),
            seconds(l.downtimeMs),
            l.attainmentText.slice(0, -1),
            l.commitment,
            l.outcome,
            l.bracketCredit,
            l.credit,
            l.capped,
            l.amount?.toFixed(currencyMinorUnits(report.currency)),
            report.currency,
            l.claimBy,
            seconds(budgetMs(l)),
            seconds(budgetMs(l) - l.downtimeMs),
        ]
            .map(field)
            .join(','),
    );
    return [HEADER.join(','), ...rows].join('\n') + '\n';
}
