/**
 * The agreement-level terms of language v2 as plain data: services, calendars and holidays, the
 * measurement rules, definitions, duties and the terms of credits. Each builder returns undefined
 * when the document does not use the term, so the key is left out and a document written in the
 * v1 language keeps its JSON (see json-types.ts).
 */
import type { Agreement, Calendar, CalendarDays, Claims, Holidays, Measurement, Service } from '../generated/ast.js';
import { durationSeconds } from '../model/values.js';
import type {
    CalendarJson,
    ClaimsJson,
    DefinitionsJson,
    DutiesJson,
    HolidaysJson,
    MeasurementJson,
    MoneyOrShareJson,
    ServiceJson,
    Weekday,
} from './json-types.js';
import type { PeriodKind } from '../domain/period.js';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function nonEmpty<T>(list: T[]): T[] | undefined {
    return list.length > 0 ? list : undefined;
}

function finite(value: number | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

export function servicesJson(agreement: Agreement): ServiceJson[] | undefined {
    const seen = new Set<string>();
    return nonEmpty(
        agreement.services.filter((service) => !!service.name && !seen.has(service.name) && !!seen.add(service.name)).map(serviceJson),
    );
}

function serviceJson(service: Service): ServiceJson {
    return {
        name: service.name,
        description: service.description ?? null,
        regions: service.regions.flatMap((line) => line.names),
        measuredPer: (service.units[0]?.unit as ServiceJson['measuredPer']) ?? null,
        sli: service.slis.map((sli) => ({
            metric: sli.metric ?? '',
            source: sli.source ?? '',
            queries: sli.queries.map((query) => ({ role: query.role ?? null, promql: query.promql ?? '' })),
        })),
    };
}

/** The rules of v2 in the measurement block, added to its JSON only where written. */
export function measurementRulesJson(measurement: Measurement | undefined): Partial<MeasurementJson> {
    if (!measurement) return {};
    const rules: Partial<MeasurementJson> = {};
    const partial = measurement.partialMinutes[0]?.counts;
    if (partial) rules.partialMinutes = partial as 'downtime' | 'uptime';
    const first = measurement.firstPeriods[0];
    if (first) rules.firstPeriod = first.prorated ? 'prorated' : 'full';
    const minimum = durationSeconds(measurement.minimumOutages[0]?.length);
    if (minimum !== undefined) rules.minimumOutageSeconds = minimum;
    const interval = measurement.errorRateIntervals[0];
    const intervalSeconds = durationSeconds(interval?.length);
    if (interval && intervalSeconds !== undefined && finite(interval.threshold)) {
        rules.errorRateInterval = { seconds: intervalSeconds, abovePercent: interval.threshold };
    }
    const missing = measurement.missingData[0]?.counts;
    if (missing) rules.missingData = missing as 'downtime' | 'uptime';
    const source = measurement.dataSources[0]?.source;
    if (source) rules.dataFrom = source;
    const hours = measurement.measuredHours[0];
    if (hours) rules.availabilityMeasured = { calendar: hours.aroundTheClock ? null : (hours.calendar?.$refText ?? null) };
    return rules;
}

/** Every weekday a `days` clause covers, monday first; a range wraps past sunday (`friday to monday`). */
export function calendarDays(days: CalendarDays | undefined): Weekday[] {
    if (!days) return [];
    if (days.from && days.to) {
        const from = WEEKDAYS.indexOf(days.from as Weekday);
        const to = WEEKDAYS.indexOf(days.to as Weekday);
        const covered = new Set<number>();
        for (let day = from; ; day = (day + 1) % 7) {
            covered.add(day);
            if (day === to || covered.size === 7) break;
        }
        return WEEKDAYS.filter((_, index) => covered.has(index));
    }
    return WEEKDAYS.filter((day) => days.list.includes(day));
}

export function calendarsJson(agreement: Agreement): CalendarJson[] | undefined {
    return nonEmpty(agreement.calendars.filter((calendar) => !!calendar.name).map(calendarJson));
}

function calendarJson(calendar: Calendar): CalendarJson {
    const range = calendar.hours[0]?.range;
    const zone = calendar.zones[0]?.zone;
    return {
        name: calendar.name,
        days: calendarDays(calendar.days[0]),
        hours: range?.from && range.to ? { start: range.from, end: range.to } : null,
        zone: zone?.local ?? zone?.iana ?? null,
        holidays: calendar.holidays[0]?.list?.$refText || null,
    };
}

export function holidaysJson(agreement: Agreement): HolidaysJson[] | undefined {
    return nonEmpty(agreement.holidayLists.filter((list) => !!list.name).map(holidayListJson));
}

function holidayListJson(list: Holidays): HolidaysJson {
    return {
        name: list.name,
        days: list.days.filter((day) => !!day.date).map((day) => ({ date: day.date, name: day.name ?? null })),
    };
}

export function definitionsJson(agreement: Agreement): DefinitionsJson | undefined {
    const block = agreement.definitionBlocks[0];
    if (!block) return undefined;
    const text = (term: string) => block.terms.find((definition) => definition.term === term)?.text ?? null;
    return { incident: text('incident'), response: text('response'), resolution: text('resolution') };
}

export function dutiesJson(agreement: Agreement): DutiesJson | undefined {
    const block = agreement.dutyBlocks[0];
    if (!block) return undefined;
    const duties: DutiesJson = { severityAssignedBy: null, statusPage: null, incidentReports: [], serviceReport: null, review: null };
    for (const duty of block.items) {
        switch (duty.$type) {
            case 'SeverityAssignment':
                duties.severityAssignedBy ??= duty.party ?? null;
                break;
            case 'StatusPage':
                duties.statusPage ??= { address: duty.address ?? null };
                break;
            case 'IncidentReport': {
                const seconds = durationSeconds(duty.time);
                if (!finite(duty.businessDays) && seconds === undefined) break;
                duties.incidentReports.push({
                    businessDays: finite(duty.businessDays) ? duty.businessDays : null,
                    seconds: seconds ?? null,
                    severity: duty.severity?.$refText || null,
                });
                break;
            }
            case 'ServiceReport':
                duties.serviceReport ??= (duty.frequency as PeriodKind | undefined) ?? null;
                break;
            case 'Review':
                duties.review ??= (duty.frequency as PeriodKind | undefined) ?? null;
                break;
        }
    }
    return duties;
}

/** `{ percent, fee }` or `{ amount, currency }`, the other pair null. */
export function moneyOrShare(node: {
    value?: number;
    percent?: number;
    fee?: string;
    amount?: number;
    currency?: string;
}): MoneyOrShareJson | undefined {
    if (finite(node.amount)) return { percent: null, fee: null, amount: node.amount, currency: node.currency ?? null };
    const percent = node.value ?? node.percent;
    if (!finite(percent)) return undefined;
    return { percent, fee: node.fee === 'annual' ? 'annual' : 'monthly', amount: null, currency: null };
}

/** The claims terms of v2, added to the claims JSON only where written. */
export function claimTermsJson(claims: Claims): Partial<ClaimsJson> {
    const terms: Partial<ClaimsJson> = {};
    const window = claims.windows[0];
    if (window?.start) terms.windowFrom = window.start === 'incident' ? 'incident' : 'period-end';
    const contents = claims.contents[0]?.text;
    if (contents !== undefined) terms.contents = contents;
    const minimum = claims.minimums[0] && moneyOrShare(claims.minimums[0]);
    if (minimum) terms.minimumCredit = minimum;
    const creditTerms: NonNullable<ClaimsJson['creditTerms']> = {};
    const keys = {
        transferable: 'transferable',
        payable: 'payableInCash',
        forfeited: 'forfeitedAtTermination',
        sole: 'soleRemedy',
    } as const;
    for (const term of claims.creditTerms) {
        const key = term.kind && keys[term.kind as keyof typeof keys];
        if (key && creditTerms[key] === undefined) creditTerms[key] = !term.negated;
    }
    if (Object.keys(creditTerms).length > 0) {
        // Always in the same order, whatever the order written.
        terms.creditTerms = Object.fromEntries(
            Object.values(keys)
                .filter((key) => creditTerms[key] !== undefined)
                .map((key) => [key, creditTerms[key]]),
        );
    }
    return terms;
}
