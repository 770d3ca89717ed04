/**
 * `sla report`: attainment and credits owed per period and tier, computed from an incident log,
 * per-minute samples or a live Prometheus, as text, a Markdown credit statement, JSON or CSV.
 * Exit 0 when the report was made (met or not), 1 with --fail-on-breach when a commitment was
 * missed (or when the agreement has errors), 2 for input that cannot be used. Nothing is written
 * for a report that failed: the output is rendered whole before it is written, atomically.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
    computeReport,
    hasErrors,
    isKnownZone,
    periodContaining,
    plusCalendarDays,
    reportCsv,
    reportJson,
    reportMarkdown,
    reportTerms,
    reportText,
    InputError,
    ReportInputError,
    SampleReducer,
    selectTiers,
    startOfLocalDate,
    type CreditReport,
    type Incident,
    type ReportTerms,
    type StatementSource,
} from 'sla-language';
import { formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements } from '../load-agreements.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { readPrometheus } from '../report/prometheus-source.js';
import { count, Progress } from '../report/progress.js';
import { readIncidentLog } from '../report/read-incident-log.js';
import { readSamples } from '../report/read-samples.js';

export type ReportFormat = 'text' | 'markdown' | 'json' | 'csv';

export interface ReportOptions {
    incidents?: string;
    samples?: string;
    prometheus?: string;
    query?: string;
    timeout: number;
    tier?: string[];
    from?: string;
    to?: string;
    format: ReportFormat;
    out?: string;
    failOnBreach?: boolean;
}

export async function report(path: string, options: ReportOptions): Promise<number> {
    if (!options.incidents && !options.samples && !options.prometheus) {
        throw new InputError('give the data to report on: --incidents <log.csv>, --samples <file.csv> or --prometheus <url>');
    }
    if (options.query && !options.prometheus) throw new InputError('--query goes with --prometheus');
    const { agreements, unreadable } = await loadAgreements([path]);
    if (unreadable.length > 0) throw new InputError(`cannot read ${unreadable[0].path}: ${unreadable[0].reason}`);
    const [{ document, diagnostics }] = agreements;
    if (hasErrors(diagnostics)) {
        process.stderr.write(`sla: ${path} has errors; no report is made from it:\n`);
        for (const diagnostic of diagnostics.filter((d) => d.severity === 1)) {
            process.stderr.write(formatText(toFileDiagnostic(path, diagnostic)) + '\n');
        }
        return 1;
    }
    const terms = reportTerms(document.parseResult.value);
    if (!isKnownZone(terms.zone)) throw new InputError(`${path}: the time zone "${terms.zone}" is not one this system knows`);
    const range = dateRange(terms, options);
    const progress = new Progress();
    let made: CreditReport;
    try {
        made = await makeReport(terms, options, range, progress);
    } catch (error) {
        throw error instanceof ReportInputError ? new InputError(error.message) : error;
    } finally {
        progress.done();
    }
    const source: StatementSource = {
        fileName: basename(path),
        sha256: createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
    };
    const output = render(made, source, options.format);
    if (options.out) await writeFileAtomic(options.out, output);
    else process.stdout.write(output);
    return made.breach && options.failOnBreach ? 1 : 0;
}

async function makeReport(
    terms: ReportTerms,
    options: ReportOptions,
    range: { from?: number; to?: number },
    progress: Progress,
): Promise<CreditReport> {
    const sources: string[] = [];
    const assumptions: string[] = [];
    let incidents: Incident[] = [];
    if (options.incidents) {
        incidents = await readIncidentLog(options.incidents, terms.services, progress);
        sources.push(`incident log ${basename(options.incidents)} (${count(incidents.length)} incidents)`);
    }
    const reducer = new SampleReducer(terms.rules);
    if (options.samples) {
        const rows = await readSamples(options.samples, terms.services, reducer, progress);
        sources.push(`samples ${basename(options.samples)} (${count(rows)} rows)`);
    }
    if (options.prometheus) {
        const window = prometheusRange(terms, range);
        const before = reducer.nanSamples;
        let points = 0;
        for (const { query, sliOf } of prometheusQueries(terms, options)) {
            const read = await readPrometheus(
                { url: options.prometheus, query, timeoutMs: options.timeout, sliOf },
                window,
                terms.services,
                reducer,
                progress,
            );
            const what = sliOf === undefined ? query : `the availability SLI of ${sliOf}, ${query}`;
            sources.push(`Prometheus ${options.prometheus}, ${what} (${count(read)} points at a 1-minute step)`);
            points += read;
        }
        if (points === 0)
            assumptions.push('Prometheus returned no data for the query over the reported periods: all of it is missing data.');
        const nan = reducer.nanSamples - before;
        if (nan > 0) assumptions.push(`Prometheus returned NaN for ${count(nan)} minute(s): they are taken as missing data.`);
        range = { from: window.start, to: window.end };
    }
    const samples = reducer.finish();
    if (options.samples && reducer.nanSamples > 0 && !options.prometheus) {
        assumptions.push(`${count(reducer.nanSamples)} sample(s) were NaN: they are taken as missing data.`);
    }
    return computeReport(terms, { incidents, samples, sources, assumptions }, { tiers: options.tier, from: range.from, to: range.to });
}

/**
 * What to ask Prometheus: the --query as given, or else the availability SLI the agreement
 * declares for each service that a reported tier commits to (its `{{window}}` as `1m`).
 */
