/**
 * The service credit of one tier for a measured availability or downtime (§7.2), worded the same
 * way wherever it is asked for: the CLI's `sla credits` and the editor's credit calculator both
 * print these lines and this JSON, so the two can never disagree.
 */
import type { Agreement } from '../generated/ast.js';
import { formatMoney } from '../domain/money.js';
import { InputError } from '../domain/input-error.js';
import { calculateCredit, type CreditBracket, type CreditResult } from '../domain/credit.js';
import { availabilityFromDowntime, formatMeasuredBeside, measuredFromAvailability, type Measured } from '../domain/downtime.js';
import { formatDuration, parseDurationText } from '../domain/duration.js';
import { AVAILABILITY_DOMAIN, formatPercent } from '../domain/interval.js';
import { capitalize, describeIntervalInWords } from '../domain/bracket-wording.js';
import { periodDays, periodNoun, type PeriodKind } from '../domain/period.js';
import { compareRational, rationalFromNumber } from '../domain/exact.js';
import { effectiveTiers, serviceNames, serviceView } from './effective-tiers.js';
import { feesOf } from './fees.js';
import { agreementPeriod, creditBrackets, creditCap, percentFormatter } from './values.js';

export interface TierCreditQuery {
    tier: string;
    /** A service the agreement declares: its commitment and schedule in the tier (language v2). */
    service?: string;
    /** Measured availability in percent; exactly one of this and `downtime`. */
    availability?: number;
    /** Downtime net of exclusions, in seconds. */
    downtime?: number;
    /** Days in the period; only with `downtime` (default: 30, 91 or 365 by the agreement's period). */
    days?: number;
}

export interface TierCredit {
    tier: string;
    commitment: number;
    period: PeriodKind;
    days: number;
    downtimeSeconds: number | undefined;
    measured: Measured;
    /** The measurement as shown: `99.5833%`, with more decimals where four would cross a bound. */
    measuredText: string;
    result: CreditResult;
    bracket: CreditBracket | undefined;
    /** "Less than 99.9% but equal to or greater than 99.0%", as the contract words it. */
    bracketWords: string | undefined;
    /** For a measurement no bracket covers: below every bracket (`schedule-floor`) or above one of them (`bracket-gap`). */
    uncovered?: 'schedule-floor' | 'bracket-gap';
    cap: number | undefined;
    price: number | undefined;
    currency: string;
}

/**
 * Throws InputError for wrong input (downtime longer than the period included);
 * `source` names the agreement in messages (its path in the CLI, its file name in the editor).
 */
export function tierCredit(agreement: Agreement, query: TierCreditQuery, source = 'the agreement'): TierCredit {
    if ((query.availability === undefined) === (query.downtime === undefined)) {
        throw new InputError('give either a measured availability or a downtime');
    }
    const tiers = effectiveTiers(agreement);
    const wholeTier = tiers.get(query.tier);
    if (!wholeTier) {
        throw new InputError(`${source} has no tier "${query.tier}"; its tiers are ${[...tiers.keys()].join(', ')}`);
    }
    // With a service, its own commitment and schedule (the tier-wide ones where its block has none).
    const services = serviceNames(agreement);
    if (query.service !== undefined && !services.includes(query.service)) {
        throw new InputError(
            `${source} has no service "${query.service}"${services.length > 0 ? `; its services are ${services.join(', ')}` : ''}`,
        );
    }
    const tier = query.service === undefined ? wholeTier : serviceView(wholeTier, query.service);
    const commitment = tier.clauses.availability?.value.value;
    const schedule = tier.clauses.credits?.value;
    if (commitment === undefined || !schedule) {
        const what = query.service === undefined ? `tier ${query.tier}` : `tier ${query.tier} has, for service ${query.service},`;
        const missing = commitment === undefined ? 'availability commitment' : 'credit schedule';
        throw new InputError(
            query.service === undefined
                ? `${what} has no ${missing}${services.length > 0 ? ` of its own; name a service (${services.join(', ')})` : ''}`
                : `${what} no ${missing}`,
        );
    }
    const period = agreementPeriod(agreement);
    const days = query.days ?? periodDays(period);
    const measured =
        query.downtime !== undefined ? availabilityFromDowntime(query.downtime, days) : measuredFromAvailability(query.availability!);
    const brackets = creditBrackets(schedule).map(({ bracket }) => bracket);
    const cap = creditCap(schedule);
    // Credits are shares of the monthly fee: one twelfth of a price written per year.
    const price = feesOf(tier.clauses.price?.value, period)?.monthly;
    const currency = agreement.currencies[0]?.code ?? '';
    const result = calculateCredit({ brackets, cap, commitment, monthlyPrice: price, currency, measured });
    const bracket = result.bracketIndex === undefined ? undefined : brackets[result.bracketIndex];
    const bracketWords = bracket && capitalize(describeIntervalInWords(bracket.interval, percentFormatter(agreement), AVAILABILITY_DOMAIN));
    const bounds = [commitment, ...brackets.filter((b) => b.metric === 'availability').flatMap((b) => [b.interval.min, b.interval.max])];
    const measuredText = formatMeasuredBeside(measured.exact, bounds);
    return {
        tier: query.tier,
        commitment,
        period,
        days,
        downtimeSeconds: query.downtime,
        measured,
        measuredText,
        uncovered:
            result.reason !== 'gap'
                ? undefined
                : brackets.some(
                        (b) => b.metric === 'availability' && compareRational(measured.exact, rationalFromNumber(b.interval.max)) >= 0,
                    )
                  ? 'bracket-gap'
                  : 'schedule-floor',
        result,
        bracket,
        bracketWords,
        cap,
        price,
        currency,
    };
}

