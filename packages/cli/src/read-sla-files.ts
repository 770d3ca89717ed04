import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface SlaFile {
    /** The path as the user gave it (or as found under a folder they gave), for messages. */
    path: string;
    text: string;
}

export interface Unreadable {
    path: string;
    reason: string;
}

/**
 * Reads the `.sla` files named on the command line, looking into folders recursively.
 * A file that cannot be read, is not UTF-8 text, or a folder without `.sla` files is reported
 * as unreadable rather than thrown, so one bad path does not hide the others' diagnostics.
 */
export async function readSlaFiles(paths: readonly string[]): Promise<{ files: SlaFile[]; unreadable: Unreadable[] }> {
    const files: SlaFile[] = [];
    const unreadable: Unreadable[] = [];
    for (const path of paths) {
        const kind = await stat(path).then(
            (s) => (s.isDirectory() ? 'folder' : 'file'),
            (error: NodeJS.ErrnoException) => error,
        );
        if (kind instanceof Error) {
            unreadable.push({ path, reason: describeFsError(kind) });
        } else if (kind === 'folder') {
            const found = await slaFilesUnder(path);
            if (found.length === 0) unreadable.push({ path, reason: 'the folder holds no .sla file' });
            for (const file of found) await readOne(file, files, unreadable);
        } else {
            await readOne(path, files, unreadable);
        }
    }
    return { files, unreadable };
}

async function slaFilesUnder(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries
        .filter((entry) => entry.isFile() && extname(entry.name) === '.sla')
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
}

/** Larger than any agreement (the 10 MB test document is a sixth of it): refused before reading it whole. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function readOne(path: string, files: SlaFile[], unreadable: Unreadable[]): Promise<void> {
    try {
        // A device, a pipe or a socket named like a file would be read forever (/dev/zero) or block.
        const info = await stat(path);
        if (!info.isFile()) throw new Error('not a regular file (a device, a pipe or a socket)');
        if (info.size > MAX_FILE_BYTES)
            throw new Error(
                `too large for an agreement (${Math.round(info.size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
            );
        const text = decodeText(await readFile(path));
        files.push({ path, text });
    } catch (error) {
        unreadable.push({
            path,
            reason: error instanceof Error && !('code' in error) ? error.message : describeFsError(error as NodeJS.ErrnoException),
        });
    }
}

/** UTF-8 only, as the spec says; a byte-order mark is dropped, a NUL byte means a binary file. */
export function decodeText(bytes: Uint8Array): string {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new Error('UTF-16 text, not UTF-8: save the file as UTF-8');
    }
    if (bytes.includes(0)) {
        throw new Error('not a text file (it contains NUL bytes)');
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new Error(`not valid UTF-8 text (${describeInvalidByte(bytes)}): save the file as UTF-8`);
    }
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Where the first byte that is not UTF-8 sits, as a line and a byte column, for the author to find it. */
function describeInvalidByte(bytes: Uint8Array): string {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bytes.length;) {
        const length = utf8SequenceLength(bytes, i);
        if (length === 0) return `byte 0x${bytes[i].toString(16).padStart(2, '0')} at line ${line}, byte ${i - lineStart + 1} of the line`;
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
        i += length;
    }
    return 'a sequence cut short at its end';
}

/**
 * Unicode table 3-7, the well-formed UTF-8 byte sequences: for each range of first bytes, the
 * length of the sequence and the range its second byte must fall in (later bytes are 0x80–0xBF).
 */
const UTF8_SEQUENCES: ReadonlyArray<{ first: readonly [number, number]; length: number; second: readonly [number, number] }> = [
    { first: [0xc2, 0xdf], length: 2, second: [0x80, 0xbf] },
    { first: [0xe0, 0xe0], length: 3, second: [0xa0, 0xbf] },
    { first: [0xe1, 0xec], length: 3, second: [0x80, 0xbf] },
    { first: [0xed, 0xed], length: 3, second: [0x80, 0x9f] },
    { first: [0xee, 0xef], length: 3, second: [0x80, 0xbf] },
    { first: [0xf0, 0xf0], length: 4, second: [0x90, 0xbf] },
    { first: [0xf1, 0xf3], length: 4, second: [0x80, 0xbf] },
    { first: [0xf4, 0xf4], length: 4, second: [0x80, 0x8f] },
];

/** The length of the well-formed UTF-8 sequence at `i`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
    const first = bytes[i];
    if (first < 0x80) return 1;
    const sequence = UTF8_SEQUENCES.find(({ first: [from, to] }) => first >= from && first <= to);
    if (!sequence) return 0;
    const {
        length,
        second: [low, high],
    } = sequence;
    if (i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
    return length;
}

function describeFsError(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'ENOENT':
            return 'no such file or folder';
        case 'EACCES':
            return 'permission denied';
        case 'EISDIR':
            return 'is a folder';
        default:
            return error.message;
    }
}
