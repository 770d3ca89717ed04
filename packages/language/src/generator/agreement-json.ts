/**
 * The agreement as plain data (§4): what `generateJson` prints and what the contract text is
 * written from, so that both outputs state the same facts. Reads the AST through the model layer
 * (inheritance, bracket intervals, seconds) and never recomputes what the model already knows.
 */
import { AstUtils } from 'langium';
import {
    isTranslation,
    type Agreement,
    type Capabilities,
    type Claims,
    type Exclusion,
    type Measurement,
    type Response,
    type Severities,
    type Support,
} from '../generated/ast.js';
import { downtimeBudget, nines } from '../domain/downtime.js';
import type { Interval } from '../domain/interval.js';
import { periodDayRange, periodDays } from '../domain/period.js';
import {
    effectiveTiers,
    latencyClauses,
    serviceNames,
    serviceView,
    terminationClauses,
    type EffectiveTier,
} from '../model/effective-tiers.js';
import { translatedText } from '../model/translations.js';
import { agreementPeriod, annualCaps, bracketInterval, creditBrackets, creditCap, durationSeconds, periodCaps } from '../model/values.js';
import {
    calendarsJson,
    claimTermsJson,
    definitionsJson,
    dutiesJson,
    holidaysJson,
    measurementRulesJson,
    moneyOrShare,
    servicesJson,
} from './agreement-terms-json.js';
import {
    SLA_SCHEMA_ID,
    type AvailabilityJson,
    type BracketJson,
    type CapabilitiesJson,
    type ClaimsJson,
    type CreditsJson,
    type DowntimeBudgetJson,
    type ErrorRateJson,
    type ExclusionJson,
    type LengthJson,
    type MeasurementJson,
    type ResponseJson,
    type SeverityJson,
    type SlaJson,
    type SupportJson,
    type TierJson,
    type LatencyJson,
    type TerminationJson,
    type TierServiceJson,
    type TranslationsJson,
} from './json-types.js';
import type { PeriodKind } from '../domain/period.js';

/*
 * A half-written document (the editor may ask for output while the author types) has holes: an
 * undefined name, a NaN percentage. The model never passes them on: a missing string is '', and a
 * clause or bracket without its number is left out, so the contract text never meets either.
 */
