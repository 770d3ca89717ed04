/**
 * The Word file's bytes, the same for the same source: `docx` stamps the package with the clock
 * (each zip entry's time, and the created/modified dates of the document properties); here every
 * entry gets one fixed time and the properties one fixed date, and the parts keep docx's order.
 *
 * The generated-file marker is a custom document property, in the package's first entry, stored
 * uncompressed: `sla build` reads it from the first bytes of an existing file, as it reads the first
 * line of a Markdown file. A word processor that saves the document writes a package of its own
 * (Word and LibreOffice put `[Content_Types].xml` first and compress every part), so a file someone
 * edited no longer starts with the marker and is left alone without `--force`.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CUSTOM_PART } from './docx-marker.js';

const CORE_PART = 'docProps/core.xml';

/** The earliest time a zip entry can hold (MS-DOS dates start in 1980), for every part and property. */
const FIXED_ISO_TIME = '1980-01-01T00:00:00Z';

/**
 * Zip entries carry local wall-clock fields, which fflate reads from a Date in the machine's zone,
 * so the date is made from local fields: 1980-01-01 00:00 in the package on every machine.
 */
function fixedEntryTime(): Date {
    return new Date(1980, 0, 1, 0, 0, 0);
}

export async function packDocx(document: Document): Promise<Uint8Array> {
    const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)));
    const core = parts[CORE_PART];
    if (core)
        parts[CORE_PART] = strToU8(
            strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${FIXED_ISO_TIME}$3`),
        );
    const custom = parts[CUSTOM_PART];
    if (!custom) throw new Error('The Word document lacks its custom properties part');
    const time = fixedEntryTime();
    const entries: Zippable = { [CUSTOM_PART]: [custom, { mtime: time, level: 0 }] };
    for (const [path, bytes] of Object.entries(parts)) if (path !== CUSTOM_PART) entries[path] = [bytes, { mtime: time, level: 6 }];
    return zipSync(entries);
}
