/** How the statement writes its figures, one home for every renderer: durations, seconds, shares of a budget. */
import { formatMoney } from '../../domain/money.js';
import { formatDuration } from '../../domain/duration.js';
import { rationalToNumber } from '../../domain/exact.js';
import { formatPercent } from '../../domain/interval.js';
import type { TierLine } from '../credit-report.js';

/** Milliseconds as seconds, to the millisecond: `8100`, `2419.2`. */
export function seconds(ms: number): number {
    return Math.round(ms) / 1000;
}

/** `2h 15m`, `-1h 34m 41s`, rounded to the second. */
export function duration(ms: number): string {
    return formatDuration(ms / 1000);
}

/** `8,100 s`, `2,419.2 s`: grouped for reading. */
export function secondsText(ms: number): string {
    return `${seconds(ms).toLocaleString('en-US', { maximumFractionDigits: 3 })} s`;
}

export function budgetMs(line: TierLine): number {
    return rationalToNumber(line.budgetMs);
}

/** Share of the error budget used, one decimal: `334.8%`; `—` for a budget of zero (100%). */
export function budgetUsedText(line: TierLine): string {
    const budget = budgetMs(line);
    if (budget === 0) return line.downtimeMs > 0 ? 'all (the budget is zero)' : '0%';
    return `${((line.downtimeMs / budget) * 100).toFixed(1)}%`;
}

export function money(amount: number | undefined, currency: string): string {
    return amount === undefined ? 'no price' : formatMoney(amount, currency);
}

export { formatPercent };
