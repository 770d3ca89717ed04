/**
 * Half-open spans of time, [start, end) in milliseconds since the epoch, and the few set
 * operations the report needs on sorted, merged lists of them. Integers throughout, so the
 * downtime of a period is exact before it becomes a rational.
 */

export interface Span {
    start: number;
    end: number;
}

/** Sorted by start, overlapping and touching spans joined, empty ones dropped: counted once. Cost: one sort. */
export function mergeSpans(spans: readonly Span[]): Span[] {
    const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const span of sorted) {
        const last = merged[merged.length - 1];
        if (last && span.start <= last.end) {
            if (span.end > last.end) last.end = span.end;
        } else {
            merged.push({ start: span.start, end: span.end });
        }
    }
    return merged;
}

/** The parts of `spans` that `cut` does not cover; both merged and sorted. One linear sweep. */
export function subtractSpans(spans: readonly Span[], cut: readonly Span[]): Span[] {
    const result: Span[] = [];
    let j = 0;
    for (const span of spans) {
        let start = span.start;
        while (j < cut.length && cut[j].end <= start) j++;
        let k = j;
        while (k < cut.length && cut[k].start < span.end) {
            if (cut[k].start > start) result.push({ start, end: cut[k].start });
            start = Math.max(start, cut[k].end);
            if (cut[k].end > span.end) break;
            k++;
        }
        if (start < span.end) result.push({ start, end: span.end });
    }
    return result;
}

/** The parts both cover; both merged and sorted. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
    const result: Span[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const start = Math.max(a[i].start, b[j].start);
        const end = Math.min(a[i].end, b[j].end);
        if (start < end) result.push({ start, end });
        if (a[i].end < b[j].end) i++;
        else j++;
    }
    return result;
}

/** The parts of merged `spans` inside `window`; binary search to the first, so a period costs its own spans only. */
export function clipSpans(spans: readonly Span[], window: Span): Span[] {
    let low = 0;
    let high = spans.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (spans[mid].end <= window.start) low = mid + 1;
        else high = mid;
    }
    const result: Span[] = [];
    for (let i = low; i < spans.length && spans[i].start < window.end; i++) {
        result.push({ start: Math.max(spans[i].start, window.start), end: Math.min(spans[i].end, window.end) });
    }
    return result;
}

export function totalLength(spans: readonly Span[]): number {
    let total = 0;
    for (const span of spans) total += span.end - span.start;
    return total;
}
