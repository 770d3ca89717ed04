/**
 * The Markdown of the SLA hovers (§7.1): downtime budgets of availability figures, what
 * triggers a credit bracket and what it pays, a tier's effective commitments, a severity's targets,
 * a duration in plain units. Pure functions of the AST; the hover provider only finds the node.
 */
import { creditText } from '../validation/quick-fix-data.js';
import type { Agreement, Bracket, Cap, Duration, Severity, Tier } from '../generated/ast.js';
import { durationInWords, formatDuration, formatDurationLong, isAmbiguousUnit } from '../domain/duration.js';
import { allowedDowntime, downtimeBudget } from '../domain/downtime.js';
import { creditAmount } from '../domain/credit.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, isEmpty, type Interval } from '../domain/interval.js';
import { describeIntervalInWords } from '../domain/bracket-wording.js';
import { periodDays, periodNoun, SECONDS_PER_DAY, type PeriodKind } from '../domain/period.js';
import { effectiveTier, effectiveTiers } from '../model/effective-tiers.js';
import { tierOf } from '../model/owners.js';
import { agreementOf } from '../model/schedules.js';
import { agreementPeriod, bracketInterval, creditCap, durationSeconds, percentFormatter } from '../model/values.js';
import { creditsSummary, durationText, escapeMarkdown, moneyText, priceText, responseText, supportText } from './clause-text.js';
import { scheduleUsers, type ScheduleUser } from './schedule-users.js';
import { allSeverities } from '../model/severities.js';

/** Percentages as the document writes them; `?` for one still being typed. */
function percentText(agreement: Agreement): (value: number | undefined) => string {
    const format = percentFormatter(agreement);
    return (value) => (value !== undefined && Number.isFinite(value) ? format(value) : '?');
}

function currencyOf(agreement: Agreement): string | undefined {
    return agreement.currencies[0]?.code;
}

export function ninesText(nines: number): string {
    if (nines === Infinity) return 'no downtime allowed at all';
    return `${nines} nine${nines === 1 ? '' : 's'}`;
}

/** `≈ 43m 12s / month`: the inlay hint after an availability figure. */
export function budgetHint(availability: number, period: PeriodKind): string | undefined {
    if (!isValidAvailability(availability)) return undefined;
    return `≈ ${formatDuration(downtimeBudget(availability, period).perPeriod.reference)} / ${periodNoun(period)}`;
}

export function isValidAvailability(value: number | undefined): value is number {
    return value !== undefined && Number.isFinite(value) && value >= 0 && value <= 100;
}

/**
 * The downtime budget of an availability figure per day, week, measurement period (reference
 * length and the range of real calendar periods) and year, and its number of nines.
 */
export function availabilityMarkdown(value: number, written: string, period: PeriodKind, subject: string): string {
    const heading = `**Availability ${written}** — ${subject}`;
    if (!isValidAvailability(value)) {
        return `${heading}\n\n${written} is not an availability: it must lie between 0% and 100%.`;
    }
    const budget = downtimeBudget(value, period);
    const noun = periodNoun(period);
    const { reference, min, max, referenceDays, minDays, maxDays } = budget.perPeriod;
    const lines = [
        `${heading} (${ninesText(budget.nines)})`,
        '',
        'Allowed downtime:',
        '',
        `- per day: ${formatDuration(budget.perDay)}`,
        `- per week: ${formatDuration(budget.perWeek)}`,
    ];
    if (period === 'yearly') {
        lines.push(
            `- per year (the measurement period): **${formatDuration(reference)}** in a ${referenceDays}-day year, ${formatDuration(max)} in a ${maxDays}-day leap year`,
        );
    } else {
        lines.push(
            `- per ${noun} (the measurement period): **${formatDuration(reference)}** in a ${referenceDays}-day ${noun}; ` +
                `${formatDuration(min)} (${minDays} days) to ${formatDuration(max)} (${maxDays} days)`,
            `- per year: ${formatDuration(budget.perYear)} in a 365-day year`,
        );
    }
    return lines.join('\n');
}

interface DowntimeEnd {
    seconds: number;
    inclusive: boolean;
}

/**
 * The downtime that an availability interval amounts to in a period: availability below X is
 * downtime above (1 − X) × period, so the ends swap and keep their inclusiveness.
 */
function downtimeRange(interval: Interval, periodSeconds: number): { lower?: DowntimeEnd; upper?: DowntimeEnd } {
    const lower =
        interval.max >= 100 && (interval.maxInclusive || interval.max > 100)
            ? undefined
            : { seconds: allowedDowntime(Math.max(0, interval.max), periodSeconds), inclusive: interval.maxInclusive };
    const upper =
        interval.min <= 0 && (interval.minInclusive || interval.min < 0)
            ? undefined
            : { seconds: allowedDowntime(Math.min(100, interval.min), periodSeconds), inclusive: interval.minInclusive };
    return { lower, upper };
}

