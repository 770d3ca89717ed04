/**
 * Per-minute samples (`time, service, good` with `good` the share of good probes or requests,
 * 0..1) reduced as they stream past to what the report needs: the downtime stretches and the
 * gaps of each service. Memory grows with the number of outages and gaps, never with the number
 * of rows, so a year of minutes for ten services (5.3 million rows) takes what one month does.
 */
import { ReportInputError } from './credit-report.js';
import type { MeasurementRules } from './measurement-rules.js';
import type { ServiceSamples } from './report-input.js';
import type { Span } from './time-spans.js';

const MINUTE = 60_000;

interface ServiceState {
    service?: string;
    first: number;
    /** Start of the last minute seen. */
    last: number;
    rows: number;
    down: Span[];
    missing: Span[];
    /** Error-rate interval being filled: its start, the sum of bad shares and the minutes seen. */
    bucket?: { start: number; bad: number; minutes: number };
}

export class SampleReducer {
    private readonly states = new Map<string | undefined, ServiceState>();
    /** Samples that were NaN (Prometheus) and so counted as missing. */
    nanSamples = 0;

    constructor(private readonly rules: MeasurementRules = {}) {}

    /**
     * One sample. `time` is floored to its minute; a service's samples must come in time order,
     * one per minute. `good` NaN is a missing minute. `where` names the row in messages.
     */
    add(service: string | undefined, time: number, good: number, where: string): void {
        const minute = Math.floor(time / MINUTE) * MINUTE;
        let state = this.states.get(service);
        if (!state) {
            state = { service, first: minute, last: minute - MINUTE, rows: 0, down: [], missing: [] };
            this.states.set(service, state);
        }
        if (minute <= state.last) {
            throw new ReportInputError(
                `${where}: ${minute === state.last ? 'a second sample for the same minute' : 'a sample earlier than the one before it'}${service === undefined ? '' : ` of service ${service}`}; samples must come one per minute, in time order`,
            );
        }
        if (minute > state.last + MINUTE) push(state.missing, state.last + MINUTE, minute);
        state.last = minute;
        state.rows++;
        if (Number.isNaN(good)) {
            this.nanSamples++;
            push(state.missing, minute, minute + MINUTE);
            return;
        }
        if (this.rules.errorRate) this.addToInterval(state, minute, good);
        else if (good < 1) push(state.down, minute, minute + Math.round((1 - good) * MINUTE));
    }

    /** `error-rate interval N above X%`: the whole interval is downtime when its mean share of bad is above X%. */
    private addToInterval(state: ServiceState, minute: number, good: number): void {
        const length = this.rules.errorRate!.intervalMs;
        const start = Math.floor(minute / length) * length;
        if (state.bucket && state.bucket.start !== start) this.closeInterval(state);
        state.bucket ??= { start, bad: 0, minutes: 0 };
        state.bucket.bad += 1 - good;
        state.bucket.minutes++;
    }

    private closeInterval(state: ServiceState): void {
        const bucket = state.bucket;
        if (!bucket) return;
        const { intervalMs, abovePercent } = this.rules.errorRate!;
        if ((bucket.bad / bucket.minutes) * 100 > abovePercent) push(state.down, bucket.start, bucket.start + intervalMs);
        state.bucket = undefined;
    }

    finish(): ServiceSamples[] {
        return [...this.states.values()].map((state) => {
            if (this.rules.errorRate) this.closeInterval(state);
            return {
                service: state.service,
                down: state.down,
                missing: state.missing,
                covered: { start: state.first, end: state.last + MINUTE },
                rows: state.rows,
            };
        });
    }
}

/** Appends, joining a span that starts where the last one ended: a six-hour outage is one span, not 360. */
function push(spans: Span[], start: number, end: number): void {
    if (end <= start) return;
    const last = spans[spans.length - 1];
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
}

/** `0.97`, `1`, `0` → the share; undefined for anything that is not a number from 0 to 1 (`NaN` is NaN). */
export function parseGoodShare(text: string): number | undefined {
    const trimmed = text.trim();
    if (trimmed === 'NaN') return NaN;
    if (!/^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(trimmed)) return undefined;
    const value = Number(trimmed);
    return value >= 0 && value <= 1 ? value : undefined;
}
