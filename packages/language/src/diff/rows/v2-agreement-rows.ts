/**
 * Agreement-wide terms of language v2: services, time zone and language, the measurement rules,
 * calendars and holidays, definitions, duties, and the terms of claims and credits.
 */
import { formatDurationLong } from '../../domain/duration.js';
import { formatPercent } from '../../domain/interval.js';
import type { ClaimsJson, DutiesJson, MeasurementJson, MoneyOrShareJson, ServiceJson } from '../../generator/json-types.js';
import { byFigure, carveOut, combine, promise } from '../favour-rules.js';
import type { Side } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';
import { moneyOrShare } from './credit-rows.js';
import { choice, single, toRead } from './row-shapes.js';

const measurement = (s: Side): MeasurementJson => s.sla.measurement;
const claims = (s: Side): ClaimsJson | null => s.sla.claims;
const duties = (s: Side): DutiesJson | undefined => s.sla.duties;

const service: TermRow<Side, ServiceJson> = {
    term: 'service',
    rule: 'a service added, removed or described otherwise changes what the commitments cover: read it',
    items: (side) => (side.sla.services ?? []).map((s) => [s.name, s]),
    clause: (name) => `service ${name}`,
    value: (s) => [s.description?.trim() ?? null, s.regions, s.measuredPer, s.sli],
    text: (s) =>
        [
            s.description ? `"${s.description.trim()}"` : s.name,
            s.regions.length ? `regions ${s.regions.join(', ')}` : '',
            s.measuredPer ? `measured per ${s.measuredPer}` : '',
        ]
            .filter(Boolean)
            .join(', '),
    favours: () => 'unclear',
    authorText: (s) => s.description,
};

const errorRateInterval: TermRow<Side, NonNullable<MeasurementJson['errorRateInterval']>> = {
    term: 'error-rate-interval',
    clause: () => 'error-rate interval',
    items: (s) => (measurement(s).errorRateInterval ? [['error-rate-interval', measurement(s).errorRateInterval!]] : []),
    rule: 'a longer interval or a higher threshold before an interval counts as downtime favours the provider',
    value: (v) => v,
    text: (v) => `${formatDurationLong(v.seconds)} above ${formatPercent(v.abovePercent)}`,
    favours: (old, now) =>
        promise(old, now, () =>
            combine(byFigure(old!.seconds, now!.seconds, 'provider'), byFigure(old!.abovePercent, now!.abovePercent, 'provider')),
        ),
};

/** Shorter outages do not count: a minimum is a carve-out from the commitment. */
const minimumOutage: TermRow<Side, number> = {
    ...single('minimum-outage', 'minimum outage', (s: Side) => measurement(s).minimumOutageSeconds),
    rule: 'a minimum outage added or lengthened favours the provider (shorter outages do not count); removed or shortened, the customer',
    value: (v) => v,
    text: (v) => formatDurationLong(v),
    favours: (old, now) => carveOut(old, now, () => byFigure(old, now, 'provider') ?? 'unclear'),
};

/** Claims below the minimum are not paid: a minimum is a carve-out from the credits. */
const minimumCredit: TermRow<Side, MoneyOrShareJson> = {
    ...single('minimum-credit', 'minimum credit', (s: Side) => claims(s)?.minimumCredit),
    rule: 'a minimum credit added or raised favours the provider (smaller credits are not paid); removed or lowered, the customer',
    value: (m) => m,
    text: moneyOrShare,
    favours: (old, now) =>
        carveOut(old, now, () =>
            old!.currency === now!.currency && old!.fee === now!.fee
                ? (byFigure(old!.amount ?? old!.percent, now!.amount ?? now!.percent, 'provider') ?? 'unclear')
                : 'unclear',
        ),
};

/** A row of the author's own words, which the author may give in other languages. */
function withAuthorText<S>(row: TermRow<S, string>): TermRow<S, string> {
    return { ...row, authorText: (t) => t };
}

const CREDIT_TERMS: Array<[key: keyof NonNullable<ClaimsJson['creditTerms']>, clause: string, customers: boolean]> = [
    ['transferable', 'credits transferable', true],
    ['payableInCash', 'credits payable in cash', true],
    ['forfeitedAtTermination', 'credits forfeited at termination', false],
    ['soleRemedy', 'credits the sole remedy', false],
];