/** The `--format json` object of `sla credits`; key order is part of the output. */
export function tierCreditJson(credit: TierCredit): Record<string, unknown> {
    const { result, bracket } = credit;
    return {
        tier: credit.tier,
        commitment: credit.commitment,
        period: credit.period,
        days: credit.days,
        downtimeSeconds: credit.downtimeSeconds ?? null,
        measuredAvailability: Number(credit.measuredText.slice(0, -1)),
        outcome: result.reason,
        bracket: bracket ? { credit: bracket.credit, description: credit.bracketWords, ...bracket.interval } : null,
        ...creditJsonFields({ ...result, cap: credit.cap, price: credit.price, currency: credit.currency }),
    };
}

/** What a bracket pays after the cap, availability and latency alike. */
export interface CreditOutcome {
    /** After the cap, in percent of the monthly fee. */
    credit: number;
    capped: boolean;
    cap: number | undefined;
    price: number | undefined;
    amount: number | undefined;
    currency: string;
}

/** The credit's keys of `sla credits --format json`, in their order. */
export function creditJsonFields(outcome: CreditOutcome): Record<string, unknown> {
    return {
        credit: outcome.credit,
        capped: outcome.capped,
        cap: outcome.cap ?? null,
        monthlyPrice: outcome.price ?? null,
        amount: outcome.amount ?? null,
        currency: outcome.currency,
    };
}

/**
 * The Bracket, Credit and Amount lines of `sla credits` for a bracket described by `words` whose
 * credit before the cap is `bracketCredit` percent of the monthly fee.
 */
export function creditLines(words: string, bracketCredit: number, outcome: CreditOutcome): string[] {
    const { credit, cap, price, amount, currency } = outcome;
    const capNote = outcome.capped ? ` (the bracket's ${formatPercent(bracketCredit)}, capped at ${formatPercent(cap!)})` : '';
    return [
        `Bracket: ${words} → ${formatPercent(bracketCredit)}`,
        `Credit: ${formatPercent(credit)} of the monthly fee${capNote}`,
        price === undefined || amount === undefined
            ? 'Amount: the tier has no price'
            : `Amount: ${formatMoney(amount, currency)} (${formatPercent(credit)} of ${formatMoney(price, currency)})`,
    ];
}

/** The text lines of `sla credits`. */
export function tierCreditLines(credit: TierCredit): string[] {
    return [
        `Tier ${credit.tier}: commitment ${formatPercent(credit.commitment)} ${credit.period} availability`,
        `Measured availability: ${credit.measuredText}${
            credit.downtimeSeconds !== undefined
                ? ` (${formatDuration(credit.downtimeSeconds)} of downtime in a ${credit.days}-day ${periodNoun(credit.period)})`
                : ''
        }`,
        ...outcomeLines(credit),
    ];
}

function outcomeLines(credit: TierCredit): string[] {
    const { result, bracketWords, cap, price, currency } = credit;
    if (result.reason === 'met') return ['The commitment is met: no service credit is due.'];
    if (result.reason === 'gap')
        return [
            `No bracket of the credit schedule covers this availability: no service credit is due (see ${credit.uncovered ?? 'bracket-gap'}).`,
        ];
    return creditLines(bracketWords!, result.bracketCredit, { ...result, cap, price, currency });
}

/** `99.95%` or `99.95` → 99.95, between 0 and 100; throws InputError naming `what`. */
export function parsePercentInput(text: string, what = 'availability'): number {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    const value = match ? Number(match[1]) : NaN;
    if (!match || value > 100) {
        throw new InputError(`${what} must be a percentage from 0% to 100%, such as 99.95% (got "${text}")`);
    }
    return value;
}

/** `3h`, `3 h`, `45 min`, `1h 30min` → seconds, with the units of the language (and not `m`). */
export function parseDurationInput(text: string, what = 'downtime'): number {
    const parsed = parseDurationText(text);
    if ('seconds' in parsed) return parsed.seconds;
    switch (parsed.error) {
        case 'shape':
            throw new InputError(`${what} must be a duration such as 3h, 45 min or 1h 30min (got "${text}")`);
        case 'ambiguous':
            throw new InputError(`"${parsed.amount}${parsed.unit}" is ambiguous: minutes or months? Write ${parsed.amount}min for minutes`);
        case 'unit':
            throw new InputError(`"${parsed.unit}" is not a unit of time: use ms, s, min, h, d or w`);
    }
}

/**
 * One field for either measurement, as the editor's input box takes it: a percentage (`99.2%`)
 * is an availability, anything with a unit (`3h`, `45 min`) a downtime.
 */
export function parseMeasurementInput(text: string): Pick<TierCreditQuery, 'availability' | 'downtime'> {
    return /%\s*$/.test(text) || /^\s*\d+(?:\.\d+)?\s*$/.test(text)
        ? { availability: parsePercentInput(text) }
        : { downtime: parseDurationInput(text) };
}
