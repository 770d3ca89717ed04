import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryPathFor, writeFileAtomic } from '../../packages/cli/src/write-file-atomic.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sla-atomic-'));

describe('writeFileAtomic', () => {
    it('writes a new file and replaces an existing one whole', async () => {
        const folder = tmp();
        const path = join(folder, 'out.md');
        await writeFileAtomic(path, 'first\n');
        expect(readFileSync(path, 'utf8')).toBe('first\n');
        await writeFileAtomic(path, 'second — ünïcödé 🚀\n');
        expect(readFileSync(path, 'utf8')).toBe('second — ünïcödé 🚀\n');
        expect(readdirSync(folder)).toEqual(['out.md']);
    });

    it('puts its temporary file beside the target, hidden and unique', () => {
        const a = temporaryPathFor('/x/y/out.json');
        expect(a).toMatch(/^\/x\/y\/\.out\.json\.\d+\.[0-9a-f]{12}\.tmp$/);
        expect(temporaryPathFor('/x/y/out.json')).not.toBe(a);
    });

    it('leaves the target as it was and removes the temporary file when the rename fails', async () => {
        const folder = tmp();
        const path = join(folder, 'taken');
        mkdirSync(path);
        writeFileSync(join(path, 'inside'), 'keep');
        await expect(writeFileAtomic(path, 'text')).rejects.toThrow();
        expect(readdirSync(folder)).toEqual(['taken']);
        expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('keep');
    });

    it('fails without leaving anything when the folder does not exist', async () => {
        const folder = tmp();
        await expect(writeFileAtomic(join(folder, 'missing', 'out.json'), '{}')).rejects.toMatchObject({ code: 'ENOENT' });
        expect(readdirSync(folder)).toEqual([]);
    });
});
