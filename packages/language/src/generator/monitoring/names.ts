/**
 * Names the monitoring outputs give to an agreement's parts: Prometheus label names (`sla_…`) and
 * OpenSLO object names, which must be DNS labels (RFC 1123: lowercase letters, digits and `-`,
 * at most 63 characters).
 */
import { decimalString } from '../../domain/exact.js';
import type { SliMetric } from './monitoring-model.js';

export const LABEL = {
    agreement: 'sla_agreement',
    service: 'sla_service',
    sli: 'sla_sli',
    window: 'sla_window',
    tier: 'sla_tier',
    objective: 'sla_objective',
} as const;

/**
 * A DNS label from any name: ASCII letters and digits kept (lowercased), every other run of
 * characters one `-`; names of letters outside ASCII (`Платежи`) keep a short stable hash so that
 * two such names never collide.
 */
export function dnsLabel(...parts: string[]): string {
    const joined = parts.join('-');
    const ascii = joined.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    let label = ascii
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    // A letter or digit that had no ASCII form was dropped: the hash keeps the name distinct.
    if (/[^\p{ASCII}]/u.test(ascii.replace(/[^\p{L}\p{N}]/gu, '')) || label.length === 0) {
        label = label ? `${label}-${hash(joined)}` : hash(joined);
    }
    if (label.length > 63) label = `${label.slice(0, 54).replace(/-+$/, '')}-${hash(joined)}`;
    return label;
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable short name for text that has no ASCII form. */
function hash(text: string): string {
    let h = 0x811c9dc5;
    for (const ch of text) {
        h ^= ch.codePointAt(0)!;
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

/** How a commitment is named in labels and titles: `availability 99.95%`, `error-rate 0.1%`. */
export function commitmentText(metric: SliMetric, percent: number): string {
    return `${metric} ${decimalString(percent)}%`;
}
