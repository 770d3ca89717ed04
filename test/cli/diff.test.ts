import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { acme, edited } from '../diff/diff-helpers.js';

/** A folder with the given .sla files. */
function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'sla-diff-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
}

const worse = edited(['availability 99.95%', 'availability 99.9%']);
const better = edited(['window 30 days', 'window 60 days']);

describe('sla diff on two files', () => {
    it('prints the changes grouped by tier with their figures, and exits 0', () => {
        const dir = folder({
            'old.sla': acme,
            'new.sla': edited(['availability 99.95%', 'availability 99.9%'], ['window 30 days', 'window 60 days']),
        });
        const result = sla(['diff', 'old.sla', 'new.sla'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Changes from old.sla to new.sla');
        expect(result.stdout).toContain('2 changes: 1 favours the provider, 1 favours the customer.');
        expect(result.stdout).toMatch(/Agreement\n {2}\[favours the customer\] claim window: 30 days → 60 days/);
        expect(result.stdout).toMatch(
            /Tier Premium\n {2}\[favours the provider\] availability: 99\.95% → 99\.9%\n {6}downtime allowed per 30-day month: 21m 36s → 43m 12s/,
        );
    });

    it('says so when nothing changed, and exits 0 even with --fail-on any', () => {
        const dir = folder({ 'a.sla': acme, 'b.sla': acme.replace(/ {4}/g, '  ') });
        const result = sla(['diff', 'a.sla', 'b.sla', '--fail-on', 'any'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('No changes in terms.');
    });

    it.each([
        ['customer-unfavourable', worse, 1],
        ['customer-unfavourable', better, 0],
        ['provider-unfavourable', better, 1],
        ['provider-unfavourable', worse, 0],
        ['any', better, 1],
    ] as const)('--fail-on %s exits %#', (failOn, after, status) => {
        const dir = folder({ 'old.sla': acme, 'new.sla': after });
        expect(sla(['diff', 'old.sla', 'new.sla', '--fail-on', failOn], { cwd: dir }).status).toBe(status);
    });

    it('--format json gives every change with its direction, rule and impact', () => {
        const dir = folder({ 'old.sla': acme, 'new.sla': worse });
        const result = sla(['diff', 'old.sla', 'new.sla', '--format', 'json'], { cwd: dir });
        const json = JSON.parse(result.stdout);
        expect(json).toMatchObject({
            format: 'urn:sla-toolkit:diff:v1',
            old: 'old.sla',
            new: 'new.sla',
            counts: { provider: 1, customer: 0, unclear: 0 },
        });
        expect(json.changes[0]).toMatchObject({
            tier: 'Premium',
            clause: 'availability',
            change: 'changed',
            old: '99.95%',
            new: '99.9%',
            favours: 'provider',
        });
        expect(json.changes[0].impact[0]).toContain('21m 36s → 43m 12s');
    });

    it('--format markdown writes a negotiation note with a heading per tier', () => {
        const dir = folder({ 'old.sla': acme, 'new.sla': worse });
        const result = sla(['diff', 'old.sla', 'new.sla', '--format', 'markdown'], { cwd: dir });
        expect(result.stdout).toContain('# Changes to the agreement');
        expect(result.stdout).toContain('## Tier Premium');
        expect(result.stdout).toMatch(/- \*\*availability\*\*: 99\.95% → 99\.9% — _favours the provider_/);
    });

    it('--format redline prints the contract text marked up', () => {
        const dir = folder({ 'old.sla': acme, 'new.sla': better });
        const result = sla(['diff', 'old.sla', 'new.sla', '--format', 'redline'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('within <del>30</del><ins>60</ins> days');
    });

    it('--deviations marks what a deal desk must approve', () => {
        const negotiated = better.replace('provider "Acme Cloud, Inc."', 'provider "Acme Cloud, Inc."\n    customer "Globex"');
        const dir = folder({ 'standard.sla': acme, 'globex.sla': negotiated });
        const result = sla(['diff', 'standard.sla', 'globex.sla', '--deviations'], { cwd: dir });
        expect(result.stdout).toContain('Deviations of globex.sla from the standard offering standard.sla');
        expect(result.stdout).toContain('APPROVE [favours the customer] claim window: 30 days → 60 days');
        expect(result.stdout).not.toContain('customer:');
    });

    it('refuses a version with syntax errors: exit 2, its errors listed, nothing on standard output', () => {
        const dir = folder({ 'old.sla': acme, 'new.sla': acme.replace('availability 99.95%', 'availability 99.95% %') });
        const result = sla(['diff', 'old.sla', 'new.sla'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('sla: new.sla has syntax errors; it cannot be compared:');
        expect(result.stderr).toMatch(/new\.sla:\d+:\d+: error syntax-error: /);
    });

    it('compares versions with other errors, and notes them', () => {
        const overlapping = acme.replace('credit 25% when availability below 99.0%', 'credit 25% when availability below 99.2%');
        const dir = folder({ 'old.sla': acme, 'new.sla': overlapping });
        const result = sla(['diff', 'old.sla', 'new.sla'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stderr).toMatch(/sla: note: new\.sla has \d+ errors? \(sla check lists them\); compared as written/);
        expect(result.stdout).toContain('credit when availability less than 99.2%');
    });

    it.each([
        [['diff', 'a.sla'], /give two files/],
        [['diff', 'a.sla', 'missing.sla'], /cannot read missing\.sla: no such file/],
        [['diff', 'a.sla', 'a.sla', '--format', 'pdf'], /--format must be text, markdown, json or redline/],
        [['diff', 'a.sla', 'a.sla', '--fail-on', 'some'], /--fail-on must be/],
        [['diff', 'HEAD', '--', 'a.sla', 'b.sla'], /give one file/],
    ])('%j: one line, exit 2', (args, message) => {
        const dir = folder({ 'a.sla': acme });
        const result = sla(args, { cwd: dir });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
});

describe('sla diff against git revisions', () => {
    function git(cwd: string, ...args: string[]): void {
        const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    }

    /** A repository with two commits of contracts/acme.sla, and an uncommitted third version on disk. */
    function repository(): string {
        const dir = folder({});
        git(dir, 'init', '-q');
        const sub = join(dir, 'contracts');
        spawnSync('mkdir', [sub]);
        writeFileSync(join(sub, 'acme.sla'), acme);
        git(dir, 'add', '.');
        git(dir, 'commit', '-qm', 'standard');
        writeFileSync(join(sub, 'acme.sla'), worse);
        git(dir, 'commit', '-qam', 'lower Premium');
        writeFileSync(join(sub, 'acme.sla'), edited(['availability 99.95%', 'availability 99.9%'], ['window 30 days', 'window 60 days']));
        return dir;
    }

    it('REV -- FILE compares the file at that revision with the file on disk', () => {
        const dir = repository();
        const result = sla(['diff', 'HEAD', '--', 'contracts/acme.sla'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Changes from HEAD:contracts/acme.sla to contracts/acme.sla');
        expect(result.stdout).toContain('1 change: 1 favours the customer.');
    });

    it('REV1 REV2 -- FILE compares two revisions, from any folder of the repository', () => {
        const dir = repository();
        const result = sla(['diff', '--fail-on', 'customer-unfavourable', 'HEAD~1', 'HEAD', '--', 'acme.sla'], {
            cwd: join(dir, 'contracts'),
        });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('[favours the provider] availability: 99.95% → 99.9%');
        expect(result.stdout).not.toContain('claim window');
    });

    it('names a revision git does not know, or a file not in it, with exit 2', () => {
        const dir = repository();
        const unknown = sla(['diff', 'no-such-branch', '--', 'contracts/acme.sla'], { cwd: dir });
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toMatch(/cannot read contracts\/acme\.sla at no-such-branch: /);
        writeFileSync(join(dir, 'contracts', 'new.sla'), acme);
        const untracked = sla(['diff', 'HEAD', '--', 'contracts/new.sla'], { cwd: dir });
        expect(untracked.status).toBe(2);
        expect(untracked.stderr).toMatch(/cannot read contracts\/new\.sla at HEAD: .*not in 'HEAD'/);
    });
});
