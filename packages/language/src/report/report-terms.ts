/**
 * The terms of an agreement that a report applies, read once from the AST (inheritance
 * resolved): zone, period, exclusions, maintenance window and allowance, claim window, and per
 * tier the commitment, brackets, cap and price. The rest of the report works on these plain
 * values, so it can be tested and run without Langium.
 */
import type { Agreement, Credits } from '../generated/ast.js';
import { multiplyRational, rational, rationalFromNumber, rationalToNumber } from '../domain/exact.js';
import type { CreditBracket } from '../domain/credit.js';
import type { AllowanceUnit } from '../domain/maintenance.js';
import type { PeriodKind } from '../domain/period.js';
import { effectiveTiers, serviceNames, serviceView, type EffectiveTier } from '../model/effective-tiers.js';
import { agreementPeriod, annualCaps, creditBrackets, creditCap, durationSeconds, percentFormatter } from '../model/values.js';
import { parseMaintenanceWindow, type WeeklyWindow } from './maintenance-window.js';
import type { MeasurementRules } from './measurement-rules.js';
import type { ExclusionKind } from './report-input.js';
import { minuteSliQueries } from './sli-queries.js';
import { measuredCalendar, type MeasuredCalendar } from './measured-calendar.js';

/** What one tier commits to for one service (or tier-wide): availability, its credit brackets and the cap. */
export interface CreditTerms {
    /** Percent. */
    commitment: number;
    brackets: CreditBracket[];
    /** Per period, in percent of the monthly fee. */
    cap?: number;
    /**
     * The schedule's cap per year (`cap … per year`). For a service, only one of its own `service`
     * block's schedule, applied to that service's credits of each year; undefined for a schedule
     * inherited from the tier, whose cap per year applies to the tier's total (`TierTerms.annualCap`).
     */
    annualCap?: AnnualCap;
}

/** A cap per year: a share of the monthly fee (`cap 10% of annual fee per year` is 120%), or an amount. */
export type AnnualCap = { percent: number; amount?: undefined; written: string } | { amount: number; percent?: undefined; written: string };

/** `minimum credit 5%` (of the monthly fee) or `minimum credit 50 EUR`: smaller credits are not paid. */
export type MinimumCredit = { percent: number; amount?: undefined } | { amount: number; percent?: undefined };

export interface TierTerms {
    name: string;
    /** The tier-wide commitment; undefined when only services commit. */
    wide?: CreditTerms;
    /** A service's own terms where its `service` block (or the tier-wide clauses) give it an availability. */
    services: ReadonlyMap<string, CreditTerms>;
    /** The monthly fee; a yearly price is taken as twelve equal monthly fees. */
    monthlyPrice?: number;
    pricePerYear: boolean;
    /** The cap per year of the tier-wide credit schedule, applied to the tier's credits of each year. */
    annualCap?: AnnualCap;
}

export interface MaintenanceTerms {
    /** `maintenance included`: scheduled maintenance is downtime like any other. */
    counted: boolean;
    /** The window as written; undefined when the agreement declares no scheduled maintenance. */
    windowText?: string;
    /** Undefined when the text is not a weekly schedule: every logged maintenance counts as inside. */
    window?: WeeklyWindow;
    allowance?: { seconds: number; per: AllowanceUnit };
}

export interface ReportTerms {
    name: string;
    /** IANA zone of the calendar periods; `UTC` unless the agreement declares one. */
    zone: string;
    zoneDeclared: boolean;
    period: PeriodKind;
    currency: string;
    services: string[];
    exclusions: ReadonlySet<ExclusionKind>;
    maintenance: MaintenanceTerms;
    claimWindowSeconds?: number;
    /** `effective 2026-03-11`, a local date in `zone`. */
    effective?: string;
    /** `partial first period prorated` / `… counts in full`; undefined when the agreement is silent. */
    firstPeriod?: 'prorated' | 'full';
    minimumCredit?: MinimumCredit;
    rules: MeasurementRules;
    /** Per service, the PromQL of its availability SLI giving the share of good over a minute (sli-queries.ts). */
    sliQueries: ReadonlyMap<string, string>;
    /** `availability measured during <calendar>`: the calendar, read. */
    measuredDuring?: MeasuredCalendar;
    /** Why the calendar cannot be applied exactly; the report is then refused. */
    measuredDuringRefusal?: string;
    tiers: TierTerms[];
    /** Formats a percentage as the agreement wrote it (`99.0%`). */
    percent: (value: number) => string;
}

