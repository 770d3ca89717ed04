/**
 * The credit report: for each calendar period, service and tier, the measured attainment, the
 * bracket that applies, the credit after the cap, the amount, the claim deadline and the error
 * budget used and left — from the ledger of downtime (downtime-ledger.ts). Attainment is an exact
 * rational of milliseconds, so a month at exactly 99.9% is not "below 99.9%".
 */
import { capitalize, describeIntervalInWords } from '../domain/bracket-wording.js';
import { calculateCredit, creditAmount, proratedFee, type CreditBracket, type CreditReason } from '../domain/credit.js';
import { exactAllowedDowntime, formatMeasuredBeside } from '../domain/downtime.js';
import { asPercentOf, rational, rationalToNumber, type Rational } from '../domain/exact.js';
import { AVAILABILITY_DOMAIN } from '../domain/interval.js';
import { daysOf, localDate, periodsCovering, plusCalendarDays, startOfLocalDate, type CalendarPeriod } from './calendar.js';
import { serviceLedger, type ServiceLedger } from './downtime-ledger.js';
import { defaultSentences } from './measurement-rules.js';
import type { ReportInputs } from './report-input.js';
import type { ReportTerms, TierTerms } from './report-terms.js';
import { clipSpans, intersectSpans, totalLength, type Span } from './time-spans.js';
import { calendarSpans } from './measured-calendar.js';
import { InputError } from '../domain/input-error.js';
import { applyYearlyTerms, type TierTotal } from './yearly-terms.js';

/** Wrong input for a report (an unknown tier or service, an empty range): one line, exit 2 in the CLI. */
export class ReportInputError extends InputError {}

export interface ReportOptions {
    /** Only these tiers (default: every tier with an availability commitment). */
    tiers?: string[];
    /** Start of the first day and end of the last day to report, in the agreement's zone; whole periods are reported. */
    from?: number;
    to?: number;
}

/** One service in one period: where its time went. Milliseconds. */
export interface PeriodAccount {
    service?: string;
    period: CalendarPeriod;
    periodMs: number;
    downtimeMs: number;
    /** Downtime spans of the period (merged), for the statement's list of outages. */
    downtime: Span[];
    excludedMs: Record<string, number>;
    maintenanceOutsideWindowMs: number;
    maintenanceBeyondAllowanceMs: number;
    maintenanceIncludedMs: number;
    notExcludedMs: Record<string, number>;
    missingMs: number;
    missing: Span[];
    /** Calendar days of the period and the downtime on each. */
    days: Array<{ date: string; downtimeMs: number }>;
    /** A first period measured from the effective date (prorated): its days in force of the calendar period's. */
    feeShare?: { days: number; of: number };
    /** `availability measured during <calendar>`: the calendar's name; the period length is its time. */
    measuredDuring?: string;
}

export interface TierLine {
    tier: string;
    service?: string;
    period: CalendarPeriod;
    commitment: number;
    periodMs: number;
    downtimeMs: number;
    attainment: Rational;
    /** `99.7768%`, with more decimals where four would cross a bound. */
    attainmentText: string;
    outcome: CreditReason;
    bracket?: CreditBracket;
    bracketWords?: string;
    bracketCredit: number;
    /** Percent of the monthly fee, after the cap. */
    credit: number;
    capped: boolean;
    cap?: number;
    monthlyPrice?: number;
    amount?: number;
    /** How the service's own cap per year changed the credit and amount (after it); empty when it did not. */
    notes: string[];
    /** Last calendar day on which the customer may claim, in the agreement's zone. */
    claimBy?: string;
    /** (100 − commitment)% of the period, exact. */
    budgetMs: Rational;
    /** Downtime ÷ budget × 100 at the end of each day of the period, cumulative. */
    burnByDay: number[];
}

export type { TierTotal } from './yearly-terms.js';