function prometheusQueries(terms: ReportTerms, options: ReportOptions): Array<{ query: string; sliOf?: string }> {
    if (options.query) return [{ query: options.query }];
    if (terms.services.length === 0) {
        throw new InputError(
            'the agreement declares no services, so no SLI to query: give --query <promql> (per minute, the share of good, 0..1)',
        );
    }
    const tiers = selectTiers(terms, options.tier);
    const needed = terms.services.filter((service) => tiers.some((t) => t.services.has(service)));
    return needed.map((service) => {
        const query = terms.sliQueries.get(service);
        if (query === undefined) {
            throw new InputError(
                `service ${service} declares no availability SLI (sli availability …): give --query <promql> (per minute, the share of good, 0..1)`,
            );
        }
        return { query, sliOf: service };
    });
}

/** --from and --to as local dates in the agreement's zone; --to is inclusive (its whole day). */
function dateRange(terms: ReportTerms, options: ReportOptions): { from?: number; to?: number } {
    const day = (text: string, flag: string): number => {
        const ms = startOfLocalDate(text, terms.zone);
        if (ms === undefined) throw new InputError(`${flag} must be a date such as 2026-02-01 (got "${text}")`);
        return ms;
    };
    const from = options.from === undefined ? undefined : day(options.from, '--from');
    const to = options.to === undefined ? undefined : plusCalendarDays(day(options.to, '--to'), 1, terms.zone);
    if (from !== undefined && to !== undefined && to <= from) throw new InputError('--to comes before --from');
    return { from, to };
}

/**
 * What to ask Prometheus for: whole periods from --from to --to; without them, the last
 * complete period (what a monthly cron job wants).
 */
function prometheusRange(terms: ReportTerms, range: { from?: number; to?: number }): { start: number; end: number } {
    if (range.from !== undefined && range.to !== undefined) {
        return {
            start: periodContaining(range.from, terms.period, terms.zone).start,
            end: periodContaining(range.to - 1, terms.period, terms.zone).end,
        };
    }
    if (range.from !== undefined || range.to !== undefined)
        throw new InputError('with --prometheus give both --from and --to, or neither (the last complete period)');
    const current = periodContaining(Date.now(), terms.period, terms.zone);
    return { start: periodContaining(current.start - 1, terms.period, terms.zone).start, end: current.start };
}

function render(made: CreditReport, source: StatementSource, format: ReportFormat): string {
    switch (format) {
        case 'markdown':
            return reportMarkdown(made, source);
        case 'json':
            return reportJson(made, source);
        case 'csv':
            return reportCsv(made);
        case 'text':
            return reportText(made, source);
    }
}
