import { downtimeBudget, formatDuration, formatPercent, periodNoun, type PeriodKind } from 'sla-language';

export interface BudgetOptions {
    period: PeriodKind;
    format: 'text' | 'json';
}

/**
 * A budget rounded to the second, except that a budget above zero but under half a second reads
 * `< 1s`: `0s` would say no downtime at all is allowed, as for 100% (99.99999% allows 0.26 s a month).
 */
function shown(seconds: number): string {
    return seconds > 0 && seconds < 0.5 ? '< 1s' : formatDuration(seconds);
}

/** `sla budget 99.95%`: the downtime budget table of §7.1. */
export function budget(availability: number, options: BudgetOptions): number {
    const result = downtimeBudget(availability, options.period);
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify({ ...result, period: options.period }, null, 2) + '\n');
        return 0;
    }
    const noun = periodNoun(options.period);
    const { perPeriod } = result;
    const nines = Number.isFinite(result.nines) ? `${result.nines} nines` : 'no downtime at all';
    const rows: Array<[string, string, string?]> = [
        ['per day', shown(result.perDay)],
        ['per week', shown(result.perWeek)],
        [
            `per ${noun} (${perPeriod.referenceDays} days)`,
            shown(perPeriod.reference),
            perPeriod.minDays === perPeriod.maxDays
                ? undefined
                : `${perPeriod.minDays}–${perPeriod.maxDays} days: ${shown(perPeriod.min)} – ${shown(perPeriod.max)}`,
        ],
    ];
    if (options.period !== 'yearly') rows.push(['per year (365 days)', shown(result.perYear)]);
    const labelWidth = Math.max(...rows.map(([label]) => label.length));
    const valueWidth = Math.max(...rows.map(([, value]) => value.length));
    const lines = [`Downtime budget for ${formatPercent(availability)} availability (${nines}), measured ${options.period}:`];
    for (const [label, value, note] of rows) {
        lines.push(`  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}${note ? `   (${note})` : ''}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
}
