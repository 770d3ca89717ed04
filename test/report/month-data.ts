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
