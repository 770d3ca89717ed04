/**
 * How the comparison writes the figures it shows. It speaks English whatever the contract text's
 * language, so it keeps its own few forms instead of the contract's message catalog.
 */
import { decimalString } from '../domain/exact.js';
import { formatDurationLong } from '../domain/duration.js';

/** `300 ms` below a second, `1.5 seconds` below a minute, words above (`2 minutes`). */
export function formatLatency(seconds: number): string {
    if (seconds < 1) return `${decimalString(Math.round(seconds * 1e6) / 1e3)} ms`;
    if (seconds < 60) return `${decimalString(seconds)} second${seconds === 1 ? '' : 's'}`;
    return formatDurationLong(seconds);
}

/** `p95`, `p99.9`. */
export function percentileLabel(percentile: number): string {
    return `p${decimalString(percentile)}`;
}
