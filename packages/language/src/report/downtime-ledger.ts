/**
 * What counts as downtime for one service, from the incidents and samples that concern it:
 * overlapping incidents are merged (never counted twice), excluded kinds are taken out,
 * maintenance inside the window is excluded up to the allowance of its calendar unit (the
 * earliest first) and counts as downtime beyond it or outside the window, then the agreement's
 * partial-minute and minimum-outage rules apply. Periods and days are cut from the result later,
 * so an incident across a boundary is split between the periods it touches.
 */
import { calendarUnitAround } from './calendar.js';
import { windowSpans } from './maintenance-window.js';
import type { Incident, ServiceSamples } from './report-input.js';
import type { ReportTerms } from './report-terms.js';
import { intersectSpans, mergeSpans, subtractSpans, type Span } from './time-spans.js';

const MINUTE = 60_000;

export interface ServiceLedger {
    /** Undefined when the agreement names no services. */
    service?: string;
    /** Counts against the commitment; merged. */
    downtime: Span[];
    /** Excluded incidents by kind (`maintenance` for maintenance within window and allowance); each merged. */
    excluded: Map<string, Span[]>;
    /** Maintenance that counted as downtime: outside the window or beyond the allowance (or `maintenance included`). */
    maintenanceCounted: { outsideWindow: Span[]; beyondAllowance: Span[]; included: Span[] };
    /** Incidents of an exclusion kind the agreement does not list: downtime, by kind. */
    notExcluded: Map<string, Span[]>;
    /** Minutes without samples, merged. */
    missing: Span[];
}

export function serviceLedger(
    terms: ReportTerms,
    service: string | undefined,
    incidents: readonly Incident[],
    samples: readonly ServiceSamples[],
    /** The whole of the reported periods: with samples as a source, time before a service's first sample or after its last is missing data. */
    range: Span,
): ServiceLedger {
    const mine = incidents.filter((i) => i.service === undefined || i.service === service);
    const mySamples = samples.filter((s) => s.service === undefined || s.service === service);
    const byKind = new Map<string, Span[]>();
    for (const incident of mine) {
        const list = byKind.get(incident.kind) ?? [];
        list.push({ start: incident.start, end: incident.end });
        byKind.set(incident.kind, list);
    }
    const excluded = new Map<string, Span[]>();
    const notExcluded = new Map<string, Span[]>();
    const down: Span[] = [...(byKind.get('outage') ?? [])];
    for (const [kind, spans] of byKind) {
        if (kind === 'outage' || kind === 'maintenance') continue;
        if (terms.exclusions.has(kind as never)) excluded.set(kind, mergeSpans(spans));
        else {
            notExcluded.set(kind, mergeSpans(spans));
            down.push(...spans);
        }
    }
    for (const s of mySamples) down.push(...s.down);
    const uncovered = samples.length === 0 ? [] : subtractSpans([range], mergeSpans(mySamples.map((s) => s.covered)));
    const missing = mergeSpans([...mySamples.flatMap((s) => s.missing), ...uncovered]);
    if (terms.rules.missingData === 'downtime') down.push(...missing);

    const otherExclusions = mergeSpans([...excluded.values()].flat());
    const maintenance = subtractSpans(mergeSpans(byKind.get('maintenance') ?? []), otherExclusions);
    const counted = accountMaintenance(terms, maintenance);
    if (counted.excluded.length > 0) excluded.set('maintenance', counted.excluded);
    down.push(...counted.outsideWindow, ...counted.beyondAllowance, ...counted.included);

    const allExcluded = mergeSpans([...excluded.values()].flat());
    let downtime = subtractSpans(mergeSpans(down), allExcluded);
    // Rounded out to whole minutes, an outage must still not reach into excluded time.
    if (terms.rules.partialMinutes) downtime = subtractSpans(toWholeMinutes(downtime, terms.rules.partialMinutes), allExcluded);
    const minimum = terms.rules.minimumOutageMs;
    if (minimum !== undefined) downtime = downtime.filter((s) => s.end - s.start >= minimum);
    return {
        service,
        downtime,
        excluded,
        maintenanceCounted: { outsideWindow: counted.outsideWindow, beyondAllowance: counted.beyondAllowance, included: counted.included },
        notExcluded,
        missing,
    };
}

interface MaintenanceAccount {
    excluded: Span[];
    outsideWindow: Span[];
    beyondAllowance: Span[];
    included: Span[];
}

function accountMaintenance(terms: ReportTerms, maintenance: Span[]): MaintenanceAccount {
    const none: Span[] = [];
    const { counted, windowText, window, allowance } = terms.maintenance;
    if (maintenance.length === 0) return { excluded: none, outsideWindow: none, beyondAllowance: none, included: none };
    // No scheduled maintenance in the agreement, or `maintenance included`: it is downtime like any other.
    if (counted || windowText === undefined) return { excluded: none, outsideWindow: none, beyondAllowance: none, included: maintenance };
    const range = { start: maintenance[0].start, end: maintenance[maintenance.length - 1].end };
    const occurrences = window ? mergeSpans(windowSpans(window, range, terms.zone)) : [range];
    const inside = intersectSpans(maintenance, occurrences);
    const outsideWindow = subtractSpans(maintenance, occurrences);
    if (!allowance) return { excluded: inside, outsideWindow, beyondAllowance: none, included: none };
    const excluded: Span[] = [];
    const beyondAllowance: Span[] = [];
    const used = new Map<number, number>();
    const allowanceMs = allowance.seconds * 1000;
    for (const span of inside) {
        let start = span.start;
        while (start < span.end) {
            const unit = calendarUnitAround(start, allowance.per, terms.zone);
            const end = Math.min(span.end, unit.end);
            const left = allowanceMs - (used.get(unit.start) ?? 0);
            const take = Math.max(0, Math.min(left, end - start));
            if (take > 0) excluded.push({ start, end: start + take });
            if (start + take < end) beyondAllowance.push({ start: start + take, end });
            used.set(unit.start, (used.get(unit.start) ?? 0) + take);
            start = end;
        }
    }
    return { excluded: mergeSpans(excluded), outsideWindow, beyondAllowance: mergeSpans(beyondAllowance), included: none };
}

/** `downtime`: every minute touched counts whole; `uptime`: only minutes down from start to end count. */
function toWholeMinutes(spans: Span[], rule: 'downtime' | 'uptime'): Span[] {
    const rounded = spans.map(({ start, end }) =>
        rule === 'downtime'
            ? { start: Math.floor(start / MINUTE) * MINUTE, end: Math.ceil(end / MINUTE) * MINUTE }
            : { start: Math.ceil(start / MINUTE) * MINUTE, end: Math.floor(end / MINUTE) * MINUTE },
    );
    return mergeSpans(rounded);
}
