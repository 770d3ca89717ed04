/**
 * The shape of the generated JSON (§4), mirrored by `packages/language/schema/sla.schema.json`.
 * Conventions, kept everywhere so that consumers can rely on them:
 * - every key of schema v1 is always present, in the order declared here; `null` means "not written";
 * - a key added in v2 (marked optional here) is present only when the document uses the term, so
 *   that a document written in the v1 language gives the same JSON as before, apart from `$schema`;
 * - percentages are numbers in percent (`99.95` is 99.95%);
 * - durations are numbers of seconds, in keys ending in `Seconds` (bracket bounds excepted: their
 *   unit is the metric's, percent for availability and seconds for latency);
 * - an unbounded side of a bracket is `null` (JSON has no Infinity);
 * - every inheritable tier clause carries `from`, the tier that wrote it.
 */
import type { PeriodKind } from '../domain/period.js';

/** The `$id` of the published schema; never changes for this version of the shape. Every document carries it as `$schema`. */
export const SLA_SCHEMA_ID = 'urn:sla-toolkit:schema:sla:v2';

export interface SlaJson {
    $schema: typeof SLA_SCHEMA_ID;
    title: string;
    provider: string;
    customer: string | null;
    /** ISO date, as written. */
    effective: string | null;
    term: LengthJson | null;
    currency: string | null;
    scope: string | null;
    /** IANA zone of the calendar periods; absent: UTC. */
    timeZone?: string;
    /** Language of the contract text; absent: `en`. */
    language?: string;
    /** The standard of the commitment (`standard …`); absent: `firm`. */
    standard?: 'firm' | 'commercially-reasonable-efforts';
    /** Declaration order; absent when the agreement declares no services (it then covers one, unnamed). */
    services?: ServiceJson[];
    measurement: MeasurementJson;
    calendars?: CalendarJson[];
    holidays?: HolidaysJson[];
    capabilities: CapabilitiesJson | null;
    /** Most severe first (declaration order). */
    severities: SeverityJson[];
    definitions?: DefinitionsJson;
    duties?: DutiesJson;
    exclusions: ExclusionJson[];
    claims: ClaimsJson | null;
    /** Declaration order, inheritance resolved. */
    tiers: TierJson[];
    /**
     * The author's text in other languages (`"…" in id "…"`): per language, each text as the author
     * wrote it and its text in that language. Absent when the document gives none.
     */
    translations?: TranslationsJson;
}

/** Language code → the author's text → that text in the language. */
export type TranslationsJson = Record<string, Record<string, string>>;

export interface LengthJson {
    length: number;
    unit: 'month' | 'year';
}

export interface MeasurementJson {
    period: PeriodKind;
    periodDays: { reference: number; min: number; max: number };
    probe: { intervalSeconds: number; locations: number } | null;
    downtime: string | null;
    /** `excluded` (the default) or `included`: whether scheduled maintenance counts as downtime. */
    maintenance: 'excluded' | 'included';
    partialMinutes?: 'downtime' | 'uptime';
    firstPeriod?: 'prorated' | 'full';
    minimumOutageSeconds?: number;
    errorRateInterval?: { seconds: number; abovePercent: number };
    missingData?: 'downtime' | 'uptime';
    dataFrom?: 'provider' | 'customer' | 'both';
    /** `null` calendar: around the clock. */
    availabilityMeasured?: { calendar: string | null };
}

export interface ServiceJson {
    name: string;
    description: string | null;
    regions: string[];
    measuredPer: 'region' | 'instance' | 'zone' | 'endpoint' | 'account' | null;
    sli: Array<{ metric: string; source: string; queries: Array<{ role: string | null; promql: string }> }>;
}

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface CalendarJson {
    name: string;
    /** Every day of the week covered, monday first; a range is expanded. */
    days: Weekday[];
    hours: { start: string; end: string } | null;
    zone: string | null;
    /** The name of the holiday list left out. */
    holidays: string | null;
}

export interface HolidaysJson {
    name: string;
    days: Array<{ date: string; name: string | null }>;
}

export interface DefinitionsJson {
    incident: string | null;
    response: string | null;
    resolution: string | null;
}

export interface DutiesJson {
    severityAssignedBy: 'provider' | 'customer' | null;
    statusPage: { address: string | null } | null;
    /** `severity` null: every incident. Exactly one of `businessDays` and `seconds`. */
    incidentReports: Array<{ businessDays: number | null; seconds: number | null; severity: string | null }>;
    serviceReport: PeriodKind | null;
    review: PeriodKind | null;
}

export interface CapabilitiesJson {
    features: Array<'multi-region' | 'automatic-failover' | 'synchronous-replication'>;
    onCall: '24x7' | 'business-hours' | null;
    observedAvailability: { percent: number; window: LengthJson | null } | null;
    observedLatency: Array<{ percentile: number; seconds: number }>;
}

export interface SeverityJson {
    name: string;
    description: string | null;
}

export type StandardExclusionKind =
    'third-party' | 'customer-caused' | 'internet-connectivity' | 'force-majeure' | 'ddos' | 'beta-features';

export type ExclusionJson =
    | {
          kind: 'scheduled-maintenance';
          window: string;
          noticeSeconds: number | null;
          allowance: { seconds: number; per: 'day' | 'week' | 'month' | 'quarter' | 'year' } | null;
      }
    | { kind: StandardExclusionKind; description: string | null }
    | { kind: 'custom'; description: string };

