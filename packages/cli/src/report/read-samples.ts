/**
 * Streams per-minute samples (`time,service,good`, a header naming the columns) into a
 * SampleReducer. Memory stays flat whatever the file's size: rows are reduced as they pass.
 */
import { csvRecords } from './csv-records.js';
import { checkService, parseGoodShare, parseTimestamp, ReportInputError, SampleReducer } from 'sla-language';
import { count, type Progress } from './progress.js';
import { inputError } from './read-incident-log.js';

export async function readSamples(path: string, services: readonly string[], reducer: SampleReducer, progress: Progress): Promise<number> {
    let columns: { time: number; service?: number; good: number } | undefined;
    let rows = 0;
    try {
        for await (const { record, info } of csvRecords(path)) {
            if (!columns) {
                columns = sampleColumns(record);
                continue;
            }
            const line = info.lines;
            const timeText = record[columns.time] ?? '';
            const time = parseTimestamp(timeText, true);
            if ('error' in time) throw new ReportInputError(`line ${line}, column ${columns.time + 1} (time): ${time.error}`);
            const serviceText = columns.service === undefined ? '' : (record[columns.service] ?? '').trim();
            const service = serviceText === '' ? undefined : serviceText;
            if (service !== undefined) checkService(service, services, `line ${line}, column ${columns.service! + 1} (service)`);
            const good = parseGoodShare(record[columns.good] ?? '');
            if (good === undefined) {
                throw new ReportInputError(
                    `line ${line}, column ${columns.good + 1} (good): "${record[columns.good] ?? ''}" is not a share from 0 to 1`,
                );
            }
            reducer.add(service, time.ms, good, `line ${line}`);
            rows++;
            if ((rows & 0xffff) === 0) progress.update(() => `${path}: ${count(rows)} samples read, at ${timeText}`);
        }
    } catch (error) {
        throw inputError(path, error);
    }
    if (!columns) throw new ReportInputError(`${path}: the samples file is empty; it needs a header time,service,good`);
    return rows;
}

function sampleColumns(header: readonly string[]): { time: number; service?: number; good: number } {
    const names = header.map((h) => h.trim().toLowerCase());
    const time = names.indexOf('time');
    const good = names.indexOf('good');
    const service = names.indexOf('service');
    if (time < 0 || good < 0) {
        throw new ReportInputError(
            `line 1: the samples need the columns time and good (and service where the agreement has services); the header is ${header.join(',')}`,
        );
    }
    return { time, good, service: service < 0 ? undefined : service };
}
