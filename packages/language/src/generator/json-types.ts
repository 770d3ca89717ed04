/**
 * The shape of the generated JSON (spec §5), mirrored by `packages/language/schema/sla.schema.json`.
 * Conventions, kept everywhere so that consumers can rely on them:
 * - every key is always present, in the order declared here; `null` means "not written";
 * - percentages are numbers in percent (`99.95` is 99.95%);
 * - durations are numbers of seconds, in keys ending in `Seconds` (bracket bounds excepted: their
 *   unit is the metric's, percent for availability and seconds for latency);
 * - an unbounded side of a bracket is `null` (JSON has no Infinity);
 * - every inheritable tier clause carries `from`, the tier that wrote it.
 */
import type { PeriodKind } from '../domain/period.js';

/** The `$id` of the published schema; never changes for this version of the shape. */
export const SLA_SCHEMA_ID = 'urn:sla-toolkit:schema:sla:v1';

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
    measurement: MeasurementJson;
    capabilities: CapabilitiesJson | null;
    /** Most severe first (declaration order). */
    severities: SeverityJson[];
    exclusions: ExclusionJson[];
    claims: ClaimsJson | null;
    /** Declaration order, inheritance resolved. */
    tiers: TierJson[];
}

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
}

export interface CapabilitiesJson {
    features: Array<'multi-region' | 'automatic-failover'>;
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
}

export interface TierJson {
    name: string;
    extends: string | null;
    /** The ancestors inherited from, nearest first. */
    inheritsFrom: string[];
    price: { amount: number; per: 'month'; from: string } | null;
    availability: AvailabilityJson | null;
    /** One per percentile, in the order the percentiles were first written. */
    latency: Array<{ percentile: number; targetSeconds: number; description: string | null; from: string }>;
    support: SupportJson | null;
    /** In severity order. */
    responses: ResponseJson[];
    credits: CreditsJson | null;
}

export interface AvailabilityJson {
    percent: number;
    /** One decimal; `null` for 100% (no downtime at all). */
    nines: number | null;
    /** `null` only for a figure outside 0%–100% (a document with errors). */
    downtimeBudget: DowntimeBudgetJson | null;
    from: string;
}

/** Spec §4: (1 − availability) × length, per day, week, measurement period (reference and range) and 365-day year. */
export interface DowntimeBudgetJson {
    daySeconds: number;
    weekSeconds: number;
    period: { referenceDays: number; referenceSeconds: number; minDays: number; minSeconds: number; maxDays: number; maxSeconds: number };
    yearSeconds: number;
}

export interface SupportJson {
    coverage: 'business-hours' | 'extended-hours' | '24x7';
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
    /** Percent of the monthly fee; `null` when the schedule has no cap. */
    cap: number | null;
    brackets: BracketJson[];
    from: string;
}

export type BracketJson = AvailabilityBracketJson | LatencyBracketJson;

interface BracketBoundsJson {
    /** Percent of the monthly fee. */
    credit: number;
    min: number | null;
    minInclusive: boolean;
    max: number | null;
    maxInclusive: boolean;
}

export interface AvailabilityBracketJson extends BracketBoundsJson {
    metric: 'availability';
}

export interface LatencyBracketJson extends BracketBoundsJson {
    metric: 'latency';
    percentile: number;
}
