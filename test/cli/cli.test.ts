import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sla-cli-'));

describe('sla budget', () => {
    it('says < 1s, not 0s, for a budget under half a second (0s is 100%)', () => {
        const result = sla(['budget', '99.99999%']);
        expect(result.stdout).toMatch(/per month \(30 days\)\s+< 1s\s+\(28–31 days: < 1s – < 1s\)/);
        expect(result.stdout).toMatch(/per year \(365 days\)\s+3s/);
        expect(sla(['budget', '100%']).stdout).toMatch(/per day\s+0s/);
    });

    it('prints the yearly budget of four nines', () => {
        const result = sla(['budget', '99.99%', '--period', 'yearly']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('52m 34s');
    });

    it('prints the monthly table with its range of month lengths', () => {
        const result = sla(['budget', '99.9%']);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/per day\s+1m 26s/);
        expect(result.stdout).toMatch(/per month \(30 days\)\s+43m 12s/);
        expect(result.stdout).toContain('28–31 days: 40m 19s – 44m 38s');
        expect(result.stdout).toMatch(/per year \(365 days\)\s+8h 45m 36s/);
    });

    it('answers in JSON with seconds', () => {
        const result = sla(['budget', '99.95', '--format', 'json']);
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.perPeriod.reference).toBeCloseTo(1296, 6);
        expect(json.period).toBe('monthly');
    });

    it.each([
        [['budget', '101%'], /percentage from 0% to 100%/],
        [['budget', 'abc'], /percentage/],
        [['budget', '99.9%', '--period', 'weekly'], /monthly, quarterly or yearly/],
        [['budget'], /missing required argument/],
        [['bogus'], /unknown command/],
        [['budget', '99.9%', '--format', 'xml'], /text or json/],
    ])('rejects %j with one line and exit 2', (args, message) => {
        const result = sla(args);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
    });
});