export interface CreditReport {
    agreement: string;
    zone: string;
    periodKind: ReportTerms['period'];
    currency: string;
    claimWindowSeconds?: number;
    periods: CalendarPeriod[];
    accounts: PeriodAccount[];
    lines: TierLine[];
    totals: TierTotal[];
    /** The defaults used for rules the agreement leaves out, and what the inputs made the report assume. */
    defaults: string[];
    assumptions: string[];
    sources: string[];
    /** Some tier missed its commitment in some period. */
    breach: boolean;
}

export function computeReport(terms: ReportTerms, inputs: ReportInputs, options: ReportOptions = {}): CreditReport {
    // Measuring around the clock instead would give a different, silently wrong credit.
    if (terms.measuredDuringRefusal !== undefined) throw new ReportInputError(terms.measuredDuringRefusal);
    const tiers = selectTiers(terms, options.tiers);
    checkServices(terms, inputs);
    const range = reportRange(inputs, options);
    const effective = terms.effective === undefined ? undefined : startOfLocalDate(terms.effective, terms.zone);
    const { periods, firstPeriod } = periodsInForce(terms, periodsCovering(range.start, range.end, terms.period, terms.zone), effective);
    const services: Array<string | undefined> = terms.services.length > 0 ? terms.services : [undefined];
    const whole = { start: periods[0].start, end: periods[periods.length - 1].end };
    const ledgers = services.map((service) => serviceLedger(terms, service, inputs.incidents, inputs.samples, whole));
    const accounts = ledgers.flatMap((ledger) =>
        periods.map((period, i) => periodAccount(terms, ledger, period, i === 0 ? firstPeriod : undefined)),
    );
    const lines: TierLine[] = [];
    for (const account of accounts) {
        for (const tier of tiers) {
            const line = tierLine(terms, tier, account);
            if (line) lines.push(line);
        }
    }
    const totals = periods.flatMap((period) => tiers.map((tier) => tierTotal(terms, tier, period, lines)));
    // A service's cap per year changed its line: the tier's total of the period is added up again.
    const retotal = (total: TierTotal) => {
        const { credit, capped, amount } = tierTotal(
            terms,
            tiers.find((t) => t.name === total.tier)!,
            total.period,
            lines,
        );
        Object.assign(total, { credit, capped, amount });
    };
    const assumptions = [
        ...inputs.assumptions,
        ...(terms.measuredDuring
            ? [
                  `Availability is measured during calendar ${terms.measuredDuring.name} only (${terms.measuredDuring.words}): a period's length, its downtime and its error budget count only that time.`,
              ]
            : []),
        ...firstPeriod.assumptions,
        ...applyYearlyTerms(terms, tiers, lines, totals, retotal, effective),
        ...maintenanceAssumptions(terms, inputs),
        ...kindAssumptions(terms, inputs),
        ...serviceAssumptions(terms, inputs),
        ...feeAssumptions(tiers),
    ];
    return {
        agreement: terms.name,
        zone: terms.zone,
        periodKind: terms.period,
        currency: terms.currency,
        claimWindowSeconds: terms.claimWindowSeconds,
        periods,
        accounts,
        lines,
        totals,
        defaults: [
            ...(terms.zoneDeclared ? [] : ['Time zone: the agreement declares none; calendar periods are taken in UTC.']),
            ...defaultSentences(terms.rules),
            ...firstPeriod.defaults,
        ],
        assumptions,
        sources: inputs.sources,
        breach: lines.some((line) => line.outcome !== 'met'),
    };
}

function tierTotal(terms: ReportTerms, tier: TierTerms, period: CalendarPeriod, lines: TierLine[]): TierTotal {
    const mine = lines.filter((l) => l.tier === tier.name && l.period.key === period.key);
    // Credits are short decimals (10%, 2.5%): round away the binary noise of the sum before comparing.
    const summed = Number(mine.reduce((total, l) => total + l.credit, 0).toFixed(6));
    const cap = tier.wide?.cap;
    const capped = cap !== undefined && summed > cap;
    const credit = capped ? cap : summed;
    // The period's fee: prorated in a partial first period, as the lines have it.
    const price = mine[0]?.monthlyPrice ?? tier.monthlyPrice;
    const amounts = mine.map((l) => l.amount);
    const amount = capped
        ? price === undefined
            ? undefined
            : creditAmount(price, credit, terms.currency)
        : amounts.some((a) => a === undefined)
          ? undefined
          : Number(amounts.reduce((total: number, a) => total + a!, 0).toFixed(6));
    return { tier: tier.name, period, credit, capped, amount, notes: [] };
}

