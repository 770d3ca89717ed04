/** `sla report --format json`: every figure of the statement, keys in a fixed order, seconds to the millisecond. */
import { formatMoney } from '../../domain/money.js';
import type { CreditReport, PeriodAccount, TierLine } from '../credit-report.js';
import { budgetMs, seconds } from './figures.js';
import type { StatementSource } from './statement-header.js';

function msRecord(record: Record<string, number>): Record<string, number> {
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, seconds(v)]));
}

function accountJson(account: PeriodAccount): Record<string, unknown> {
    return {
        service: account.service ?? null,
        periodSeconds: seconds(account.periodMs),
        downtimeSeconds: seconds(account.downtimeMs),
        excludedSeconds: msRecord(account.excludedMs),
        maintenanceCountedSeconds: {
            outsideWindow: seconds(account.maintenanceOutsideWindowMs),
            beyondAllowance: seconds(account.maintenanceBeyondAllowanceMs),
            included: seconds(account.maintenanceIncludedMs),
        },
        notExcludedSeconds: msRecord(account.notExcludedMs),
        missingDataSeconds: seconds(account.missingMs),
    };
}

function lineJson(line: TierLine, currency: string): Record<string, unknown> {
    const budget = budgetMs(line);
    return {
        tier: line.tier,
        service: line.service ?? null,
        commitment: line.commitment,
        attainment: Number(line.attainmentText.slice(0, -1)),
        attainmentExact: `${line.attainment.num}/${line.attainment.den}`,
        outcome: line.outcome,
        bracket: line.bracket ? { credit: line.bracket.credit, description: line.bracketWords } : null,
        bracketCredit: line.bracketCredit,
        credit: line.credit,
        capped: line.capped,
        cap: line.cap ?? null,
        monthlyPrice: line.monthlyPrice ?? null,
        amount: line.amount ?? null,
        amountText: line.amount === undefined ? null : formatMoney(line.amount, currency),
        notes: line.notes,
        claimBy: line.claimBy ?? null,
        budgetSeconds: seconds(budget),
        budgetUsedSeconds: seconds(line.downtimeMs),
        budgetLeftSeconds: seconds(budget - line.downtimeMs),
    };
}

/** The statement's figures, without the sources: equal for the same month whatever the data came from. */
export function reportFiguresJson(report: CreditReport): Record<string, unknown> {
    return {
        agreement: report.agreement,
        zone: report.zone,
        period: report.periodKind,
        currency: report.currency,
        breach: report.breach,
        periods: report.periods.map((period) => ({
            key: period.key,
            label: period.label,
            firstDay: period.firstDay,
            lastDay: period.lastDay,
            services: report.accounts
                .filter((a) => a.period.key === period.key)
                .map((account) => ({
                    ...accountJson(account),
                    tiers: report.lines
                        .filter((l) => l.period.key === period.key && l.service === account.service)
                        .map((l) => lineJson(l, report.currency)),
                })),
            totals: report.totals
                .filter((t) => t.period.key === period.key)
                .map((t) => ({ tier: t.tier, credit: t.credit, capped: t.capped, amount: t.amount ?? null, notes: t.notes })),
        })),
        defaults: report.defaults,
    };
}

export function reportJson(report: CreditReport, source: StatementSource): string {
    const json = {
        source: { file: source.fileName, sha256: source.sha256 },
        inputs: report.sources,
        assumptions: report.assumptions,
        ...reportFiguresJson(report),
    };
    return JSON.stringify(json, null, 2) + '\n';
}
