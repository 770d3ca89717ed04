import { formatInterval, type Interval } from '../domain/interval.js';

/** Small pieces of plain English shared by the messages of the checks. */

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `within 30 min`: a response or resolution target as the document wrote it. */
export function within(duration: { $cstNode?: { text: string } } | undefined): string {
    return `within ${duration?.$cstNode?.text ?? '?'}`;
}

/** ` (inherited from Standard)` when the clause comes from another tier, else nothing. */
export function inheritedNote(from: string, tier: string): string {
    return from === tier ? '' : ` (inherited from ${from})`;
}

/**
 * A range of a metric for a message: `99.9% ≤ availability < 99.95%` (`formatInterval`), but a
 * single value as `availability of exactly 99.0%`, which reads better than `availability = 99.0%`.
 */
export function rangeInWords(interval: Interval, label: string, format: (value: number) => string, domain: Interval): string {
    if (interval.min === interval.max && interval.minInclusive && interval.maxInclusive)
        return `${label} of exactly ${format(interval.min)}`;
    return formatInterval(interval, label, format, domain);
}
