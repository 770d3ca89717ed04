/**
 * Streams per-minute samples (`time,service,good`, a header naming the columns) into a
 * SampleReducer. Memory stays flat whatever the file's size: rows are reduced as they pass.
 *
 * Speed: a year of minutes for ten services is 5.3 million rows. A plain row is read in place
 * (csv-lines.ts hands over the chunk and the row's bounds), a time repeated on consecutive rows
 * (ten services at the same minute) is parsed once, and a known service name is matched, not cut out.
 */
import { checkService, parseGoodShare, parseTimestamp, ReportInputError, SampleReducer } from 'sla-language';
import { count, type Progress } from './progress.js';
import { readCsvRecords, recordFields } from './csv-lines.js';
import { inputError } from './read-incident-log.js';

interface SampleColumns {
    time: number;
    service?: number;
    good: number;
}

export async function readSamples(path: string, services: readonly string[], reducer: SampleReducer, progress: Progress): Promise<number> {
    let columns: SampleColumns | undefined;
    let rows = 0;
    let line = 0;
    let lastTimeText = '';
    let lastTime = 0;
    // Names seen so far, matched in place: no string is cut out of the chunk for a known service.
    const seen: string[] = [];
    // Where each field of the current row starts; one more entry than fields, for the end of the last.
    const bounds = new Int32Array(17);

    /** Fields are located by their commas and read in place: a row cuts out no string it does not need. */
    const plainRow = (text: string, start: number, end: number, c: SampleColumns): void => {
        bounds[0] = start;
        let n = 1;
        for (let at = text.indexOf(',', start); at !== -1 && at < end && n < bounds.length - 1; at = text.indexOf(',', at + 1))
            bounds[n++] = at + 1;
        bounds[n] = end + 1;

        // Time: ten services share each minute, so it is usually the text just parsed.
        const ts = c.time < n ? bounds[c.time] : end;
        const te = c.time < n ? bounds[c.time + 1] - 1 : end;
        if (te - ts !== lastTimeText.length || !text.startsWith(lastTimeText, ts) || lastTimeText === '') {
            const timeText = text.slice(ts, te);
            const time = parseTimestamp(timeText, true);
            if ('error' in time) throw new ReportInputError(`line ${line}, column ${c.time + 1} (time): ${time.error}`);
            lastTimeText = timeText;
            lastTime = time.ms;
        }

        let service: string | undefined;
        if (c.service !== undefined && c.service < n) {
            const ss = bounds[c.service];
            const length = bounds[c.service + 1] - 1 - ss;
            for (let k = 0; k < seen.length && service === undefined; k++) {
                if (seen[k].length === length && text.startsWith(seen[k], ss)) service = seen[k];
            }
            if (service === undefined) {
                const name = text.slice(ss, ss + length).trim();
                if (name !== '') {
                    checkService(name, services, `line ${line}, column ${c.service + 1} (service)`);
                    if (!seen.includes(name)) seen.push(name);
                    service = name;
                }
            }
        }

        const gs = c.good < n ? bounds[c.good] : end;
        const ge = c.good < n ? bounds[c.good + 1] - 1 : end;
        const single = ge - gs === 1 ? text.charCodeAt(gs) : 0;
        const good = single === 49 ? 1 : single === 48 ? 0 : parseGoodShare(text.slice(gs, ge));
        if (good === undefined) {
            throw new ReportInputError(`line ${line}, column ${c.good + 1} (good): "${text.slice(gs, ge)}" is not a share from 0 to 1`);
        }
        reducer.add(service, lastTime, good, line);
        rows++;
        if ((rows & 0xffff) === 0) progress.update(() => `${path}: ${count(rows)} samples read, at ${lastTimeText}`);
    };

    try {
        await readCsvRecords(path, (text, start, end, at, quoted) => {
            line = at;
            if (columns && !quoted) return plainRow(text, start, end, columns);
            const fields = recordFields(text, start, end, at, quoted);
            if (!columns) columns = sampleColumns(fields);
            // A quoted row: no field of a sample holds a comma (times, names and numbers do not), so
            // its unquoted fields make a plain row.
            else plainRow(fields.join(','), 0, fields.join(',').length, columns);
        });
    } catch (error) {
        throw inputError(path, error);
    }
    if (!columns) throw new ReportInputError(`${path}: the samples file is empty; it needs a header time,service,good`);
    return rows;
}

function sampleColumns(header: readonly string[]): SampleColumns {
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
