/**
 * The service credit of one tier for a measured availability or downtime (§7.2), worded the same
 * way wherever it is asked for: the CLI's `sla credits` and the editor's credit calculator both
 * print these lines and this JSON, so the two can never disagree.
 */
import type { Agreement } from '../generated/ast.js';
import { InputError } from '../domain/input-error.js';
import { calculateCredit, type CreditBracket, type CreditResult } from '../domain/credit.js';
import { availabilityFromDowntime, formatMeasuredBeside, measuredFromAvailability, type Measured } from '../domain/downtime.js';
import { formatDuration, isAmbiguousUnit, toSeconds } from '../domain/duration.js';
import { AVAILABILITY_DOMAIN, formatPercent } from '../domain/interval.js';
import { capitalize, describeIntervalInWords } from '../domain/bracket-wording.js';
import { periodDays, periodNoun, type PeriodKind } from '../domain/period.js';
import { compareRational, rationalFromNumber } from '../domain/exact.js';
import { serviceNames } from './effective-tiers.js';
import { creditSubject, creditTier, otherMetricsHint } from './credit-tier.js';
import { feesOf } from './fees.js';
import { bracketJson, creditLines, shownShare } from './credit-lines.js';
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
    /** The service asked for (`--service`), whose commitment and schedule these are. */
    service?: string;
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
    const tier = creditTier(agreement, query, source);
    const commitment = tier.clauses.availability?.value.value;
    const schedule = tier.clauses.credits?.value;
    if (commitment === undefined || !schedule) {
        const services = serviceNames(agreement);
        const missing = commitment === undefined ? 'availability commitment' : 'credit schedule';
        const nameOne = query.service === undefined && services.length > 0 ? ` of its own; name a service (${services.join(', ')})` : '';
        const hint = commitment === undefined ? otherMetricsHint(schedule, 'availability') : '';
        throw new InputError(`${creditSubject(query)} has no ${missing}${nameOne}${hint}`);
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
        ...(query.service !== undefined ? { service: query.service } : {}),
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
        ...(credit.service !== undefined ? { service: credit.service } : {}),
        commitment: credit.commitment,
        period: credit.period,
        days: credit.days,
        downtimeSeconds: credit.downtimeSeconds ?? null,
        measuredAvailability: Number(credit.measuredText.slice(0, -1)),
        outcome: result.reason,
        bracket: bracket ? { ...bracketJson(bracket, credit.bracketWords ?? ''), ...bracket.interval } : null,
        credit: shownShare(result.credit),
        capped: result.capped,
        cap: credit.cap ?? null,
        monthlyPrice: credit.price ?? null,
        amount: result.amount ?? null,
        currency: credit.currency,
    };
}

/** The text lines of `sla credits`. */
export function tierCreditLines(credit: TierCredit): string[] {
    return [
        `Tier ${credit.tier}${credit.service !== undefined ? `, service ${credit.service}` : ''}: commitment ${formatPercent(credit.commitment)} ${credit.period} availability`,
        `Measured availability: ${credit.measuredText}${
            credit.downtimeSeconds !== undefined
                ? ` (${formatDuration(credit.downtimeSeconds)} of downtime in a ${credit.days}-day ${periodNoun(credit.period)})`
                : ''
        }`,
        ...outcomeLines(credit),
    ];
}

function outcomeLines(credit: TierCredit): string[] {
    const { result, bracket, bracketWords, cap, price, currency } = credit;
    if (result.reason === 'met') return ['The commitment is met: no service credit is due.'];
    if (result.reason === 'gap' || !bracket)
        return [
            `No bracket of the credit schedule covers this availability: no service credit is due (see ${credit.uncovered ?? 'bracket-gap'}).`,
        ];
    return creditLines({
        bracket,
        bracketWords: bracketWords ?? '',
        bracketCredit: result.bracketCredit,
        credit: result.credit,
        capped: result.capped,
        cap,
        price,
        amount: result.amount,
        currency,
    });
}

/**
 * `99.95%` or `99.95` → 99.95, between 0 and 100; throws InputError naming `what` (with an
 * example of the kind of figure it takes, `such as 99.95%`). A decimal comma is refused with the
 * same value written with a point, never another value.
 */
export function parsePercentInput(text: string, what = 'availability', example = '99.95%'): number {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    const value = match ? Number(match[1]) : NaN;
    if (!match || value > 100) {
        const comma = /^\s*(\d+),(\d+)\s*(%?)\s*$/.exec(text);
        const advice = comma ? `; write ${comma[1]}.${comma[2]}${comma[3]} with a decimal point` : '';
        throw new InputError(`${what} must be a percentage from 0% to 100%, such as ${example} (got "${text}")${advice}`);
    }
    return value;
}

/** `3h`, `3 h`, `45 min`, `1h 30min` → seconds, with the units of the language (and not `m`). */
export function parseDurationInput(text: string, what = 'downtime'): number {
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([A-Za-z]+)/g)];
    const rest = text.replace(/(\d+(?:\.\d+)?)\s*([A-Za-z]+)/g, '').trim();
    if (parts.length === 0 || rest !== '') {
        throw new InputError(`${what} must be a duration such as 3h, 45 min or 1h 30min (got "${text}")`);
    }
    let total = 0;
    for (const [, value, unit] of parts) {
        if (isAmbiguousUnit(unit)) {
            throw new InputError(`"${value}${unit}" is ambiguous: minutes or months? Write ${value}min for minutes`);
        }
        const seconds = toSeconds(Number(value), unit);
        if (seconds === undefined) {
            throw new InputError(`"${unit}" is not a unit of time: use ms, s, min, h, d or w`);
        }
        total += seconds;
    }
    return total;
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
