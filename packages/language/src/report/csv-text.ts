/**
 * RFC 4180 records of a CSV text already in memory, for the editor's "SLA: Credit Report…".
 * Quoted fields may hold commas, doubled quotes and line breaks; each record carries the line it
 * starts on.
 *
 * Why a second CSV reader beside the CLI's (packages/cli/src/report/csv-lines.ts, which streams
 * files and hands quoted records to csv-parse): the language package runs in the browser worker
 * too, and csv-parse's browser build carries its own Buffer polyfill, 52 KB minified (14 KB
 * gzipped), for what these fifty lines do on a string. The two agree on well-formed files and on
 * the unclosed-quote error; csv-parse is stricter about a quote in the middle of a field (`"a"b`),
 * which the CLI refuses and this reader keeps as text.
 */
import { ReportInputError } from './credit-report.js';

export interface CsvTextRecord {
    fields: string[];
    line: number;
}

export function csvTextRecords(text: string): CsvTextRecord[] {
    const records: CsvTextRecord[] = [];
    let fields: string[] = [];
    let field = '';
    let line = 1;
    let recordLine = 1;
    let quoted = false;
    let quoteLine = 0;
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const endRecord = () => {
        fields.push(field);
        if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
        fields = [];
        field = '';
    };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (quoted) {
            if (c === '"' && body[i + 1] === '"') {
                field += '"';
                i++;
            } else if (c === '"') quoted = false;
            else {
                if (c === '\n') line++;
                field += c;
            }
        } else if (c === '"' && field === '') {
            quoted = true;
            quoteLine = line;
        } else if (c === ',') {
            fields.push(field);
            field = '';
        } else if (c === '\n' || c === '\r') {
            if (c === '\r' && body[i + 1] === '\n') i++;
            endRecord();
            line++;
            recordLine = line;
        } else field += c;
    }
    if (quoted) throw new ReportInputError(`line ${quoteLine}: a quoted field is never closed`);
    if (field !== '' || fields.length > 0) endRecord();
    return records;
}
