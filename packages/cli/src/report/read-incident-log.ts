/**
 * Reads an incident log record by record (csv-lines.ts); each record becomes an incident, and
 * sla-language's incidentFromRecord names a wrong field by line and column.
 */
import { CsvError } from 'csv-parse';
import { incidentFromRecord, incidentLogColumns, ReportInputError, type Incident, type LogColumns } from 'sla-language';
import { readCsvRecords, recordFields } from './csv-lines.js';
import { count, type Progress } from './progress.js';

export async function readIncidentLog(path: string, services: readonly string[], progress: Progress): Promise<Incident[]> {
    const incidents: Incident[] = [];
    let columns: LogColumns | undefined;
    try {
        await readCsvRecords(path, (text, start, end, line, quoted) => {
            const fields = recordFields(text, start, end, line, quoted);
            if (!columns) {
                columns = incidentLogColumns(fields);
                return;
            }
            incidents.push(incidentFromRecord(fields, columns, line, services));
            if ((incidents.length & 0xfff) === 0) progress.update(() => `${path}: ${count(incidents.length)} incidents read`);
        });
    } catch (error) {
        throw inputError(path, error);
    }
    if (!columns) throw new ReportInputError(`${path}: the incident log is empty; it needs a header with start and end`);
    return incidents;
}

/** A reading error as one line naming the file. */
export function inputError(path: string, error: unknown): Error {
    if (error instanceof ReportInputError) return new ReportInputError(`${path}: ${error.message}`);
    if (error instanceof CsvError) return new ReportInputError(`${path}: ${error.message.replace(/\.$/, '')}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new ReportInputError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') return new ReportInputError(`cannot read ${path}: is a folder`);
    if (code === 'EACCES') return new ReportInputError(`cannot read ${path}: permission denied`);
    return error instanceof Error ? error : new Error(String(error));
}
