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
        const kind = await stat(path).then((s) => (s.isDirectory() ? 'folder' : 'file'), (error: NodeJS.ErrnoException) => error);
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

async function readOne(path: string, files: SlaFile[], unreadable: Unreadable[]): Promise<void> {
    try {
        const text = decodeText(await readFile(path));
        files.push({ path, text });
    } catch (error) {
        unreadable.push({ path, reason: error instanceof Error && !('code' in error) ? error.message : describeFsError(error as NodeJS.ErrnoException) });
    }
}

/** UTF-8 only, as the spec says; a byte-order mark is dropped, a NUL byte means a binary file. */
export function decodeText(bytes: Uint8Array): string {
    if (bytes.includes(0)) {
        throw new Error('not a text file (it contains NUL bytes)');
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new Error('not valid UTF-8 text');
    }
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function describeFsError(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES': return 'permission denied';
        case 'EISDIR': return 'is a folder';
        default: return error.message;
    }
}
