/**
 * The records of a CSV file as an async stream, each with the line it ends on, through
 * csv-parse. A read error (no such file, a folder) reaches the reader's loop instead of being
 * lost between the two streams, as `pipe` would lose it.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

export interface CsvRecord {
    record: string[];
    info: { lines: number };
}

export function csvRecords(path: string): AsyncIterable<CsvRecord> {
    const input = createReadStream(path, { highWaterMark: 1 << 20 });
    const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true });
    input.on('error', (error) => parser.destroy(error));
    return input.pipe(parser) as AsyncIterable<CsvRecord>;
}