describe('sla credits', () => {
    it('computes the spec example: Enterprise, 3 h down in 30 days → 99.5833%, 25%, USD 500.00', () => {
        const result = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h', '--days', '30']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('99.5833%');
        expect(result.stdout).toContain('Less than 99.9% but equal to or greater than 99.0%');
        expect(result.stdout).toContain('25%');
        expect(result.stdout).toContain('USD 500.00');
    });

    it('reports the same in JSON', () => {
        const result = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3 h', '--format', 'json']);
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json).toMatchObject({
            measuredAvailability: 99.5833,
            credit: 25,
            amount: 500,
            currency: 'USD',
            outcome: 'bracket',
            days: 30,
        });
    });

    it('owes nothing when the downtime is exactly the budget', () => {
        const result = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--downtime', '43min 12s', '--format', 'json']);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toMatchObject({ measuredAvailability: 99.9, outcome: 'met', credit: 0, amount: 0 });
    });

    it('shows a measurement just below a bound with the decimals that keep it below', () => {
        // 43min 13s is one second over the 99.9% budget: 99.899961…%, not "99.9000%" beside "less than 99.9%".
        const text = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--downtime', '43min 13s']);
        expect(text.stdout).toContain('Measured availability: 99.89996% (43m 13s of downtime in a 30-day month)');
        expect(text.stdout).toContain('Less than 99.9% but equal to or greater than 99.5% → 5%');
        const json = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--downtime', '43min 13s', '--format', 'json']);
        expect(JSON.parse(json.stdout)).toMatchObject({ measuredAvailability: 99.89996, outcome: 'bracket', credit: 5 });
    });

    it('applies the cap', () => {
        const result = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--availability', '98%', '--format', 'json']);
        expect(JSON.parse(result.stdout)).toMatchObject({ credit: 25, amount: 250 });
    });

    it.each([
        [['credits', 'examples/acme-tiers.sla', '--tier', 'Gold', '--downtime', '3h'], /no tier "Gold".*Standard, Premium, Enterprise/],
        [['credits', 'examples/acme-tiers.sla', '--tier', 'Standard'], /give one of --availability, --downtime, --latency or --error-rate/],
        [['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--downtime', '3m'], /ambiguous/],
        [
            ['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--downtime', '31 days'],
            /Downtime of 31d is longer than the 30-day period \(30d\)/,
        ],
        [
            ['credits', 'examples/acme-tiers.sla', '--tier', 'Standard', '--downtime', '3h', '--availability', '99%'],
            /give one measurement: .* not two/,
        ],
        [['credits', 'examples/missing.sla', '--tier', 'Standard', '--downtime', '1h'], /cannot read/],
        [['credits', 'examples/acme-tiers.sla', '--downtime', '1h'], /--tier/],
    ])('rejects %j with one line and exit 2', (args, message) => {
        const result = sla(args);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
});

describe('sla check', () => {
    it('passes the clean example with exit 0 and no output', () => {
        const result = sla(['check', 'examples/acme-tiers.sla']);
        expect(result.stdout).toBe('');
        expect(result.status).toBe(0);
    });

    it('prints path:line:column: severity code: message and exits 1 on errors', () => {
        const dir = tmp();
        const file = join(dir, 'bad.sla');
        writeFileSync(
            file,
            'sla "X" {\n    provider "P"\n    measurement { probe every 1 m from 3 locations }\n    tier A { availability 99.9% }\n}\n',
        );
        const result = sla(['check', file]);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(`${file}:3:5: error missing-period:`);
        expect(result.stdout).toContain(`${file}:3:33: error ambiguous-unit:`);
    });

    it('prints one JSON array with 1-based positions', () => {
        const dir = tmp();
        const file = join(dir, 'cycle.sla');
        writeFileSync(
            file,
            'sla "X" {\n    provider "P"\n    measurement { period monthly }\n    tier A extends B { }\n    tier B extends A { }\n}\n',
        );
        const result = sla(['check', file, '--format', 'json']);
        expect(result.status).toBe(1);
        const diagnostics = JSON.parse(result.stdout);
        const cycle = diagnostics.filter((d: { code: string }) => d.code === 'inheritance-cycle');
        expect(cycle).toHaveLength(2);
        expect(cycle[0]).toMatchObject({ file, line: 4, column: 20, severity: 'error' });
        expect(Object.keys(cycle[0]).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
    });

    it('checks a folder recursively', () => {
        const dir = tmp();
        mkdirSync(join(dir, 'nested'));
        writeFileSync(join(dir, 'nested', 'a.sla'), 'sla "A" {\n}\n');
        writeFileSync(join(dir, 'notes.txt'), 'not an agreement');
        const result = sla(['check', dir]);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(join(dir, 'nested', 'a.sla'));
        expect(result.stdout).not.toContain('notes.txt');
    });

    it('reports an empty file as a syntax error at 1:1', () => {
        const file = join(tmp(), 'empty.sla');
        writeFileSync(file, '');
        const result = sla(['check', file]);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(
            new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: error syntax-error: Expected \`sla\``),
        );
    });

    it.each([
        ['a missing file', () => '/nonexistent/contract.sla', /cannot read .*no such file/],
        [
            'a binary file',
            () => {
                const f = join(tmp(), 'bin.sla');
                writeFileSync(f, Buffer.from([0x73, 0x6c, 0x61, 0, 1, 2]));
                return f;
            },
            /not a text file/,
        ],
        [
            'invalid UTF-8',
            () => {
                const f = join(tmp(), 'latin1.sla');
                writeFileSync(f, Buffer.from([0x73, 0x6c, 0x61, 0x20, 0xe9, 0x22]));
                return f;
            },
            /not valid UTF-8/,
        ],
        ['a folder without .sla files', () => tmp(), /holds no \.sla file/],
    ])('exits 2 for %s', (_, path, message) => {
        const result = sla(['check', path()]);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it('still reports the readable files when another path is missing', () => {
        const result = sla(['check', 'examples/acme-tiers.sla', '/nonexistent.sla']);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('/nonexistent.sla');
    });

    it('exits 2 without arguments', () => {
        expect(sla(['check']).status).toBe(2);
    });

    it('shows help with exit 0', () => {
        const result = sla(['--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('check');
        expect(sla(['check', '--help']).stdout).toContain('--format');
    });
});

describe('sla --version', () => {
    it('prints the package version with exit 0', () => {
        const result = sla(['--version']);
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });
});

describe('sla credits --days', () => {
    it("notes a number of days that is not the length of the agreement's period, and still answers", () => {
        const result = sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h', '--days', '91']);
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('note: 91 days is not the length of a month (28–31 days)');
        expect(result.stdout).toContain('Measured availability');
    });
    it('says nothing for a month of 28 to 31 days', () => {
        expect(sla(['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h', '--days', '31']).stderr).toBe('');
    });
});
