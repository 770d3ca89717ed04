import { describe, expect, it } from 'vitest';
import { SYMBOLIC_LINK, symbolicLinkOnPath, type StatType } from '../../packages/vscode/src/symlink-check.js';

/**
 * The extension's check that an output folder is reached through real folders only (issue 8), with
 * a fake file system: a map from path to `vscode.FileType` bits, everything else missing. The
 * workspace folder is `/ws`; `out -> /etc` is the attack the check is for.
 */
const FILE = 1;
const DIRECTORY = 2;

function fakeStat(entries: Record<string, number>): StatType & { asked: string[] } {
    const asked: string[] = [];
    const stat = async (path: string) => {
        asked.push(path);
        return entries[path];
    };
    return Object.assign(stat, { asked });
}

describe('symbolicLinkOnPath', () => {
    it('finds a link in the middle of the path, and stops there', async () => {
        const stat = fakeStat({ '/ws/out': DIRECTORY | SYMBOLIC_LINK, '/ws/out/contracts': DIRECTORY });
        expect(await symbolicLinkOnPath('/ws', '/ws/out/contracts', stat)).toBe('/ws/out');
        expect(stat.asked).toEqual(['/ws/out']);
    });

    it('finds the target folder itself being a link, also a dangling one', async () => {
        const stat = fakeStat({ '/ws/generated': DIRECTORY, '/ws/generated/out': DIRECTORY | SYMBOLIC_LINK });
        expect(await symbolicLinkOnPath('/ws', '/ws/generated/out', stat)).toBe('/ws/generated/out');
        // A link to nothing is reported with the link bit alone; writing would create its target.
        expect(await symbolicLinkOnPath('/ws/', '/ws/gone', fakeStat({ '/ws/gone': SYMBOLIC_LINK }))).toBe('/ws/gone');
    });

    it('passes real folders, and asks about each one below the workspace folder', async () => {
        const stat = fakeStat({ '/ws/generated': DIRECTORY, '/ws/generated/contracts': DIRECTORY, '/ws/generated/contracts/a.md': FILE });
        expect(await symbolicLinkOnPath('/ws', '/ws/generated/contracts', stat)).toBeUndefined();
        expect(stat.asked).toEqual(['/ws/generated', '/ws/generated/contracts']);
    });

    it('passes a missing folder that will be created, without asking below it', async () => {
        const stat = fakeStat({ '/ws/generated': DIRECTORY });
        expect(await symbolicLinkOnPath('/ws', '/ws/generated/new/deeper', stat)).toBeUndefined();
        expect(stat.asked).toEqual(['/ws/generated', '/ws/generated/new']);
    });

    it('does not check the workspace folder itself: beside a document at its top there is nothing to ask', async () => {
        const stat = fakeStat({ '/ws': DIRECTORY | SYMBOLIC_LINK });
        expect(await symbolicLinkOnPath('/ws', '/ws', stat)).toBeUndefined();
        expect(stat.asked).toEqual([]);
    });

    it('compares Windows paths without case and reports the link as the target spells it', async () => {
        const stat = fakeStat({ '/c:/Work/Out': DIRECTORY | SYMBOLIC_LINK });
        expect(await symbolicLinkOnPath('/c:/work', '/c:/Work/Out/x', stat)).toBe('/c:/Work/Out');
        // On other systems case matters: /wsx is not inside /ws.
        await expect(symbolicLinkOnPath('/ws', '/wsx/out', fakeStat({}))).rejects.toThrow(/not inside/);
    });
});
