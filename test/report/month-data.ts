/**
 * One month of data in the three forms `sla report` reads: an incident log, per-minute samples
 * and OpenMetrics for a Prometheus backfill. The samples and the series are derived from the same
 * outages as the log, minute by minute, so the three must give the same statement.
 */
export interface Outage {
    start: string;
    end: string;
}

const MINUTE = 60_000;

export function incidentLog(outages: readonly Outage[]): string {
    return ['id,start,end,kind', ...outages.map((o, i) => `${i + 1},${o.start},${o.end},outage`)].join('\n') + '\n';
}

/** The share of good for each minute of [from, to): 0 inside an outage, 1 outside (outages on whole minutes). */
export function* minutes(outages: readonly Outage[], from: string, to: string): Generator<[number, number]> {
    const spans = outages.map((o) => [Date.parse(o.start), Date.parse(o.end)]);
    for (let t = Date.parse(from); t < Date.parse(to); t += MINUTE) {
        yield [t, spans.some(([s, e]) => t >= s && t < e) ? 0 : 1];
    }
}

export function samplesCsv(outages: readonly Outage[], from: string, to: string, service = ''): string {
    const rows = ['time,service,good'];
    for (const [t, good] of minutes(outages, from, to)) rows.push(`${new Date(t).toISOString()},${service},${good}`);
    return rows.join('\n') + '\n';
}

export function openMetrics(outages: readonly Outage[], from: string, to: string, labels = ''): string {
    const rows = ['# HELP probe_success Whether the probe succeeded.', '# TYPE probe_success gauge'];
    for (const [t, good] of minutes(outages, from, to)) rows.push(`probe_success${labels} ${good} ${t / 1000}`);
    return rows.join('\n') + '\n# EOF\n';
}

/** Minutes of [from, to) and their share of good from a list of minutes with their share (others 1). */
function* shares(
    degraded: ReadonlyArray<{ start: string; end: string; good: number }>,
    from: string,
    to: string,
): Generator<[number, number]> {
    const spans = degraded.map((d) => ({ start: Date.parse(d.start), end: Date.parse(d.end), good: d.good }));
    for (let t = Date.parse(from); t < Date.parse(to); t += MINUTE) yield [t, spans.find((s) => t >= s.start && t < s.end)?.good ?? 1];
}

export interface Degraded extends Outage {
    /** Share of good in each minute of [start, end). */
    good: number;
}

/** Samples CSV of one service whose minutes have the given shares of good. */
export function sharesCsv(degraded: readonly Degraded[], from: string, to: string, service: string): string[] {
    return [...shares(degraded, from, to)].map(([t, good]) => `${new Date(t).toISOString()},${service},${good}`);
}

/**
 * As a Prometheus would have scraped them twice a minute (at :15 and :45, never on the minute's
 * edge): `ok_total` and `requests_total` counters of a service, each scrape adding 10 requests of
 * which `10 × good` succeed, so that `rate(ok_total[1m]) / rate(requests_total[1m])` at the end of
 * a minute is that minute's share of good.
 */
export function counterFamilies(degraded: readonly Degraded[], from: string, to: string, labels: string): string[] {
    const ok: string[] = ['# TYPE ok counter'];
    const total: string[] = ['# TYPE requests counter'];
    let okCount = 0;
    let totalCount = 0;
    for (const [t, good] of shares(degraded, from, to)) {
        for (const offset of [15_000, 45_000]) {
            okCount += 10 * good;
            totalCount += 10;
            ok.push(`ok_total${labels} ${okCount} ${(t + offset) / 1000}`);
            total.push(`requests_total${labels} ${totalCount} ${(t + offset) / 1000}`);
        }
    }
    return [...ok, ...total];
}

/** A probe scraped at :15 and :45 of every minute: 1 when the minute is good, 0 in an outage. */
export function probeFamily(outages: readonly Outage[], from: string, to: string, labels: string): string[] {
    const rows = ['# TYPE probe_success gauge'];
    for (const [t, good] of minutes(outages, from, to)) {
        for (const offset of [15_000, 45_000]) rows.push(`probe_success${labels} ${good} ${(t + offset) / 1000}`);
    }
    return rows;
}