export interface ClaimsJson {
    windowSeconds: number | null;
    appliedTo: 'next-invoice' | 'refund' | 'subscription-extension' | null;
    verification: string | null;
    /** When written: the window counts from the end of the period or from the incident. */
    windowFrom?: 'period-end' | 'incident';
    contents?: string;
    minimumCredit?: MoneyOrShareJson;
    /** Each present when written: true when affirmed, false with `not`. */
    creditTerms?: { transferable?: boolean; payableInCash?: boolean; forfeitedAtTermination?: boolean; soleRemedy?: boolean };
}

/** A share of a fee (`percent` and `fee`) or a fixed amount (`amount` and `currency`); the other pair null. */
export interface MoneyOrShareJson {
    percent: number | null;
    fee: 'monthly' | 'annual' | null;
    amount: number | null;
    currency: string | null;
}

export interface TierJson {
    name: string;
    extends: string | null;
    /** The ancestors inherited from, nearest first. */
    inheritsFrom: string[];
    price: { amount: number; per: 'month' | 'year'; from: string } | null;
    availability: AvailabilityJson | null;
    /** One per percentile, in the order the percentiles were first written. */
    latency: LatencyJson[];
    support: SupportJson | null;
    /** In severity order. */
    responses: ResponseJson[];
    credits: CreditsJson | null;
    errorRate?: ErrorRateJson;
    rpo?: { seconds: number; from: string };
    rto?: { seconds: number; from: string };
    throughput?: ThroughputJson;
    /** Whether response and resolution clocks stop outside support coverage. */
    clock?: { pausesOutsideCoverage: boolean; from: string };
    termination?: TerminationJson[];
    /** One per service the agreement declares: the tier's commitments for it, service blocks applied. */
    services?: TierServiceJson[];
}

export interface LatencyJson {
    percentile: number;
    targetSeconds: number;
    description: string | null;
    from: string;
}

export interface ErrorRateJson {
    percent: number;
    /** The stricter internal objective (a lower share of failed requests), when written. */
    internalPercent?: number;
    from: string;
}

export interface ThroughputJson {
    requests: number;
    per: 'second' | 'minute' | 'hour';
    from: string;
}

export interface TierServiceJson {
    name: string;
    availability: AvailabilityJson | null;
    errorRate: ErrorRateJson | null;
    latency: LatencyJson[];
    rpo: { seconds: number; from: string } | null;
    rto: { seconds: number; from: string } | null;
    throughput: ThroughputJson | null;
    credits: CreditsJson | null;
    termination: TerminationJson[];
}

/** The customer may terminate when the metric lies in [min, max] in `consecutive` periods in a row, or in `count` of any `of`. */
export interface TerminationJson extends BoundsJson {
    metric: 'availability' | 'error-rate' | 'latency';
    percentile: number | null;
    consecutive: number | null;
    any: { count: number; of: number } | null;
    unit: 'month' | 'quarter' | 'year' | 'period';
    from: string;
}

export interface AvailabilityJson {
    percent: number;
    /** The stricter internal objective, when written. */
    internalPercent?: number;
    /** One decimal; `null` for 100% (no downtime at all). */
    nines: number | null;
    /** `null` only for a figure outside 0%–100% (a document with errors). */
    downtimeBudget: DowntimeBudgetJson | null;
    from: string;
}

/** §7.1: (1 − availability) × length, per day, week, measurement period (reference and range) and 365-day year. */
export interface DowntimeBudgetJson {
    daySeconds: number;
    weekSeconds: number;
    period: { referenceDays: number; referenceSeconds: number; minDays: number; minSeconds: number; maxDays: number; maxSeconds: number };
    yearSeconds: number;
}

export interface SupportJson {
    coverage: 'business-hours' | 'extended-hours' | '24x7' | 'calendar';
    /** With coverage `calendar`: the calendar's name (its hours and zone are in `calendars`). */
    calendar?: string;
    hours: { start: string; end: string } | null;
    /** `customer-local`, `provider-local`, or an IANA zone name (`UTC`, `Europe/Berlin`); `null` for 24x7. */
    zone: string | null;
    from: string;
}

export interface ResponseJson {
    severity: string;
    responseSeconds: number;
    /** `null`: best effort. */
    resolutionSeconds: number | null;
    escalationSeconds: number | null;
    from: string;
}

export interface CreditsJson {
    /** Percent of the monthly fee per period; `null` when the schedule has no such cap. */
    cap: number | null;
    /** A per-period cap written otherwise: of the annual fee, or a fixed amount. */
    periodCap?: MoneyOrShareJson;
    /** The most credit one year can earn (`per year`). */
    annualCap?: MoneyOrShareJson;
    brackets: BracketJson[];
    from: string;
}

export type BracketJson = AvailabilityBracketJson | LatencyBracketJson | ErrorRateBracketJson | MissedResponseBracketJson;

interface BoundsJson {
    min: number | null;
    minInclusive: boolean;
    max: number | null;
    maxInclusive: boolean;
}

interface BracketBoundsJson extends BoundsJson {
    /** Percent of the monthly fee (or of the annual fee, with `fee: 'annual'`); `null` for a fixed amount. */
    credit: number | null;
    /** Present when the fee is written (`of annual fee`, `of monthly fee`). */
    fee?: 'monthly' | 'annual';
    /** Present for a fixed-amount credit (`credit 100 USD`). */
    amount?: { value: number; currency: string };
}

export interface AvailabilityBracketJson extends BracketBoundsJson {
    metric: 'availability';
}

export interface ErrorRateBracketJson extends BracketBoundsJson {
    metric: 'error-rate';
}

/** A credit for each response later than the target of a severity: no bounds. */
export interface MissedResponseBracketJson {
    metric: 'response';
    severity: string;
    credit: number | null;
    fee?: 'monthly' | 'annual';
    amount?: { value: number; currency: string };
}

export interface LatencyBracketJson extends BracketBoundsJson {
    metric: 'latency';
    percentile: number;
}
