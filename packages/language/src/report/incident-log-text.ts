/** An incident log's whole text (the editor reads the file) into incidents, with the CLI's messages. */
import { csvTextRecords } from './csv-text.js';
import { incidentFromRecord, incidentLogColumns } from './incident-log.js';
import { ReportInputError } from './credit-report.js';
import type { Incident } from './report-input.js';

export function incidentsFromLogText(text: string, services: readonly string[]): Incident[] {
    const [header, ...rows] = csvTextRecords(text);
    if (!header) throw new ReportInputError('the incident log is empty; it needs a header with start and end');
    const columns = incidentLogColumns(header.fields);
    return rows.map((row) => incidentFromRecord(row.fields, columns, row.line, services));
}
