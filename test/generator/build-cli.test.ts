import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesFolder } from '../helpers/services.js';
import { sla } from '../helpers/cli.js';
import { goldenFolder } from './golden-cases.js';
import { schemaErrors } from './schema.js';

/** `sla build` as a user runs it: the real bundled executable in a process of its own. */
const tmp = () => mkdtempSync(join(tmpdir(), 'sla-build-'));
const example = (name: string) => join(examplesFolder, name);
const read = (path: string) => readFileSync(path, 'utf8');

describe('sla build', () => {
    it('writes the JSON and the contract text of acme-tiers, the same bytes as the golden files', () => {
        const out = tmp();
        const result = sla(['build', example('acme-tiers.sla'), '--out', out]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(readdirSync(out).sort()).toEqual(['acme-tiers.json', 'acme-tiers.md']);
        expect(result.stdout).toBe(`wrote ${join(out, 'acme-tiers.json')}\nwrote ${join(out, 'acme-tiers.md')}\n`);
        expect(read(join(out, 'acme-tiers.json'))).toBe(read(join(goldenFolder, 'acme-tiers.json')));
        expect(read(join(out, 'acme-tiers.md'))).toBe(read(join(goldenFolder, 'acme-tiers.md')));
    });

    it('writes JSON that validates against the schema, Premium with the latency it inherits from Standard', () => {
        const out = tmp();
        expect(sla(['build', example('acme-tiers.sla'), '--json', '--out', out]).status).toBe(0);
        expect(readdirSync(out)).toEqual(['acme-tiers.json']);
        const json = JSON.parse(read(join(out, 'acme-tiers.json')));
        expect(schemaErrors(json)).toEqual([]);
        const premium = json.tiers.find((t: { name: string }) => t.name === 'Premium');
        expect(premium.latency).toEqual([
            { percentile: 95, targetSeconds: 0.3, description: 'API requests, measured at the load balancer', from: 'Standard' },
        ]);
    });

    it('writes only the Markdown with --markdown, beside the file without --out', () => {
        const folder = tmp();
        copyFileSync(example('acme-tiers.sla'), join(folder, 'acme-tiers.sla'));
        const result = sla(['build', 'acme-tiers.sla', '--markdown'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(readdirSync(folder).sort()).toEqual(['acme-tiers.md', 'acme-tiers.sla']);
        expect(result.stdout).toBe('wrote acme-tiers.md\n');
    });

    it('compiles nothing from a document with errors: lists them as sla check does, exits 1, writes nothing', () => {
        const out = tmp();
        const result = sla(['build', example('seed-overlap.sla'), '--out', out]);
        expect(result.status).toBe(1);
        expect(readdirSync(out)).toEqual([]);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trim().split('\n');
        expect(lines[0]).toBe(`sla: ${example('seed-overlap.sla')} has errors; nothing was written for it:`);
        const check = sla(['check', example('seed-overlap.sla')]);
        const checkErrors = check.stdout
            .trim()
            .split('\n')
            .filter((line) => line.includes(': error '));
        expect(checkErrors.length).toBeGreaterThan(0);
        expect(lines.slice(1)).toEqual(checkErrors);
        expect(lines[1]).toMatch(/seed-overlap\.sla:16:\d+: error bracket-overlap: /);
    });

    it('builds several files at once, skipping only the one with errors', () => {
        const folder = tmp();
        const out = join(folder, 'dist', 'contracts');
        writeFileSync(
            join(folder, 'broken.sla'),
            'sla "B" { provider "P" measurement { period monthly } tier A { availability 99% } tier A { availability 98% } }',
        );
        const result = sla(['build', join(folder, 'broken.sla'), example('acme-tiers.sla'), '--out', out]);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/broken\.sla:1:\d+: error duplicate-name: /);
        expect(readdirSync(out).sort()).toEqual(['acme-tiers.json', 'acme-tiers.md']);
    });

    it('writes the same bytes twice, replacing the earlier files and leaving no temporary file', () => {
        const out = tmp();
        expect(sla(['build', example('acme-tiers.sla'), '--out', out]).status).toBe(0);
        const first = readdirSync(out).map((name) => read(join(out, name)));
        // An earlier output of sla (it starts with the generated-file marker), since changed.
        writeFileSync(join(out, 'acme-tiers.md'), `${read(join(out, 'acme-tiers.md')).split('\n')[0]}\n\nstale`);
        expect(sla(['build', example('acme-tiers.sla'), '--out', out]).status).toBe(0);
        expect(readdirSync(out).sort()).toEqual(['acme-tiers.json', 'acme-tiers.md']);
        expect(readdirSync(out).map((name) => read(join(out, name)))).toEqual(first);
    });

    it('exits 2 and writes nothing when a file is missing, even for the files that exist', () => {
        const out = tmp();
        const result = sla(['build', example('acme-tiers.sla'), join(out, 'missing.sla'), '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`sla: cannot read ${join(out, 'missing.sla')}: no such file or folder`);
        expect(readdirSync(out)).toEqual([]);
    });

    it('exits 2 when --out is a file, or two inputs would write the same output', () => {
        const folder = tmp();
        writeFileSync(join(folder, 'file'), '');
        const notFolder = sla(['build', example('acme-tiers.sla'), '--out', join(folder, 'file')]);
        expect(notFolder.status).toBe(2);
        expect(notFolder.stderr).toMatch(/is a file, not a folder/);
        mkdirSync(join(folder, 'copy'));
        copyFileSync(example('acme-tiers.sla'), join(folder, 'copy', 'acme-tiers.sla'));
        const clash = sla(['build', example('acme-tiers.sla'), join(folder, 'copy', 'acme-tiers.sla'), '--out', join(folder, 'out')]);
        expect(clash.status).toBe(2);
        expect(clash.stderr).toMatch(/would both write .*acme-tiers\.json; nothing was written/);
        expect(readdirSync(folder).sort()).toEqual(['copy', 'file']);
    });

    it('exits 2 when an output cannot be written, and leaves no temporary file behind', () => {
        const out = tmp();
        mkdirSync(join(out, 'acme-tiers.json')); // a folder where the file should go
        const result = sla(['build', example('acme-tiers.sla'), '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`sla: cannot write ${join(out, 'acme-tiers.json')}: a folder of that name is in the way`);
        expect(readdirSync(out).sort()).toEqual(['acme-tiers.json', 'acme-tiers.md']);
        expect(readdirSync(join(out, 'acme-tiers.json'))).toEqual([]);
    });
});