export function downtimeRangeText(interval: Interval, period: PeriodKind): string {
    const days = periodDays(period);
    const { lower, upper } = downtimeRange(interval, days * SECONDS_PER_DAY);
    const inPeriod = `of downtime in a ${days}-day ${periodNoun(period)}`;
    const low = lower && `${lower.inclusive ? 'at least' : 'more than'} ${formatDuration(lower.seconds)}`;
    const high = upper && `${upper.inclusive ? 'at most' : 'less than'} ${formatDuration(upper.seconds)}`;
    if (lower && upper) {
        return `between ${formatDuration(lower.seconds)} and ${formatDuration(upper.seconds)} ${inPeriod} (${low}, ${high})`;
    }
    if (low) return `${low} ${inPeriod}`;
    if (high) return `${high} ${inPeriod}`;
    return `any amount ${inPeriod}`;
}

function userLabel(user: ScheduleUser, owner: Tier, currency: string | undefined): string {
    const notes: string[] = [];
    if (user.price) {
        notes.push(`${moneyText(user.price.amount, currency)} per month`);
        if (user.price.from !== user.tier.name) notes.push(`price from ${user.price.from}`);
    }
    if (user.tier.node !== owner) notes.push(`inherits this schedule from ${owner.name ?? '?'}`);
    return `${user.tier.name ?? '?'}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** One line per tier that pays by the schedule: the amount of `credit`% after the cap. */
function amountLines(users: ScheduleUser[], owner: Tier, credit: number, cap: number | undefined, currency: string | undefined): string[] {
    const paid = cap !== undefined && credit > cap ? cap : credit;
    const capNote = paid !== credit ? ` — ${paid}%, the cap, not ${credit}%` : '';
    return users.map((user) => {
        const label = userLabel(user, owner, currency);
        if (!user.price) return `- ${label}: no price, so no amount`;
        return `- ${label}: **${moneyText(creditAmount(user.price.amount, paid, currency), currency)}**${capNote}`;
    });
}

/** What triggers the bracket in a reference period, and what it pays each tier that uses it. */
export function bracketMarkdown(bracket: Bracket): string {
    const credits = bracket.$container;
    const owner = tierOf(credits)!;
    const agreement = agreementOf(credits);
    const format = percentText(agreement);
    const interval = bracketInterval(bracket);
    const latency = bracket.metric?.kind === 'latency';
    const percentile = bracket.metric?.$type === 'LatencyMetric' ? bracket.metric.percentile : undefined;
    const metric = latency ? `${percentile ?? '?'} latency` : (bracket.metric?.kind ?? 'availability');
    const credit = creditText(bracket);
    const lines: string[] = [];
    if (bracket.metric?.$type === 'MissedResponse') {
        return `**Credit ${credit}** for each response later than the tier's target for severity ${bracket.metric.severity?.$refText ?? '?'}.`;
    }
    if (isEmpty(interval)) {
        lines.push(`**Credit ${credit}** — its bounds admit no ${metric}: this bracket never applies.`);
        return lines.join('\n');
    }
    const words = latency
        ? describeIntervalInWords(interval, (v) => formatDurationLong(v), LATENCY_DOMAIN)
        : describeIntervalInWords(interval, format, AVAILABILITY_DOMAIN);
    const share = bracket.amount !== undefined ? '' : bracket.fee === 'annual' ? '' : ' of the monthly fee';
    lines.push(`**Credit ${credit}**${share} when ${metric} is ${words}`, '');
    if (metric === 'availability') {
        lines.push(`Paid for ${downtimeRangeText(interval, agreementPeriod(agreement))}.`, '');
    }
    const users = scheduleUsers(credits);
    if (users.length > 0 && bracket.credit !== undefined && bracket.fee !== 'annual' && Number.isFinite(bracket.credit)) {
        lines.push('Amount per period:', '', ...amountLines(users, owner, bracket.credit, creditCap(credits), currencyOf(agreement)));
    }
    return lines.join('\n').trimEnd();
}

/** The most one period can earn, as an amount for every tier that pays by the schedule. */
export function capMarkdown(cap: Cap): string {
    const credits = cap.$container;
    const owner = tierOf(credits)!;
    const agreement = agreementOf(credits);
    if (cap.value === undefined || cap.fee === 'annual' || cap.per === 'year') {
        const written = cap.$cstNode?.text.replace(/^cap\s+/, '') ?? '';
        return `**Cap ${written}** — no ${cap.per === 'year' ? 'year' : 'period'} earns more credit than this.`;
    }
    const written = percentText(agreement)(cap.value);
    const lines = [`**Cap ${written}** of the monthly fee — no period earns more credit than this.`];
    const users = scheduleUsers(credits);
    if (users.length > 0 && Number.isFinite(cap.value)) {
        lines.push('', 'At most, per period:', '', ...amountLines(users, owner, cap.value, undefined, currencyOf(agreement)));
    }
    return lines.join('\n');
}

