import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { readExample } from '../helpers/services.js';

/**
 * Issue "Trust in every word", item 18: `sla credits` computes for a clean tier when another tier
 * has an error (and names it), and computes latency credits (`--latency p95=450ms`).
 */
const { dir: folder, file } = tempFolder('sla-credits-');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const acme = readExample('acme-tiers.sla');
// Enterprise gets an overlapping bracket; Standard and Premium stay clean.
const brokenEnterprise = acme.replace(
    'credit 50% when availability below 99.0%',
    'credit 50% when availability below 99.0%\n            credit 40% when availability below 98.0%',
);
// Standard gets latency credits.
const withLatency = acme.replace(
    'credit 25% when availability below 99.0%\n',
    'credit 25% when availability below 99.0%\n            credit 5%  when latency p95 above 300 ms and at most 1 s\n            credit 10% when latency p95 above 1 s\n',
);

describe('sla credits beside errors in another tier', () => {
    it('computes for Standard and names the errors of Enterprise', () => {
        const path = file('broken-enterprise.sla', brokenEnterprise);
        const result = sla(['credits', path, '--tier', 'Standard', '--availability', '99.2%']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Credit: 10% of the monthly fee');
        expect(result.stdout).toContain('Amount: USD 100.00');
        expect(result.stderr).toContain('has errors outside tier Standard and the tiers it extends');
        expect(result.stderr).toMatch(/error bracket-overlap: Credit 50%/);
    });

    it('refuses Enterprise itself, naming its errors', () => {
        const path = file('broken-enterprise.sla', brokenEnterprise);
        const result = sla(['credits', path, '--tier', 'Enterprise', '--availability', '99.2%']);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('has errors that tier Enterprise depends on');
    });

    it('refuses a tier that extends the broken one, computes for the one it extends', () => {
        const broken = acme.replace(
            'credit 30% when availability below 99.0%',
            'credit 30% when availability below 99.0%\n            credit 20% when availability below 98.0%',
        );
        const path = file('broken-premium.sla', broken);
        // Enterprise extends Premium: an error there may change what Enterprise inherits.
        expect(sla(['credits', path, '--tier', 'Enterprise', '--availability', '99.2%']).status).toBe(1);
        expect(sla(['credits', path, '--tier', 'Premium', '--availability', '99.2%']).status).toBe(1);
        expect(sla(['credits', path, '--tier', 'Standard', '--availability', '99.2%']).status).toBe(0);
    });
});

describe('sla credits below the lowest bracket (item 12)', () => {
    it('refers to the schedule-floor warning that `sla check` gives, not to a bracket-gap never reported', () => {
        const path = file('floor.sla', acme.replace('            credit 25% when availability below 99.0%\n', ''));
        const check = sla(['check', path]);
        expect(check.stdout).toMatch(/warning schedule-floor: /);
        expect(check.stdout).not.toMatch(/bracket-gap/);
        const credit = sla(['credits', path, '--tier', 'Standard', '--availability', '50%']);
        expect(credit.stdout).toContain('no service credit is due (see schedule-floor).');
    });
});

describe('sla credits --latency', () => {
    const path = file('latency.sla', withLatency);

    it('p95=450ms falls in the 5% bracket', () => {
        const result = sla(['credits', path, '--tier', 'Standard', '--latency', 'p95=450ms']);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')).toEqual([
            'Tier Standard: latency p95 target 300 ms',
            'Measured latency p95: 450 ms',
            'Bracket: Equal to or less than 1 s but greater than 300 ms → 5%',
            'Credit: 5% of the monthly fee',
            'Amount: USD 50.00 (5% of USD 1,000.00)',
            '',
        ]);
    });

    it('a latency within the target is met; JSON says so', () => {
        const result = sla(['credits', path, '--tier', 'Standard', '--latency', 'p95=300ms', '--format', 'json']);
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json).toMatchObject({ tier: 'Standard', percentile: 'p95', outcome: 'met', credit: 0, amount: 0, targetSeconds: 0.3 });
    });

    it('an open-ended bracket is `max: null` in JSON; the cap applies', () => {
        const result = sla(['credits', path, '--tier', 'Standard', '--latency', 'p95=2 s', '--format', 'json']);
        const json = JSON.parse(result.stdout);
        expect(json.bracket).toMatchObject({ credit: 10, min: 1, max: null });
        expect(json.amount).toBe(100);
    });

    it('wrong input is exit 2 with one line', () => {
        for (const args of [
            ['--latency', 'p99=200ms'],
            ['--latency', '450ms'],
            ['--latency', 'p95=450ms', '--availability', '99%'],
        ]) {
            const result = sla(['credits', path, '--tier', 'Standard', ...args]);
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        }
    });
});
