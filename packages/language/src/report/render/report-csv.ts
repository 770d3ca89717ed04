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
    // What the tier is paid for the period: its services' credits added up and capped, after the
    // minimum credit and the cap per year (the same on each service's row of the tier).
    'tier_credit_percent',
    'tier_amount',
    // The working: of the service's own cap per year on this row's credit and amount, and of the
    // minimum credit and the caps per year on the tier's.
    'notes',
    'tier_notes',
];

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
function field(value: string | number | boolean | undefined): string {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: CreditReport): string {
    const rows = report.lines.map((l) => {
        const total = report.totals.find((t) => t.tier === l.tier && t.period.key === l.period.key);
        return [
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
            total?.credit,
            total?.amount?.toFixed(currencyMinorUnits(report.currency)),
            l.notes.join('; '),
            total?.notes.join('; '),
        ]
            .map(field)
            .join(',');
    });
    return [HEADER.join(','), ...rows].join('\n') + '\n';
}