export const v2AgreementRows: ReadonlyArray<AnyRow<Side>> = [
    toRead(
        'time-zone',
        'time zone of the periods',
        (s) => s.sla.timeZone,
        (z) => z,
    ),
    toRead(
        'language',
        'language of the contract text',
        (s) => s.sla.language,
        (l) => l,
    ),
    service,
    choice(
        'partial-minutes',
        'partly-down minutes',
        (s) => measurement(s).partialMinutes,
        'downtime',
        (v) => `count as ${v}`,
        'partly-down minutes counted as downtime favour the customer',
    ),
    toRead(
        'first-period',
        'first period',
        (s) => measurement(s).firstPeriod,
        (v) => v,
    ),
    minimumOutage,
    errorRateInterval,
    choice(
        'missing-data',
        'missing data',
        (s) => measurement(s).missingData,
        'downtime',
        (v) => `counts as ${v}`,
        'missing data counted as downtime favours the customer',
    ),
    toRead(
        'data-from',
        'measurement data from',
        (s) => measurement(s).dataFrom,
        (v) => v,
    ),
    choice(
        'availability-measured',
        'availability measured',
        (s) => (measurement(s).availabilityMeasured ? (measurement(s).availabilityMeasured!.calendar ?? 'around-the-clock') : undefined),
        'around-the-clock',
        (v) => (v === 'around-the-clock' ? v : `during ${v}`),
        'availability measured around the clock favours the customer: outside a calendar, outages do not count',
    ),
    toRead(
        'calendars',
        'calendars',
        (s) => (s.sla.calendars?.length ? s.sla.calendars : undefined),
        (c) => c.map((x) => x.name).join(', '),
    ),
    toRead(
        'holidays',
        'holidays',
        (s) => (s.sla.holidays?.length ? s.sla.holidays : undefined),
        (h) => h.map((x) => `${x.name} (${x.days.length} days)`).join(', '),
    ),
    withAuthorText(
        toRead(
            'definition-incident',
            'definition of an incident',
            (s) => s.sla.definitions?.incident,
            (t) => t.trim(),
        ),
    ),
    withAuthorText(
        toRead(
            'definition-response',
            'definition of a response',
            (s) => s.sla.definitions?.response,
            (t) => t.trim(),
        ),
    ),
    withAuthorText(
        toRead(
            'definition-resolution',
            'definition of a resolution',
            (s) => s.sla.definitions?.resolution,
            (t) => t.trim(),
        ),
    ),
    choice(
        'severity-assigned-by',
        'severity assigned by',
        (s) => duties(s)?.severityAssignedBy,
        'customer',
        (v) => v,
        'the customer assigning severities favours the customer',
    ),
    toRead(
        'status-page',
        'status page',
        (s) => duties(s)?.statusPage,
        (p) => p.address ?? 'yes',
    ),
    toRead(
        'incident-reports',
        'incident reports',
        (s) => (duties(s)?.incidentReports.length ? duties(s)!.incidentReports : undefined),
        (r) =>
            r
                .map(
                    (x) =>
                        `within ${x.businessDays !== null ? `${x.businessDays} business days` : formatDurationLong(x.seconds ?? 0)}${x.severity ? ` for ${x.severity}` : ''}`,
                )
                .join('; '),
    ),
    toRead(
        'service-report',
        'service report',
        (s) => duties(s)?.serviceReport,
        (v) => v,
    ),
    toRead(
        'review',
        'service review',
        (s) => duties(s)?.review,
        (v) => v,
    ),
    choice(
        'claim-window-from',
        'claim window counted from',
        (s) => claims(s)?.windowFrom,
        'period-end',
        (v) => v,
        'a claim window counted from the end of the period favours the customer (it ends later)',
    ),
    withAuthorText(
        toRead(
            'claim-contents',
            'what a claim contains',
            (s) => claims(s)?.contents,
            (t) => t.trim(),
        ),
    ),
    minimumCredit,
    ...CREDIT_TERMS.map(([key, clause, customers]) =>
        choice<Side, boolean>(
            `credit-terms-${key}`,
            clause,
            (s) => claims(s)?.creditTerms?.[key],
            customers,
            (v) => (v ? 'yes' : 'no'),
            `${clause}: ${customers ? 'yes' : 'no'} favours the customer`,
        ),
    ),
];
