/**
 * Hovers with figures for the terms of language v2: what an error-rate share means in requests,
 * how many error-rate intervals a period holds, and how long a termination window runs.
 */
import { decimalString, divideRational, multiplyRational, rational, rationalFromNumber, rationalToNumber } from '../domain/exact.js';
import { formatDuration } from '../domain/duration.js';
import { periodDays, periodNoun, SECONDS_PER_DAY, type PeriodKind } from '../domain/period.js';

/** `0.1%` → "1 in 1,000 requests", `5%` → "1 in 20". */
function oneIn(percent: number): string | undefined {
    if (!(percent > 0 && percent <= 100)) return undefined;
    const n = rationalToNumber(divideRational(rational(100n), rationalFromNumber(percent)));
    return Number.isInteger(n) ? `1 in ${n.toLocaleString('en-US')} requests` : undefined;
}

/** An error-rate figure: a commitment, a bracket bound or the threshold of an interval. */
export function errorRateMarkdown(percent: number, written: string, subject: string): string {
    const heading = `**Error rate ${written}** — ${subject}`;
    if (!(percent >= 0 && percent <= 100)) return `${heading}\n\n${written} is not a share of requests: it must lie between 0% and 100%.`;
    const perMillion = rationalToNumber(multiplyRational(rationalFromNumber(percent), rational(10000n)));
    const ratio = oneIn(percent);
    return [heading, '', `${ratio ? `${ratio} failing; ` : ''}of 1,000,000 requests, ${decimalString(perMillion)} failing.`].join('\n');
}

/** `error-rate interval 5 min above 5%`: the intervals of one period, and what one bad interval costs. */
export function errorRateIntervalMarkdown(seconds: number, written: string, period: PeriodKind): string {
    const days = periodDays(period);
    const count = Math.floor((days * SECONDS_PER_DAY) / seconds);
    return [
        `**Error-rate intervals of ${written}**`,
        '',
        `${count.toLocaleString('en-US')} intervals in a ${days}-day ${periodNoun(period)}; each interval above the threshold counts as ${formatDuration(seconds)} of downtime.`,
    ].join('\n');
}
