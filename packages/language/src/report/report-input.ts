/**
 * What a report is computed from, once the CLI or the editor has read it: incidents from a log,
 * and per-service downtime and gaps reduced from per-minute samples (a file or Prometheus).
 * Times are milliseconds since the epoch; spans are half-open.
 */
import type { Span } from './time-spans.js';

/** The exclusion kinds an incident log may name (the standard exclusions of the language). */
export const EXCLUSION_KINDS = [
    'third-party',
    'customer-caused',
    'internet-connectivity',
    'force-majeure',
    'ddos',
    'beta-features',
] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];
export type IncidentKind = 'outage' | 'maintenance' | ExclusionKind;

export function isIncidentKind(text: string): text is IncidentKind {
    return text === 'outage' || text === 'maintenance' || (EXCLUSION_KINDS as readonly string[]).includes(text);
}

export interface Incident extends Span {
    /** Undefined: the incident concerns every service of the agreement. */
    service?: string;
    kind: IncidentKind;
    id?: string;
    /** The line of the log, for messages. */
    line?: number;
}

/** Per-minute measurements of one service, reduced to what the report needs. */
export interface ServiceSamples {
    service?: string;
    /** Downtime found in the samples, merged. */
    down: Span[];
    /** Minutes with no sample (or NaN) between the first and the last, merged. */
    missing: Span[];
    /** First sample's minute and the end of the last one's. */
    covered: Span;
    rows: number;
}

export interface ReportInputs {
    incidents: readonly Incident[];
    samples: readonly ServiceSamples[];
    /** Free words for the statement: `incident log outages.csv (42 rows)`. */
    sources: string[];
    /** Assumptions the reader made (a NaN from Prometheus taken as missing data, …). */
    assumptions: string[];
}
