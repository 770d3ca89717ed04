/**
 * `sla report` at scale: a year of per-minute samples for ten services (5,256,000 rows, about
 * 160 MB) against a bare Node read-and-split of the same file, peak memory for a year against a
 * month (it must not grow with the file), and an incident log of 100,000 incidents. Each command
 * is a spawned process; they take turns run by run so that load from other processes falls on
 * all of them alike.
 */
import { createWriteStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Processes } from './cli-rows.js';
import { summarize, type Sample } from './measure.js';
import { GOLD } from '../test/helpers/report-agreements.js';

export interface ReportRow {
    rows: number;
    megabytes: number;
    bare: Sample;
    samples: Sample;
    yearPeakMb: number;
    monthPeakMb: number;
    incidents: number;
    incidentsMs: Sample;
    /** CPU time (user + system) of the same runs, medians: steadier than the wall clock on a shared machine. */
    bareCpu: Sample;
    samplesCpu: Sample;
    incidentsCpu: Sample;
}

const SERVICES = 10;
const START = Date.parse('2026-01-01T00:00:00Z');

/** The tests' month agreement (test/helpers/report-agreements.ts) with ten services, more maintenance and a higher cap. */
const AGREEMENT = derive(GOLD, [
    [
        'sla "Test Month" {\n    provider "Test Provider"\n    effective 2026-01-01\n    currency EUR\n',
        `sla "Ten services" {\n    provider "Bench"\n    currency USD\n${Array.from({ length: SERVICES }, (_, i) => `    service S${i}`).join('\n')}\n`,
    ],
    ['at most 1 h per month', 'at most 4 h per month'],
    ['cap 20% of monthly fee', 'cap 30% of monthly fee'],
    ['    claims {\n        window 30 days\n    }\n', ''],
]);

function derive(text: string, replacements: ReadonlyArray<readonly [string, string]>): string {
    return replacements.reduce((result, [from, to]) => {
        if (!result.includes(from)) throw new Error(`the report agreement no longer contains ${JSON.stringify(from)}`);
        return result.replace(from, to);
    }, text);
}

/** What the report is compared with: read the file in chunks, split it into lines and fields, count the rows. */
const BARE = `import { createReadStream } from 'node:fs';
let rows = 0;
let rest = '';
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + chunk).split('\\n');
    rest = lines.pop();
    for (const line of lines) if (line.split(',').length === 3) rows++;
}
console.log(rows - 1); // the header
`;

/** One sample per minute per service; a few outages and partly good minutes, so the reduction has work to do. */
async function writeSamples(path: string, days: number): Promise<number> {
    const rows = days * 1440 * SERVICES;
    if (existsSync(path) && statSync(path).size > rows * 25) return rows;
    const out = createWriteStream(path, { highWaterMark: 1 << 20 });
    out.write('time,service,good\n');
    let buffer = '';
    for (let minute = 0; minute < days * 1440; minute++) {
        const time = new Date(START + minute * 60_000).toISOString();
        for (let s = 0; s < SERVICES; s++) {
            const good = minute % 9973 < 30 && s === minute % SERVICES ? '0' : minute % 7919 === s ? '0.5' : '1';
            buffer += `${time},S${s},${good}\n`;
        }
        if (buffer.length > 1 << 20) {
            if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
            buffer = '';
        }
    }
    await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(buffer, resolve);
    });
    return rows;
}

/** Incidents over a year: outages, overlapping ones, maintenance and customer-caused, across services. */
function writeIncidents(path: string, count: number): void {
    const kinds = ['outage', 'outage', 'outage', 'maintenance', 'customer-caused'];
    const lines = ['id,start,end,service,kind'];
    const span = 365 * 86_400_000;
    for (let i = 0; i < count; i++) {
        const start = START + Math.floor(((i * 7919) % span) / 60_000) * 60_000;
        const end = start + (1 + (i % 17)) * 60_000;
        lines.push(`${i},${new Date(start).toISOString()},${new Date(end).toISOString()},S${i % SERVICES},${kinds[i % kinds.length]}`);
    }
    writeFileSync(path, lines.join('\n') + '\n');
}

export async function measureReport(processes: Processes, quick: boolean, log: (line: string) => void): Promise<ReportRow> {
    const dir = processes.workDir;
    const agreement = join(dir, 'ten-services.sla');
    writeFileSync(agreement, AGREEMENT);
    const bare = join(dir, 'bare-read-split.mjs');
    writeFileSync(bare, BARE);
    const days = quick ? 30 : 365;
    log(`  writing ${days} days of samples for ${SERVICES} services…`);
    const year = join(dir, `samples-${days}d.csv`);
    const rows = await writeSamples(year, days);
    const month = join(dir, 'samples-30d.csv');
    await writeSamples(month, 30);
    const incidentsFile = join(dir, 'incidents-100k.csv');
    const incidents = 100_000;
    writeIncidents(incidentsFile, incidents);

    const runs = quick ? 1 : 3;
    const bareTimes: number[] = [];
    const sampleTimes: number[] = [];
    const incidentTimes: number[] = [];
    let yearPeakMb = 0;
    const cpu = { bare: [] as number[], samples: [] as number[], incidents: [] as number[] };
    for (let i = 0; i < runs; i++) {
        const read = processes.checked([bare, year], 0, { peak: true });
        cpu.bare.push(read.cpuMs ?? NaN);
        if (Number(read.stdout.trim()) !== rows) throw new Error(`bare read counted ${read.stdout.trim()} rows, expected ${rows}`);
        bareTimes.push(read.ms);
        const report = processes.checked([processes.slaBin, 'report', agreement, '--samples', year, '--format', 'csv'], 0, { peak: true });
        sampleTimes.push(report.ms);
        cpu.samples.push(report.cpuMs ?? NaN);
        yearPeakMb = Math.max(yearPeakMb, report.peakMb ?? 0);
        const incidentRun = processes.checked([processes.slaBin, 'report', agreement, '--incidents', incidentsFile, '--format', 'csv'], 0, {
            peak: true,
        });
        incidentTimes.push(incidentRun.ms);
        cpu.incidents.push(incidentRun.cpuMs ?? NaN);
        log(
            `  run ${i + 1}: bare ${read.ms.toFixed(0)} ms (CPU ${read.cpuMs?.toFixed(0)}), samples ${report.ms.toFixed(0)} ms (CPU ${report.cpuMs?.toFixed(0)}), incidents ${incidentRun.ms.toFixed(0)} ms (CPU ${incidentRun.cpuMs?.toFixed(0)})`,
        );
    }
    const monthPeakMb =
        processes.checked([processes.slaBin, 'report', agreement, '--samples', month, '--format', 'csv'], 0, { peak: true }).peakMb ?? 0;
    return {
        rows,
        megabytes: statSync(year).size / 1e6,
        bare: summarize(bareTimes),
        samples: summarize(sampleTimes),
        yearPeakMb,
        monthPeakMb,
        incidents,
        incidentsMs: summarize(incidentTimes),
        bareCpu: summarize(cpu.bare),
        samplesCpu: summarize(cpu.samples),
        incidentsCpu: summarize(cpu.incidents),
    };
}
