/**
 * Writes a file whole or not at all: the text goes to a temporary file in the same folder (so the
 * rename stays on one file system and is atomic), is flushed to disk, then renamed over the
 * target. A reader sees the old file or the new one, never half of either; on any failure the
 * temporary file is removed and the target is left as it was. Node only (the CLI and the desktop
 * extension); not part of the browser-safe `sla-language` entry point.
 */
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * `.<name>.<pid>.<random>.tmp` beside the target: hidden, and never mistaken for output. The
 * random part only avoids collisions (opening with `wx` already refuses an existing file), so
 * Math.random serves: node:crypto would add its loading time to every run of the CLI.
 */
export function temporaryPathFor(path: string): string {
    const random = Math.floor(Math.random() * 2 ** 48)
        .toString(16)
        .padStart(12, '0');
    return join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
    const temporary = temporaryPathFor(path);
    let handle: FileHandle | undefined;
    try {
        handle = await open(temporary, 'wx'); // `x`: never reuse or clobber someone else's file
        await handle.writeFile(content);
        await handle.sync();
        await handle.close();
        handle = undefined;
        await rename(temporary, path);
        await removeStaleTemporaries(path);
    } catch (error) {
        await handle?.close().catch(() => undefined);
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}

/**
 * A process killed while writing (SIGKILL, power loss) leaves its hidden temporary file behind.
 * After a successful write, those of the same target whose process is gone are removed, so that
 * they do not pile up or get committed by `git add -A`. A live writer's file is never touched.
 */
async function removeStaleTemporaries(path: string): Promise<void> {
    const prefix = `.${basename(path)}.`;
    const names = await listing(dirname(path));
    for (const name of names) {
        const pid = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))?.[1] : undefined;
        if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid))) {
            await unlink(join(dirname(path), name)).catch(() => undefined);
        }
    }
}

// A folder's listing serves the writes of the next second: `sla build` writes two files per document
// into one folder, and listing it after every write made writing n files there cost n² (1,000
// documents: a third slower). A temporary left in the meantime is removed by a later write.
const LISTING_LIFETIME_MS = 1000;
const listings = new Map<string, { names: Promise<string[]>; at: number }>();

function listing(folder: string): Promise<string[]> {
    const now = Date.now();
    let entry = listings.get(folder);
    if (!entry || now - entry.at > LISTING_LIFETIME_MS) {
        entry = { names: readdir(folder).catch(() => [] as string[]), at: now };
        listings.set(folder, entry);
    }
    return entry.names;
}

function isRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
    }
}
