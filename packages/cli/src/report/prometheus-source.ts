/**
 * Per-minute shares of good from a live Prometheus over its HTTP API: `query_range` at a
 * one-minute step, in chunks of a week (10,080 points, under Prometheus's 11,000-point limit),
 * each request with a timeout. Every failure is one line: unreachable, too slow, an HTTP or
 * PromQL error, a value outside 0..1. A NaN is a missing minute, and the report says how many.
 */
import { checkService, ReportInputError, type SampleReducer } from 'sla-language';
import { count, type Progress } from './progress.js';

const STEP_MS = 60_000;
const CHUNK_MS = 7 * 24 * 3_600_000;

export interface PrometheusQuery {
    url: string;
    /** PromQL giving per minute the share of good (0..1); one series, or one per service with a `service` label. */
    query: string;
    timeoutMs: number;
    /**
     * The query is the availability SLI of this service (sli-queries.ts): one series, whose value at
     * an instant t is the share of good over the minute ending at t, so it is read as minute t − 1 min.
     */
    sliOf?: string;
}

interface MatrixResult {
    metric: Record<string, string>;
    values: Array<[number, string]>;
}

export async function readPrometheus(
    source: PrometheusQuery,
    range: { start: number; end: number },
    services: readonly string[],
    reducer: SampleReducer,
    progress: Progress,
): Promise<number> {
    let points = 0;
    const base = source.url.replace(/\/+$/, '');
    // An SLI's value at t covers the minute before t: ask for the instants one minute later.
    const shift = source.sliOf === undefined ? 0 : STEP_MS;
    for (let start = range.start; start < range.end; start += CHUNK_MS) {
        // The last point of a chunk is the minute before the next chunk starts.
        const end = Math.min(start + CHUNK_MS, range.end) - STEP_MS;
        const result = await queryRange(base, source, start + shift, end + shift);
        for (const series of result) {
            const service =
                source.sliOf === undefined ? serviceOf(series.metric, services, result.length) : sliService(source, result.length);
            for (const [seconds, text] of series.values) {
                const value = Number(text);
                const at = new Date(seconds * 1000).toISOString();
                if (!Number.isNaN(value) && (value < 0 || value > 1)) {
                    throw new ReportInputError(
                        `Prometheus returned ${text} at ${at}${service === undefined ? '' : ` for service ${service}`}: the query must give a share of good from 0 to 1`,
                    );
                }
                reducer.add(service, seconds * 1000 - shift, value, `Prometheus, ${at}`);
                points++;
            }
        }
        progress.update(() => `Prometheus: ${count(points)} points read, up to ${new Date(end).toISOString().slice(0, 10)}`);
    }
    return points;
}

async function queryRange(base: string, source: PrometheusQuery, start: number, end: number): Promise<MatrixResult[]> {
    const params = new URLSearchParams({ query: source.query, start: String(start / 1000), end: String(end / 1000), step: '60' });
    const url = `${base}/api/v1/query_range`;
    let response: Response;
    try {
        response = await fetch(url, {
            method: 'POST',
            body: params,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            signal: AbortSignal.timeout(source.timeoutMs),
        });
    } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
            throw new ReportInputError(
                `Prometheus at ${source.url} did not answer within ${source.timeoutMs / 1000} s (--timeout); nothing was written`,
            );
        }
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new ReportInputError(
            `cannot reach Prometheus at ${source.url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        );
    }
    let body: { status?: string; error?: string; data?: { resultType?: string; result?: MatrixResult[] } };
    try {
        body = (await response.json()) as typeof body;
    } catch {
        throw new ReportInputError(`Prometheus at ${source.url} answered HTTP ${response.status} with something that is not its JSON API`);
    }
    if (body.status !== 'success' || !body.data || body.data.resultType !== 'matrix' || !Array.isArray(body.data.result)) {
        throw new ReportInputError(`Prometheus refused the query (HTTP ${response.status}): ${body.error ?? 'no error message'}`);
    }
    return body.data.result;
}

function sliService(source: PrometheusQuery, seriesCount: number): string {
    if (seriesCount > 1) {
        throw new ReportInputError(
            `the availability SLI of service ${source.sliOf} gives ${seriesCount} series; the report needs one per service (aggregate its queries, e.g. sum(...))`,
        );
    }
    return source.sliOf!;
}

function serviceOf(metric: Record<string, string>, services: readonly string[], seriesCount: number): string | undefined {
    if (services.length === 0) {
        if (seriesCount > 1) {
            throw new ReportInputError(
                `the query returns ${seriesCount} series; the agreement has no services, so it must return one (aggregate it, e.g. min(...))`,
            );
        }
        return undefined;
    }
    const service = metric.service;
    if (service === undefined) {
        throw new ReportInputError(
            `a series of the query has no service label (${JSON.stringify(metric)}); the agreement's services are ${services.join(', ')}`,
        );
    }
    checkService(service, services, 'Prometheus series');
    return service;
}
