/**
 * Streams an incident log through csv-parse; each record becomes an incident (sla-language's
 * incidentFromRecord names a wrong field by line and column). A malformed CSV row stops the
 * report with csv-parse's own line and field.
 */
import { CsvError } from 'csv-parse';
import { csvRecords } from './csv-records.js';
import { incidentFromRecord, incidentLogColumns, ReportInputError, type Incident, type LogColumns } from 'sla-language';
import { count, type Progress } from './progress.js';

export async function readIncidentLog(path: string, services: readonly string[], progress: Progress): Promise<Incident[]> {
    const incidents: Incident[] = [];
    let columns: LogColumns | undefined;
    try {
        for await (const { record, info } of csvRecords(path)) {
            if (!columns) {
                columns = incidentLogColumns(record);
                continue;
            }
            incidents.push(incidentFromRecord(record, columns, info.lines, services));
            progress.update(() => `${path}: ${count(incidents.length)} incidents read`);
        }
    } catch (error) {
        throw inputError(path, error);
    }
    if (!columns) throw new ReportInputError(`${path}: the incident log is empty; it needs a header with start and end`);
    return incidents;
}

/** A csv-parse or reading error as one line naming the file. */
export function inputError(path: string, error: unknown): Error {
    if (error instanceof ReportInputError) return new ReportInputError(`${path}: ${error.message}`);
    if (error instanceof CsvError) return new ReportInputError(`${path}: ${error.message.replace(/\.$/, '')}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new ReportInputError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') return new ReportInputError(`cannot read ${path}: is a folder`);
    if (code === 'EACCES') return new ReportInputError(`cannot read ${path}: permission denied`);
    return error instanceof Error ? error : new Error(String(error));
}
