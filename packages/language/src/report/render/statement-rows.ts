/**
 * The figures of a statement with the working that produced each, as plain rows: the text and
 * the Markdown renderers print the same rows, so the two cannot tell different stories.
 */
import { formatMoney } from '../../domain/money.js';
import { formatDurationLong } from '../../domain/duration.js';
import type { CreditReport, PeriodAccount, TierLine } from '../credit-report.js';
import { budgetMs, budgetUsedText, duration, formatPercent, money, secondsText } from './figures.js';

export interface Row {
    label: string;
    value: string;
    /** How the value was computed, in words and numbers; empty for a plain fact. */
    how: string;
}

const KIND_WORDS: Readonly<Record<string, string>> = { maintenance: 'scheduled maintenance within the window and allowance' };

export function accountRows(account: PeriodAccount): Row[] {
    const rows: Row[] = [
        {
            label: 'Period length',
            value: duration(account.periodMs),
            how:
                account.measuredDuring === undefined
                    ? `${account.period.firstDay} 00:00 to ${account.period.lastDay} 24:00 local time, ${secondsText(account.periodMs)}`
                    : `the hours of calendar ${account.measuredDuring} from ${account.period.firstDay} to ${account.period.lastDay}, ${secondsText(account.periodMs)}`,
        },
    ];
    for (const [kind, ms] of Object.entries(account.excludedMs)) {
        rows.push({ label: `Excluded: ${KIND_WORDS[kind] ?? kind}`, value: duration(ms), how: 'not downtime' });
    }
    if (account.maintenanceOutsideWindowMs > 0)
        rows.push({
            label: 'Maintenance outside the window',
            value: duration(account.maintenanceOutsideWindowMs),
            how: 'counted as downtime',
        });
    if (account.maintenanceBeyondAllowanceMs > 0)
        rows.push({
            label: 'Maintenance beyond the allowance',
            value: duration(account.maintenanceBeyondAllowanceMs),
            how: 'counted as downtime',
        });
    if (account.maintenanceIncludedMs > 0)
        rows.push({ label: 'Maintenance', value: duration(account.maintenanceIncludedMs), how: 'counted as downtime' });
    for (const [kind, ms] of Object.entries(account.notExcludedMs)) {
        rows.push({
            label: `Incidents of kind ${kind}`,
            value: duration(ms),
            how: 'counted as downtime: not an exclusion of the agreement',
        });
    }
    if (account.missingMs > 0)
        rows.push({ label: 'Missing data', value: duration(account.missingMs), how: `${account.missing.length} gap(s) in the samples` });
    rows.push({
        label: 'Downtime',
        value: duration(account.downtimeMs),
        how: `${secondsText(account.downtimeMs)} in ${account.downtime.length} stretch(es), overlaps counted once`,
    });
    return rows;
}

function bracketRow(line: TierLine): Row {
    if (line.outcome === 'met') return { label: 'Bracket', value: 'none', how: 'the commitment is met' };
    if (line.outcome === 'gap') return { label: 'Bracket', value: 'none', how: 'no bracket of the credit schedule covers this attainment' };
    return { label: 'Bracket', value: formatPercent(line.bracketCredit), how: line.bracketWords ?? '' };
}

export function tierRows(line: TierLine, report: CreditReport): Row[] {
    const period = secondsText(line.periodMs);
    const budget = budgetMs(line);
    const rows: Row[] = [
        {
            label: 'Attainment',
            value: line.attainmentText,
            how: `(${period} − ${secondsText(line.downtimeMs)}) ÷ ${period} × 100`,
        },
        {
            label: 'Commitment',
            value: formatPercent(line.commitment),
            how: line.outcome === 'met' ? 'met' : 'missed',
        },
        bracketRow(line),
        {
            label: 'Credit',
            value: `${formatPercent(line.credit)} of the monthly fee`,
            how: [
                line.capped
                    ? `the bracket's ${formatPercent(line.bracketCredit)}, capped at ${formatPercent(line.cap!)}`
                    : line.cap === undefined
                      ? 'no cap'
                      : `within the cap of ${formatPercent(line.cap)}`,
                ...line.notes,
            ].join('; then '),
        },
        {
            label: 'Amount',
            value: money(line.amount, report.currency),
            how:
                line.monthlyPrice === undefined
                    ? 'the tier has no price'
                    : `${formatPercent(line.credit)} × ${formatMoney(line.monthlyPrice, report.currency)}`,
        },
        {
            label: 'Claim by',
            value: line.claimBy ?? 'no claim window',
            how:
                report.claimWindowSeconds === undefined
                    ? 'the agreement sets no claim window'
                    : `${formatDurationLong(report.claimWindowSeconds)} after the period ends (${report.zone})`,
        },
        {
            label: 'Error budget',
            value: duration(budget),
            how: `(100% − ${formatPercent(line.commitment)}) × ${period} = ${secondsText(budget)}`,
        },
        { label: 'Budget used', value: `${duration(line.downtimeMs)} (${budgetUsedText(line)})`, how: 'the downtime' },
        { label: 'Budget left', value: duration(budget - line.downtimeMs), how: budget - line.downtimeMs < 0 ? 'overspent' : '' },
    ];
    return rows;
}

/** `Gold` or `Gold, service API`. */
export function lineTitle(tier: string, service: string | undefined): string {
    return service === undefined ? `Tier ${tier}` : `Tier ${tier}, service ${service}`;
}