function inherited(from: string, tier: string): string {
    return from === tier ? '' : ` _(from ${from})_`;
}

/** A tier's effective commitments, each inherited one marked with the tier it comes from. */
export function tierMarkdown(tier: Tier): string {
    const agreement = tier.$container;
    const effective = effectiveTier(tier);
    const parentName = tier.parent?.$refText;
    let heading = `**Tier ${tier.name ?? '?'}**`;
    if (effective?.inCycle) {
        heading += ` — extends ${parentName ?? '?'}, on an inheritance cycle: only its own clauses count`;
    } else if (effective && effective.inheritsFrom.length > 0) {
        const [first, ...rest] = effective.inheritsFrom;
        heading += ` — extends ${first}${rest.map((name) => `, which extends ${name}`).join('')}`;
    } else if (parentName) {
        heading += ` — extends ${parentName}, which is not a tier of this agreement`;
    }
    if (!effective || effective.node !== tier) {
        return `${heading}\n\nAnother tier of this name comes first; this one is not used.`;
    }
    const currency = currencyOf(agreement);
    const period = agreementPeriod(agreement);
    const { clauses, responses } = effective;
    const lines = [heading, '', 'Effective commitments:', ''];
    lines.push(
        clauses.price ? `- price: ${priceText(clauses.price.value, currency)}${inherited(clauses.price.from, tier.name)}` : '- price: none',
    );
    if (clauses.availability) {
        const value = clauses.availability.value.value;
        const hint = budgetHint(value, period);
        lines.push(
            `- availability: ${percentText(agreement)(value)}${hint ? ` (${hint})` : ''}${inherited(clauses.availability.from, tier.name)}`,
        );
    } else {
        lines.push('- availability: none');
    }
    for (const [key, sourced] of Object.entries(clauses)) {
        if (key.startsWith('latency ') && sourced && sourced.value.$type === 'Latency') {
            lines.push(
                `- latency ${sourced.value.percentile ?? '?'}: ${durationText(sourced.value.target)}${inherited(sourced.from, tier.name)}`,
            );
        }
    }
    lines.push(
        clauses.support
            ? `- support: ${supportText(clauses.support.value)}${inherited(clauses.support.from, tier.name)}`
            : '- support: none',
    );
    for (const name of orderedSeverityNames(agreement, Object.keys(responses))) {
        const sourced = responses[name];
        lines.push(`- response ${escapeMarkdown(name)}: ${responseText(sourced.value)}${inherited(sourced.from, tier.name)}`);
    }
    lines.push(
        clauses.credits
            ? `- credits: ${creditsSummary(clauses.credits.value)}${inherited(clauses.credits.from, tier.name)}`
            : '- credits: none',
    );
    return lines.join('\n');
}

/** Severity names in declaration (priority) order, unknown names last in the order given. */
function orderedSeverityNames(agreement: Agreement, names: string[]): string[] {
    const order = new Map<string, number>();
    allSeverities(agreement).forEach((severity, index) => {
        if (!order.has(severity.name)) order.set(severity.name, index);
    });
    return [...names].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

/** A severity's description, its place in the priority order, and every tier's targets for it. */
export function severityMarkdown(severity: Severity): string {
    const agreement = severity.$container.$container;
    const levels = allSeverities(agreement);
    const position = levels.indexOf(severity) + 1;
    let priority = `priority ${position} of ${levels.length}`;
    if (levels.length > 1 && position === 1) priority += ', the most severe';
    if (levels.length > 1 && position === levels.length) priority += ', the least severe';
    const lines = [`**Severity ${escapeMarkdown(severity.name)}** — ${priority}`];
    if (severity.description !== undefined) lines.push('', `"${escapeMarkdown(severity.description)}"`);
    const tiers = [...effectiveTiers(agreement).values()];
    if (tiers.length > 0) {
        lines.push('', 'Targets by tier:', '');
        for (const tier of tiers) {
            const sourced = tier.responses[severity.name];
            lines.push(
                sourced
                    ? `- ${tier.name ?? '?'}: ${responseText(sourced.value)}${inherited(sourced.from, tier.name)}`
                    : `- ${tier.name ?? '?'}: no target`,
            );
        }
    }
    return lines.join('\n');
}

/** `72 h = 3 days (259,200 seconds)`. */
export function durationMarkdown(duration: Duration): string {
    const written = durationText(duration);
    if (isAmbiguousUnit(duration.unit)) {
        return `**${written}** — \`m\` is ambiguous: minutes or months? Write \`min\` for minutes.`;
    }
    const seconds = durationSeconds(duration);
    if (seconds === undefined) return `**${written}**`;
    const total = seconds.toLocaleString('en-US', { maximumFractionDigits: 3 });
    return `**${written}** = ${durationInWords(seconds)} (${total} second${seconds === 1 ? '' : 's'})`;
}
