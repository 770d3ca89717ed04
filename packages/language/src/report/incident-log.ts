/**
 * Rows of an incident log (CSV with a header; columns by name) into incidents, each mistake named
 * by line and column. The CLI streams the file through csv-parse and hands each record here; the
 * editor parses the whole text the same way, so both say the same thing about the same row.
 */
import { ReportInputError } from './credit-report.js';
import { EXCLUSION_KINDS, isIncidentKind, type Incident } from './report-input.js';
import { parseTimestamp } from './timestamp.js';

const COLUMNS = ['start', 'end', 'service', 'kind', 'id', 'note'] as const;
type Column = (typeof COLUMNS)[number];

export type LogColumns = Partial<Record<Column, number>> & { start: number; end: number };

/** The position of each known column in the header; `start` and `end` are required, unknown columns are ignored. */
export function incidentLogColumns(header: readonly string[]): LogColumns {
    const names = header.map((name) => name.trim().toLowerCase());
    const columns: Partial<Record<Column, number>> = {};
    names.forEach((name, index) => {
        if ((COLUMNS as readonly string[]).includes(name) && columns[name as Column] === undefined) columns[name as Column] = index;
    });
    const missing = (['start', 'end'] as const).filter((name) => columns[name] === undefined);
    if (missing.length > 0) {
        throw new ReportInputError(`line 1: the incident log has no ${missing.join(' and ')} column (its header: ${header.join(',')})`);
    }
    return columns as LogColumns;
}

function at(line: number, column: number, name: string): string {
    return `line ${line}, column ${column + 1} (${name})`;
}

/** One record (the fields of one CSV row) as an incident; `line` is the row's line in the file. */
export function incidentFromRecord(fields: readonly string[], columns: LogColumns, line: number, services: readonly string[]): Incident {
    const field = (name: Column): string | undefined => {
        const index = columns[name];
        const value = index === undefined ? undefined : fields[index]?.trim();
        return value === '' ? undefined : value;
    };
    const time = (name: 'start' | 'end'): number => {
        const text = field(name);
        if (text === undefined) throw new ReportInputError(`${at(line, columns[name], name)}: empty; every incident needs a ${name}`);
        const parsed = parseTimestamp(text);
        if ('error' in parsed) throw new ReportInputError(`${at(line, columns[name], name)}: ${parsed.error}`);
        return parsed.ms;
    };
    const start = time('start');
    const end = time('end');
    if (end < start) {
        throw new ReportInputError(`${at(line, columns.end, 'end')}: the end ${field('end')} comes before the start ${field('start')}`);
    }
    const kindText = field('kind')?.toLowerCase() ?? 'outage';
    if (!isIncidentKind(kindText)) {
        throw new ReportInputError(
            `${at(line, columns.kind!, 'kind')}: unknown kind "${field('kind')}"; use outage, maintenance, ${EXCLUSION_KINDS.join(', ')}`,
        );
    }
    const service = field('service');
    if (service !== undefined) checkService(service, services, at(line, columns.service!, 'service'));
    return { start, end, service, kind: kindText, id: field('id'), line };
}

/** Throws unless the agreement declares `service`; `where` starts the message (`line 4, column 3 (service)`). */
export function checkService(service: string, services: readonly string[], where: string): void {
    if (services.includes(service)) return;
    throw new ReportInputError(
        `${where}: ` +
            (services.length === 0
                ? `the agreement declares no services, so "${service}" is none of them (leave the column empty)`
                : `the agreement has no service "${service}"; its services are ${services.join(', ')}`),
    );
}