function finite(value: number | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

function str(value: string | undefined): string {
    return typeof value === 'string' ? value : '';
}

export function agreementJson(agreement: Agreement): SlaJson {
    const period = agreementPeriod(agreement);
    const severities = severitiesJson(agreement.severityBlocks[0]);
    const term = agreement.terms[0];
    return {
        $schema: SLA_SCHEMA_ID,
        title: str(agreement.name),
        provider: str(agreement.providers[0]?.party),
        customer: agreement.customers[0]?.party ?? null,
        effective: agreement.effectives[0]?.date ?? null,
        term: term && finite(term.length) ? lengthJson(term.length, term.unit) : null,
        currency: agreement.currencies[0]?.code ?? null,
        scope: agreement.scopes[0]?.text ?? null,
        timeZone: agreement.timeZones[0]?.zone,
        language: agreement.languages[0]?.code,
        standard: agreement.standards[0]?.level,
        services: servicesJson(agreement),
        measurement: measurementJson(agreement.measurements[0], period),
        calendars: calendarsJson(agreement),
        holidays: holidaysJson(agreement),
        capabilities: capabilitiesJson(agreement.capabilities[0]),
        severities,
        definitions: definitionsJson(agreement),
        duties: dutiesJson(agreement),
        exclusions: (agreement.exclusionBlocks[0]?.items ?? []).map(exclusionJson),
        claims: claimsJson(agreement.claims[0]),
        tiers: tiersJson(
            agreement,
            period,
            severities.map((s) => s.name),
        ),
        translations: translationsJson(agreement),
    };
}

/** Every `in <language> "…"` after an author's text, by language, in the order written; absent when there is none. */
function translationsJson(agreement: Agreement): TranslationsJson | undefined {
    // Maps, not objects: an author's text may be any string, `__proto__` included.
    const result = new Map<string, Map<string, string>>();
    for (const node of AstUtils.streamAst(agreement)) {
        if (!isTranslation(node) || node.language === undefined || node.text === undefined) continue;
        const original = translatedText(node);
        if (original === undefined) continue;
        let texts = result.get(node.language);
        if (!texts) result.set(node.language, (texts = new Map()));
        // The first one given for a text counts (another one is an error, §2.8).
        if (!texts.has(original)) texts.set(original, node.text);
    }
    return result.size > 0 ? Object.fromEntries([...result].map(([language, texts]) => [language, Object.fromEntries(texts)])) : undefined;
}

function lengthJson(length: number, unit: string | undefined): LengthJson {
    return { length, unit: str(unit).startsWith('year') ? 'year' : 'month' };
}

/** `p95` → 95, `p99.9` → 99.9. */
function percentile(text: string | undefined): number {
    return Number((text ?? '').slice(1));
}

function seconds(duration: Parameters<typeof durationSeconds>[0]): number | null {
    return durationSeconds(duration) ?? null;
}

function measurementJson(measurement: Measurement | undefined, period: PeriodKind): MeasurementJson {
    const probe = measurement?.probes[0];
    const probeInterval = probe ? seconds(probe.interval) : null;
    const range = periodDayRange(period);
    return {
        period,
        periodDays: { reference: periodDays(period), min: range.min, max: range.max },
        probe:
            probe && probeInterval !== null && finite(probe.locations)
                ? { intervalSeconds: probeInterval, locations: probe.locations }
                : null,
        downtime: measurement?.downtimes[0]?.text ?? null,
        maintenance: measurement?.maintenance[0]?.mode ?? 'excluded',
        ...measurementRulesJson(measurement),
    };
}

function capabilitiesJson(capabilities: Capabilities | undefined): CapabilitiesJson | null {
    if (!capabilities) return null;
    const result: CapabilitiesJson = { features: [], onCall: null, observedAvailability: null, observedLatency: [] };
    // The first line of each kind counts, as for tier clauses; repeats add nothing.
    for (const item of capabilities.items) {
        switch (item.$type) {
            case 'FeatureCapability':
                if (!result.features.includes(item.feature)) result.features.push(item.feature);
                break;
            case 'OnCall':
                result.onCall ??= item.coverage;
                break;
            case 'ObservedAvailability':
                if (finite(item.value)) {
                    result.observedAvailability ??= {
                        percent: item.value,
                        window: finite(item.window) && item.windowUnit ? lengthJson(item.window, item.windowUnit) : null,
                    };
                }
                break;
            case 'ObservedLatency': {
                const p = percentile(item.percentile);
                const value = seconds(item.value);
                if (value !== null && !result.observedLatency.some((o) => o.percentile === p)) {
                    result.observedLatency.push({ percentile: p, seconds: value });
                }
                break;
            }
        }
    }
    return result;
}

function severitiesJson(block: Severities | undefined): SeverityJson[] {
    return (block?.levels ?? [])
        .filter((level) => str(level.name) !== '')
        .map((level) => ({ name: level.name, description: level.description ?? null }));
}

function exclusionJson(item: Exclusion): ExclusionJson {
    switch (item.$type) {
        case 'MaintenanceWindow': {
            const allowance = seconds(item.allowance);
            return {
                kind: 'scheduled-maintenance',
                window: str(item.window),
                noticeSeconds: seconds(item.notice),
                allowance: allowance !== null && item.allowancePer ? { seconds: allowance, per: item.allowancePer } : null,
            };
        }
        case 'StandardExclusion':
            return { kind: item.kind, description: item.description ?? null };
        case 'CustomExclusion':
            return { kind: 'custom', description: str(item.description) };
    }
}

function claimsJson(claims: Claims | undefined): ClaimsJson | null {
    if (!claims) return null;
    return {
        windowSeconds: seconds(claims.windows[0]?.length),
        appliedTo: claims.applications[0]?.method ?? null,
        verification: claims.verifications[0]?.text ?? null,
        ...claimTermsJson(claims),
    };
}

function tiersJson(agreement: Agreement, period: PeriodKind, severityOrder: string[]): TierJson[] {
    const tiers = effectiveTiers(agreement);
    const seen = new Set<string>();
    const result: TierJson[] = [];
    for (const node of agreement.tiers) {
        const tier = tiers.get(node.name);
        // A duplicate name is an error, and the first one counts; a tier without a name is skipped.
        if (!tier || !node.name || seen.has(node.name)) continue;
        seen.add(node.name);
        result.push(tierJson(tier, period, severityOrder));
    }
    return result;
}

function tierJson(tier: EffectiveTier, period: PeriodKind, severityOrder: string[]): TierJson {
    const { price, support, credits, clock } = tier.clauses;
    const json: TierJson = {
        name: tier.name,
        extends: tier.node.parent?.$refText ?? null,
        inheritsFrom: [...tier.inheritsFrom],
        price:
            price && finite(price.value.amount) ? { amount: price.value.amount, per: price.value.per ?? 'month', from: price.from } : null,
        availability: tierAvailabilityJson(tier, period),
        latency: tierLatencyJson(tier),
        support: support ? supportJson(support.value, support.from) : null,
        responses: responsesJson(tier, severityOrder),
        credits: credits ? creditsJson(credits.value, credits.from) : null,
    };
    // The terms of v2, each only when the tier has it (see json-types.ts).
    const errorRate = tierErrorRateJson(tier);
    if (errorRate) json.errorRate = errorRate;
    const rpo = recoveryJson(tier, 'rpo');
    if (rpo) json.rpo = rpo;
    const rto = recoveryJson(tier, 'rto');
    if (rto) json.rto = rto;
    const throughput = throughputJson(tier);
    if (throughput) json.throughput = throughput;
    if (clock && clock.value.pauses !== undefined) json.clock = { pausesOutsideCoverage: clock.value.pauses, from: clock.from };
    const termination = terminationJson(tier);
    if (termination.length > 0) json.termination = termination;
    const services = serviceNames(tier.node.$container);
    if (services.length > 0) json.services = services.map((name) => tierServiceJson(serviceView(tier, name), period));
    return json;
}

function tierServiceJson(view: EffectiveTier, period: PeriodKind): TierServiceJson {
    const credits = view.clauses.credits;
    return {
        name: view.service ?? '',
        availability: tierAvailabilityJson(view, period),
        errorRate: tierErrorRateJson(view) ?? null,
        latency: tierLatencyJson(view),
        rpo: recoveryJson(view, 'rpo') ?? null,
        rto: recoveryJson(view, 'rto') ?? null,
        throughput: throughputJson(view) ?? null,
        credits: credits ? creditsJson(credits.value, credits.from) : null,
        termination: terminationJson(view),
    };
}

function tierAvailabilityJson(tier: EffectiveTier, period: PeriodKind): AvailabilityJson | null {
    const availability = tier.clauses.availability;
    if (!availability || !finite(availability.value.value)) return null;
    return availabilityJson(availability.value.value, period, availability.from, availability.value.internal);
}

function tierLatencyJson(tier: EffectiveTier): LatencyJson[] {
    return latencyClauses(tier).map(({ value, from }) => ({
        percentile: percentile(value.percentile),
        targetSeconds: seconds(value.target) ?? 0,
        description: value.description ?? null,
        from,
    }));
}

function tierErrorRateJson(tier: EffectiveTier): ErrorRateJson | undefined {
    const errorRate = tier.clauses.errorRate;
    if (!errorRate || !finite(errorRate.value.value)) return undefined;
    const internal = errorRate.value.internal;
    return { percent: errorRate.value.value, ...(finite(internal) ? { internalPercent: internal } : {}), from: errorRate.from };
}

function recoveryJson(tier: EffectiveTier, kind: 'rpo' | 'rto'): { seconds: number; from: string } | undefined {
    const clause = tier.clauses[kind];
    const value = clause && durationSeconds(clause.value.target);
    return clause && value !== undefined ? { seconds: value, from: clause.from } : undefined;
}

function throughputJson(tier: EffectiveTier): TierJson['throughput'] {
    const clause = tier.clauses.throughput;
    return clause && finite(clause.value.amount) && clause.value.per
        ? { requests: clause.value.amount, per: clause.value.per, from: clause.from }
        : undefined;
}

/** `month`, `months` → `month`: the unit of a termination window, singular. */
function terminationUnit(unit: string | undefined): TerminationJson['unit'] {
    const singular = (unit ?? 'period').replace(/s$/, '');
    return singular as TerminationJson['unit'];
}

function terminationJson(tier: EffectiveTier): TerminationJson[] {
    return terminationClauses(tier).flatMap(({ value, from }) => {
        const kind = value.metric?.kind;
        if (!kind) return [];
        const consecutive = finite(value.consecutive) ? value.consecutive : null;
        const any = finite(value.count) && finite(value.window) ? { count: value.count, of: value.window } : null;
        if (consecutive === null && any === null) return [];
        return [
            {
                metric: kind,
                percentile: value.metric?.$type === 'LatencyMetric' ? percentile(value.metric.percentile) : null,
                ...boundsJson(bracketInterval(value)),
                consecutive,
                any,
                unit: terminationUnit(value.unit),
                from,
            },
        ];
    });
}

function availabilityJson(percent: number, period: PeriodKind, from: string, internal?: number): AvailabilityJson {
    const valid = percent >= 0 && percent <= 100;
    const n = valid ? nines(percent) : NaN;
    return {
        percent,
        ...(finite(internal) ? { internalPercent: internal } : {}),
        nines: Number.isFinite(n) ? n : null,
        downtimeBudget: valid ? budgetJson(percent, period) : null,
        from,
    };
}

function budgetJson(percent: number, period: PeriodKind): DowntimeBudgetJson {
    const budget = downtimeBudget(percent, period);
    const p = budget.perPeriod;
    return {
        daySeconds: budget.perDay,
        weekSeconds: budget.perWeek,
        period: {
            referenceDays: p.referenceDays,
            referenceSeconds: p.reference,
            minDays: p.minDays,
            minSeconds: p.min,
            maxDays: p.maxDays,
            maxSeconds: p.max,
        },
        yearSeconds: budget.perYear,
    };
}

function supportJson(support: Support, from: string): SupportJson {
    const coverage = support.coverage;
    if (!coverage || coverage.$type === 'AroundTheClock') return { coverage: '24x7', hours: null, zone: null, from };
    if (coverage.$type === 'CalendarCoverage') {
        return { coverage: 'calendar', calendar: coverage.calendar?.$refText ?? '', hours: null, zone: null, from };
    }
    return {
        coverage: coverage.kind,
        hours: coverage.hours ? { start: str(coverage.hours.from), end: str(coverage.hours.to) } : null,
        zone: coverage.zone?.local ?? coverage.zone?.iana ?? null,
        from,
    };
}

/** Declared severities first, most severe first; a line naming an undeclared one (an error) after them. */
function responsesJson(tier: EffectiveTier, severityOrder: string[]): ResponseJson[] {
    const names = Object.keys(tier.responses);
    const rank = (name: string) => {
        const index = severityOrder.indexOf(name);
        return index < 0 ? severityOrder.length + names.indexOf(name) : index;
    };
    return names.sort((a, b) => rank(a) - rank(b)).map((name) => responseJson(name, tier.responses[name].value, tier.responses[name].from));
}

function responseJson(severity: string, response: Response, from: string): ResponseJson {
    return {
        severity,
        responseSeconds: seconds(response.response) ?? 0,
        resolutionSeconds: seconds(response.resolution),
        escalationSeconds: seconds(response.escalation),
        from,
    };
}

function creditsJson(credits: Parameters<typeof creditBrackets>[0], from: string): CreditsJson {
    const json: CreditsJson = {
        cap: finite(creditCap(credits)) ? creditCap(credits)! : null,
        brackets: creditBrackets(credits)
            .filter(({ bracket }) => finite(bracket.credit) || finite(bracket.amount))
            .map(({ node, bracket }) => {
                // `fee` only where written, `amount` only for a fixed amount: v1 brackets keep their shape.
                const credit = {
                    credit: bracket.credit ?? null,
                    ...(node.fee ? { fee: bracket.fee } : {}),
                    ...(bracket.amount !== undefined ? { amount: { value: bracket.amount, currency: str(node.currency) } } : {}),
                };
                if (node.metric?.$type === 'MissedResponse') {
                    return { metric: 'response', severity: str(node.metric.severity?.$refText), ...credit } satisfies BracketJson;
                }
                const bounds = boundsJson(bracket.interval);
                if (bracket.metric === 'latency') {
                    return {
                        metric: 'latency',
                        percentile: percentile(node.metric?.$type === 'LatencyMetric' ? node.metric.percentile : undefined),
                        ...credit,
                        ...bounds,
                    } satisfies BracketJson;
                }
                return {
                    metric: bracket.metric === 'error-rate' ? 'error-rate' : 'availability',
                    ...credit,
                    ...bounds,
                } satisfies BracketJson;
            }),
        from,
    };
    const periodCap = periodCaps(credits)[0];
    if (periodCap && json.cap === null) {
        const cap = moneyOrShare(periodCap);
        if (cap) json.periodCap = cap;
    }
    const annualCap = annualCaps(credits)[0];
    const annual = annualCap && moneyOrShare(annualCap);
    if (annual) json.annualCap = annual;
    return json;
}

/** Infinite sides become `null`: JSON has no Infinity. */
function boundsJson(i: Interval): { min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean } {
    return {
        min: Number.isFinite(i.min) ? i.min : null,
        minInclusive: Number.isFinite(i.min) && i.minInclusive,
        max: Number.isFinite(i.max) ? i.max : null,
        maxInclusive: Number.isFinite(i.max) && i.maxInclusive,
    };
}