/** The tiers to report: those named (each must have an availability commitment), or every one. */
export function selectTiers(terms: ReportTerms, names: string[] | undefined): TierTerms[] {
    if (terms.tiers.length === 0) throw new ReportInputError(`the agreement "${terms.name}" has no tier with an availability commitment`);
    if (!names || names.length === 0) return terms.tiers;
    return names.map((name) => {
        const tier = terms.tiers.find((t) => t.name === name);
        if (!tier)
            throw new ReportInputError(
                `the agreement has no tier "${name}" with an availability commitment; its tiers are ${terms.tiers.map((t) => t.name).join(', ')}`,
            );
        return tier;
    });
}

function checkServices(terms: ReportTerms, inputs: ReportInputs): void {
    const known = new Set(terms.services);
    const named = [
        ...inputs.incidents.map((i) => ({ service: i.service, line: i.line })),
        ...inputs.samples.map((s) => ({ service: s.service, line: undefined })),
    ];
    for (const { service, line } of named) {
        if (service === undefined || known.has(service)) continue;
        const where = line === undefined ? '' : `line ${line}: `;
        throw new ReportInputError(
            terms.services.length === 0
                ? `${where}service "${service}": the agreement declares no services (leave the service column empty)`
                : `${where}the agreement has no service "${service}"; its services are ${terms.services.join(', ')}`,
        );
    }
}

function reportRange(inputs: ReportInputs, options: ReportOptions): Span {
    let start = options.from;
    let end = options.to;
    if (start === undefined || end === undefined) {
        const spans = [...inputs.incidents, ...inputs.samples.map((s) => s.covered)];
        if (spans.length === 0)
            throw new ReportInputError('the inputs hold no incident and no sample: give --from and --to to report a period without any');
        start ??= Math.min(...spans.map((s) => s.start));
        // A single instant still lies in a period.
        end ??= Math.max(start + 1, ...spans.map((s) => s.end));
    }
    if (end <= start) throw new ReportInputError('the end of the report comes before its start');
    return { start, end };
}

function msByKind(spans: Map<string, Span[]>, period: Span, measured: readonly Span[]): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [kind, list] of [...spans].sort(([a], [b]) => a.localeCompare(b))) {
        const ms = totalLength(intersectSpans(clipSpans(list, period), measured));
        if (ms > 0) result[kind] = ms;
    }
    return result;
}

/**
 * The first period when the agreement takes effect after it begins: measured from the effective
 * date (prorated, the default) or over the whole calendar period with the days before the
 * effective date counted as available (`partial first period counts in full`).
 */
interface FirstPeriod {
    /** Where the agreement's clock starts in the first period, when after its calendar start. */
    from?: number;
    feeShare?: { days: number; of: number };
    defaults: string[];
    assumptions: string[];
}

/**
 * The reported periods the agreement is in force for: those ending before the effective date are
 * left out (said), and a first period it starts within is cut at the effective date unless the
 * agreement says that it counts in full.
 */
