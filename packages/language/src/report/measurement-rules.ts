/**
 * The agreement's rules for what counts as downtime, as the report applies them. Each is
 * optional in the language; an absent rule leaves the default below, and the statement lists the
 * defaults it used (`defaultSentences`), word for word as docs/LANGUAGE-REFERENCE.md does.
 */

export interface MeasurementRules {
    /** A minute only partly down counts whole (`downtime`) or not at all (`uptime`); absent: to the second. */
    partialMinutes?: 'downtime' | 'uptime';
    /** Downtime shorter than this (after merging and exclusions) does not count; absent: every second counts. */
    minimumOutageMs?: number;
    /** An interval of samples whose error rate is above the share counts whole as downtime. */
    errorRate?: { intervalMs: number; abovePercent: number };
    /** Minutes with no sample; absent: uptime. */
    missingData?: 'uptime' | 'downtime';
}

export const DEFAULT_SENTENCES = {
    partialMinutes:
        'Partial minutes: downtime is counted to the second as logged; a sample minute with a share g of good counts (1 − g) × 60 seconds of downtime.',
    minimumOutage: 'Minimum outage: none; every second of downtime counts.',
    errorRate: 'Error-rate intervals: none; each sample minute counts on its own.',
    missingData: 'Missing data: a minute without a sample counts as uptime; the statement lists the gaps.',
} as const;

/**
 * The default sentences for the rules the agreement leaves out, in a fixed order, whatever the
 * data came from: the same month from a log, from samples or from Prometheus reads the same.
 */
export function defaultSentences(rules: MeasurementRules): string[] {
    const sentences: string[] = [];
    if (rules.partialMinutes === undefined) sentences.push(DEFAULT_SENTENCES.partialMinutes);
    if (rules.minimumOutageMs === undefined) sentences.push(DEFAULT_SENTENCES.minimumOutage);
    if (rules.errorRate === undefined) sentences.push(DEFAULT_SENTENCES.errorRate);
    if (rules.missingData === undefined) sentences.push(DEFAULT_SENTENCES.missingData);
    return sentences;
}
