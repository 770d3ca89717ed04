import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the system's temporary folder, and a writer of whole files into it that returns the file's path. */
export function tempFolder(prefix: string): { dir: string; file: (name: string, text: string) => string } {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    return {
        dir,
        file: (name, text) => {
            const path = join(dir, name);
            writeFileSync(path, text);
            return path;
        },
    };
}