function periodsInForce(
    terms: ReportTerms,
    covering: CalendarPeriod[],
    effective: number | undefined,
): { periods: CalendarPeriod[]; firstPeriod: FirstPeriod } {
    const none: FirstPeriod = { defaults: [], assumptions: [] };
    if (effective === undefined) return { periods: covering, firstPeriod: none };
    const periods = covering.filter((p) => p.end > effective);
    if (periods.length === 0) {
        throw new ReportInputError(
            `the agreement takes effect on ${terms.effective}, after the last reported period ends; no report is made`,
        );
    }
    const dropped = covering.length - periods.length;
    if (dropped > 0) {
        none.assumptions.push(
            `The agreement takes effect on ${terms.effective}: ${covering[0].label}${dropped > 1 ? ` to ${covering[dropped - 1].label}` : ''} ${dropped > 1 ? 'are' : 'is'} before it and not reported.`,
        );
    }
    const [first] = periods;
    if (first.start >= effective) return { periods, firstPeriod: none };
    const days = daysOf({ start: effective, end: first.end }, terms.zone).length;
    const of = daysOf(first, terms.zone).length;
    const when = `The agreement takes effect on ${terms.effective}, ${days} of the ${of} days of ${first.label}`;
    if (terms.firstPeriod === 'full') {
        none.assumptions.push(
            `${when}; as it says (partial first period counts in full), that period is measured over all of it, the days before ${terms.effective} counting as available, for the full fee.`,
        );
        return { periods, firstPeriod: { ...none, from: effective } };
    }
    const sentence = `${when}: that period is measured from ${terms.effective} (its length, and so its error budget, is the time in force) and its fee is the monthly fee × ${days}/${of}, rounded to the currency's minor unit.`;
    const partial = { ...first, start: effective, firstDay: terms.effective! };
    return {
        periods: [partial, ...periods.slice(1)],
        firstPeriod: {
            from: effective,
            feeShare: { days, of },
            defaults:
                terms.firstPeriod === undefined
                    ? [`First period: the agreement does not say how a partial first period counts. ${sentence}`]
                    : [],
            assumptions: [
                ...none.assumptions,
                ...(terms.firstPeriod === 'prorated' ? [`${sentence} (partial first period prorated)`] : []),
            ],
        },
    };
}

function periodAccount(terms: ReportTerms, ledger: ServiceLedger, period: CalendarPeriod, first?: FirstPeriod): PeriodAccount {
    const zone = terms.zone;
    // Time before the effective date is not under the agreement: nothing in it counts.
    const inForce = { start: Math.max(period.start, first?.from ?? period.start), end: period.end };
    // Measured during a calendar: only its time counts, in the period's length as in its downtime.
    const calendar = terms.measuredDuring;
    const measured = calendar ? calendarSpans(calendar, period) : [period];
    const within = (spans: readonly Span[], window: Span) => intersectSpans(clipSpans(spans, window), measured);
    const downtime = within(ledger.downtime, inForce);
    const missing = within(ledger.missing, inForce);
    const { outsideWindow, beyondAllowance, included } = ledger.maintenanceCounted;
    return {
        service: ledger.service,
        period,
        periodMs: totalLength(measured),
        downtimeMs: totalLength(downtime),
        downtime,
        excludedMs: msByKind(ledger.excluded, period, measured),
        maintenanceOutsideWindowMs: totalLength(within(outsideWindow, period)),
        maintenanceBeyondAllowanceMs: totalLength(within(beyondAllowance, period)),
        maintenanceIncludedMs: totalLength(within(included, period)),
        notExcludedMs: msByKind(ledger.notExcluded, period, measured),
        missingMs: totalLength(missing),
        missing,
        days: daysOf(period, zone).map((day) => ({ date: localDate(day.start, zone), downtimeMs: totalLength(clipSpans(downtime, day)) })),
        feeShare: first?.feeShare,
        measuredDuring: calendar?.name,
    };
}