export function reportTerms(agreement: Agreement): ReportTerms {
    const exclusionItems = agreement.exclusionBlocks.flatMap((block) => block.items);
    const exclusions = new Set<ExclusionKind>();
    let maintenance: MaintenanceTerms = { counted: agreement.measurements[0]?.maintenance[0]?.mode === 'included' };
    for (const item of exclusionItems) {
        if (item.$type === 'StandardExclusion') exclusions.add(item.kind as ExclusionKind);
        if (item.$type === 'MaintenanceWindow' && maintenance.windowText === undefined) {
            const seconds = durationSeconds(item.allowance);
            maintenance = {
                ...maintenance,
                windowText: item.window,
                window: parseMaintenanceWindow(item.window),
                allowance: seconds !== undefined && item.allowancePer ? { seconds, per: item.allowancePer as AllowanceUnit } : undefined,
            };
        }
    }
    const services = serviceNames(agreement);
    const tiers: TierTerms[] = [];
    for (const [name, tier] of effectiveTiers(agreement)) {
        const byService = new Map<string, CreditTerms>();
        for (const service of services) {
            const view = serviceView(tier, service);
            const terms = creditTerms(view);
            const own = view.clauses.credits !== undefined && view.clauses.credits.value !== tier.clauses.credits?.value;
            if (terms) byService.set(service, own ? terms : { ...terms, annualCap: undefined });
        }
        const wide = creditTerms(tier);
        if (!wide && byService.size === 0) continue;
        const price = tier.clauses.price?.value;
        const perYear = price?.per === 'year';
        tiers.push({
            name,
            wide,
            services: byService,
            monthlyPrice: price === undefined ? undefined : perYear ? price.amount / 12 : price.amount,
            pricePerYear: perYear,
            annualCap: tier.clauses.credits ? annualCapOf(tier.clauses.credits.value) : undefined,
        });
    }
    const zone = agreement.timeZones[0]?.zone;
    const during = measuredCalendar(agreement, zone ?? 'UTC');
    return {
        name: agreement.name,
        zone: zone ?? 'UTC',
        zoneDeclared: zone !== undefined,
        period: agreementPeriod(agreement),
        currency: agreement.currencies[0]?.code ?? '',
        services,
        exclusions,
        maintenance,
        claimWindowSeconds: durationSeconds(agreement.claims[0]?.windows[0]?.length),
        effective: agreement.effectives[0]?.date,
        firstPeriod: firstPeriodRule(agreement),
        minimumCredit: minimumCreditOf(agreement),
        rules: measurementRules(agreement),
        sliQueries: minuteSliQueries(agreement),
        measuredDuring: during.calendar,
        measuredDuringRefusal: during.refusal,
        tiers,
        percent: percentFormatter(agreement),
    };
}

function creditTerms(tier: EffectiveTier): CreditTerms | undefined {
    const commitment = tier.clauses.availability?.value.value;
    if (commitment === undefined) return undefined;
    const schedule = tier.clauses.credits?.value;
    return {
        commitment,
        brackets: schedule ? creditBrackets(schedule).map(({ bracket }) => bracket) : [],
        cap: schedule ? creditCap(schedule) : undefined,
        annualCap: schedule ? annualCapOf(schedule) : undefined,
    };
}

function annualCapOf(schedule: Credits): AnnualCap | undefined {
    const cap = annualCaps(schedule)[0];
    if (!cap) return undefined;
    const written = cap.$cstNode?.text.replace(/\s+/g, ' ') ?? 'cap per year';
    if (cap.amount !== undefined) return { amount: cap.amount, written };
    if (cap.value === undefined) return undefined;
    // A share of the annual fee is twelve monthly fees' worth (§2.8, price per year).
    const percent = cap.fee === 'annual' ? rationalToNumber(multiplyRational(rationalFromNumber(cap.value), rational(12n))) : cap.value;
    return { percent, written };
}

function firstPeriodRule(agreement: Agreement): ReportTerms['firstPeriod'] {
    const rule = agreement.measurements[0]?.firstPeriods[0];
    return rule === undefined ? undefined : rule.prorated ? 'prorated' : 'full';
}

function minimumCreditOf(agreement: Agreement): MinimumCredit | undefined {
    const minimum = agreement.claims[0]?.minimums[0];
    if (minimum?.amount !== undefined) return { amount: minimum.amount };
    if (minimum?.percent !== undefined) return { percent: minimum.percent };
    return undefined;
}

function measurementRules(agreement: Agreement): MeasurementRules {
    const measurement = agreement.measurements[0];
    if (!measurement) return {};
    const ms = (d: Parameters<typeof durationSeconds>[0]) => {
        const seconds = durationSeconds(d);
        return seconds === undefined ? undefined : seconds * 1000;
    };
    const interval = measurement.errorRateIntervals[0];
    const intervalMs = ms(interval?.length);
    return {
        partialMinutes: measurement.partialMinutes[0]?.counts as MeasurementRules['partialMinutes'],
        minimumOutageMs: ms(measurement.minimumOutages[0]?.length),
        errorRate: interval && intervalMs ? { intervalMs, abovePercent: interval.threshold } : undefined,
        missingData: measurement.missingData[0]?.counts as MeasurementRules['missingData'],
    };
}