/** Undefined when the tier makes no availability commitment for the account's service. */
function tierLine(terms: ReportTerms, tier: TierTerms, account: PeriodAccount): TierLine | undefined {
    const credit = account.service === undefined ? tier.wide : tier.services.get(account.service);
    if (!credit) return undefined;
    const { commitment, brackets, cap } = credit;
    const share = account.feeShare;
    const monthlyPrice =
        tier.monthlyPrice === undefined || share === undefined
            ? tier.monthlyPrice
            : proratedFee(tier.monthlyPrice, share.days, share.of, terms.currency);
    const periodMs = rational(BigInt(account.periodMs));
    // A period without measured time (a calendar all of whose days are holidays) has nothing to miss.
    const attainment =
        account.periodMs === 0 ? rational(100n) : asPercentOf(rational(BigInt(account.periodMs - account.downtimeMs)), periodMs);
    const result = calculateCredit({
        brackets,
        cap,
        commitment,
        monthlyPrice,
        currency: terms.currency,
        measured: { value: rationalToNumber(attainment), exact: attainment },
    });
    const bracket = result.bracketIndex === undefined ? undefined : brackets[result.bracketIndex];
    const bounds = [commitment, ...brackets.filter((b) => b.metric === 'availability').flatMap((b) => [b.interval.min, b.interval.max])];
    const budgetMs = exactAllowedDowntime(commitment, periodMs);
    const budget = rationalToNumber(budgetMs);
    let burned = 0;
    const burnByDay = account.days.map((day) => {
        burned += day.downtimeMs;
        return budget > 0 ? (burned / budget) * 100 : burned > 0 ? Infinity : 0;
    });
    return {
        tier: tier.name,
        service: account.service,
        period: account.period,
        commitment,
        periodMs: account.periodMs,
        downtimeMs: account.downtimeMs,
        attainment,
        attainmentText: formatMeasuredBeside(attainment, bounds),
        outcome: result.reason,
        bracket,
        bracketWords: bracket && capitalize(describeIntervalInWords(bracket.interval, terms.percent, AVAILABILITY_DOMAIN)),
        bracketCredit: result.bracketCredit,
        credit: result.credit,
        capped: result.capped,
        cap,
        monthlyPrice,
        amount: result.amount,
        notes: [],
        claimBy: terms.claimWindowSeconds === undefined ? undefined : claimDeadline(account.period, terms.claimWindowSeconds, terms.zone),
        budgetMs,
        burnByDay,
    };
}

/**
 * The claim window runs from the end of the period: a window of 30 days after February ends at
 * local midnight of 31 March, so the last day to claim is 30 March. A window in whole days is
 * counted in calendar days (a clock change does not move it); shorter units in elapsed time.
 */
export function claimDeadline(period: CalendarPeriod, windowSeconds: number, zone: string): string {
    const days = windowSeconds / 86_400;
    const end = Number.isInteger(days) ? plusCalendarDays(period.end, days, zone) : period.end + windowSeconds * 1000;
    return localDate(end - 1, zone);
}

function maintenanceAssumptions(terms: ReportTerms, inputs: ReportInputs): string[] {
    if (!inputs.incidents.some((i) => i.kind === 'maintenance')) return [];
    const { counted, windowText, window } = terms.maintenance;
    if (counted) return ['Maintenance counts as downtime: the agreement says `maintenance included`.'];
    if (windowText === undefined) return ['The agreement declares no scheduled maintenance: maintenance in the log counts as downtime.'];
    if (!window)
        return [
            `The maintenance window "${windowText}" is not a weekly schedule of days and hours: all logged maintenance is taken as inside it.`,
        ];
    return [];
}

function feeAssumptions(tiers: TierTerms[]): string[] {
    const notes: string[] = [];
    for (const tier of tiers) {
        if (tier.pricePerYear)
            notes.push(`Tier ${tier.name} is priced per year: its monthly fee is taken as a twelfth of the yearly price.`);
    }
    return notes;
}

function kindAssumptions(terms: ReportTerms, inputs: ReportInputs): string[] {
    const kinds = new Set(
        inputs.incidents.map((i) => i.kind).filter((k) => k !== 'outage' && k !== 'maintenance' && !terms.exclusions.has(k)),
    );
    return [...kinds]
        .sort()
        .map((kind) => `Incidents of kind ${kind} count as downtime: the agreement does not list ${kind} among its exclusions.`);
}

function serviceAssumptions(terms: ReportTerms, inputs: ReportInputs): string[] {
    if (terms.services.length === 0 || !inputs.incidents.some((i) => i.service === undefined)) return [];
    return ['An incident without a service concerns every service of the agreement.'];
}
