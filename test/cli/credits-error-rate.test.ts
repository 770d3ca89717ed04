import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { readExample } from '../helpers/services.js';

/**
 * Issue "Trust in every word", item 18: `sla credits --error-rate` computes the credit of a tier's
 * error-rate brackets (per tier and per service), fixed amounts are paid as written, and RPO/RTO
 * are refused with a reason.
 */
const folder = mkdtempSync(join(tmpdir(), 'sla-credits-error-rate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, text: string): string {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
}

const errorRate = 'examples/error-rate-intervals.sla';
const negotiated = 'examples/enterprise-negotiated.sla';

function credits(path: string, ...args: string[]) {
    return sla(['credits', path, ...args]);
}

describe('sla credits --error-rate, tier-wide', () => {
    it('an error rate above the commitment falls in the bracket above it', () => {
        const result = credits(errorRate, '--tier', 'Standard', '--error-rate', '1.5%');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')).toEqual([
            'Tier Standard: commitment at most 1% monthly error rate',
            'Measured error rate: 1.5%',
            'Bracket: Greater than 1% → 5%',
            'Credit: 5% of the monthly fee',
            'Amount: USD 100.00 (5% of USD 2,000.00)',
            '',
        ]);
    });

    it('exactly the commitment meets it (bounds are exact: 1% is not "above 1%")', () => {
        const result = credits(errorRate, '--tier', 'Standard', '--error-rate', '1', '--format', 'json');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({
            tier: 'Standard',
            metric: 'error-rate',
            commitment: 1,
            measuredErrorRate: 1,
            outcome: 'met',
            bracket: null,
            credit: 0,
            capped: false,
            cap: 50,
            monthlyPrice: 2000,
            amount: 0,
            currency: 'USD',
        });
    });
});

describe('sla credits --error-rate --service', () => {
    it("uses the service's own commitment and brackets", () => {
        const inner = credits(errorRate, '--tier', 'Standard', '--service', 'Storage', '--error-rate', '1%');
        expect(inner.status).toBe(0);
        expect(inner.stdout).toContain('Tier Standard, service Storage: commitment at most 0.1% monthly error rate');
        expect(inner.stdout).toContain('Bracket: Equal to or less than 1% but greater than 0.1% → 5%');
        const outer = credits(errorRate, '--tier', 'Standard', '--service', 'Storage', '--error-rate', '3%', '--format', 'json');
        expect(JSON.parse(outer.stdout)).toMatchObject({
            tier: 'Standard',
            service: 'Storage',
            commitment: 0.1,
            measuredErrorRate: 3,
            outcome: 'bracket',
            bracket: { credit: 10, description: 'Greater than 1%', min: 1, minInclusive: false, max: 100 },
            credit: 10,
            amount: 200,
        });
    });

    it('a service without a block of its own gets the tier-wide terms', () => {
        const result = credits(errorRate, '--tier', 'Standard', '--service', 'Transfer', '--error-rate', '0.5%');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Tier Standard, service Transfer: commitment at most 1% monthly error rate');
        expect(result.stdout).toContain('The commitment is met: no service credit is due.');
    });

    it('the service is named in --availability output too', () => {
        const result = credits(errorRate, '--tier', 'Standard', '--service', 'Storage', '--availability', '99.2%', '--format', 'json');
        expect(JSON.parse(result.stdout)).toMatchObject({ tier: 'Standard', service: 'Storage', commitment: 99.95, credit: 10 });
    });
});

describe('sla credits --error-rate: caps, fixed amounts, gaps, no commitment', () => {
    const path = file(
        'error-rate-amounts.sla',
        `sla "Error-rate amounts" {
    provider "Example"
    currency USD
    measurement { period monthly }
    tier Basic {
        price 1000 per month
        credits {
            credit 100 USD when error-rate above 2% and at most 5%
            credit 800 USD when error-rate above 5%
            cap 50% of monthly fee
        }
    }
    tier Plus {
        price 1000 per month
        error-rate 1%
        credits {
            credit 10% when error-rate above 2%
            cap 30%
        }
    }
}
`,
    );

    it('a fixed amount is paid as written', () => {
        const result = credits(path, '--tier', 'Basic', '--error-rate', '3%');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')).toEqual([
            'Tier Basic: no error rate commitment',
            'Measured error rate: 3%',
            'Bracket: Equal to or less than 5% but greater than 2% → USD 100.00',
            'Credit: USD 100.00, a fixed amount',
            'Amount: USD 100.00',
            '',
        ]);
        const json = JSON.parse(credits(path, '--tier', 'Basic', '--error-rate', '3%', '--format', 'json').stdout);
        expect(json).toMatchObject({ bracket: { credit: null, amount: 100 }, credit: 10, amount: 100 });
    });

    it('a fixed amount above the cap is cut to the cap', () => {
        const result = credits(path, '--tier', 'Basic', '--error-rate', '9%');
        expect(result.stdout).toContain("Credit: 50% of the monthly fee (the bracket's USD 800.00, capped at 50%)");
        expect(result.stdout).toContain('Amount: USD 500.00 (50% of USD 1,000.00)');
    });

    it('without a commitment, a rate below every bracket earns nothing; between the commitment and the first bracket neither', () => {
        expect(credits(path, '--tier', 'Basic', '--error-rate', '1%').stdout).toContain(
            'No error rate bracket covers this error rate: no service credit is due.',
        );
        const gap = JSON.parse(credits(path, '--tier', 'Plus', '--error-rate', '1.5%', '--format', 'json').stdout);
        expect(gap).toMatchObject({ commitment: 1, outcome: 'no-bracket', credit: 0, amount: 0 });
        expect(JSON.parse(credits(path, '--tier', 'Plus', '--error-rate', '2.5%', '--format', 'json').stdout)).toMatchObject({
            outcome: 'bracket',
            credit: 10,
            amount: 100,
        });
    });
});

describe('sla credits: fixed amounts and shares of the annual fee with --availability', () => {
    it('a fixed-amount bracket pays its amount, not a share printed to sixteen digits', () => {
        const result = credits(negotiated, '--tier', 'Enterprise', '--service', 'Console', '--availability', '99.5%');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')).toEqual([
            'Tier Enterprise, service Console: commitment 99.9% monthly availability',
            'Measured availability: 99.5000%',
            'Bracket: Less than 99.9% but equal to or greater than 99.0% → USD 2,500.00',
            'Credit: USD 2,500.00, a fixed amount',
            'Amount: USD 2,500.00',
            '',
        ]);
        const json = JSON.parse(
            credits(negotiated, '--tier', 'Enterprise', '--service', 'Console', '--availability', '99.5%', '--format', 'json').stdout,
        );
        expect(json).toMatchObject({ service: 'Console', bracket: { credit: null, amount: 2500 }, credit: 7.5, amount: 2500 });
    });

    it('a share of the annual fee says so beside its monthly equivalent', () => {
        const result = credits(negotiated, '--tier', 'Enterprise', '--availability', '98%');
        expect(result.stdout).toContain('Bracket: Less than 99.0% → 3% of the annual fee');
        expect(result.stdout).toContain('Credit: 36% of the monthly fee (3% of the annual fee)');
        expect(result.stdout).toContain('Amount: USD 12,000.00 (36% of USD 33,333.33)');
    });
});

describe('sla credits --latency --service', () => {
    it("uses the service's own latency target and brackets (the option was ignored before)", () => {
        const path = file(
            'latency-service.sla',
            `sla "Latency per service" {
    provider "Example"
    currency USD
    service API
    service Console
    measurement { period monthly }
    tier Gold {
        price 1000 per month
        latency p95 300 ms
        credits {
            credit 5% when latency p95 above 300 ms
            cap 30%
        }
        service Console {
            latency p95 800 ms
            credits {
                credit 10% when latency p95 above 800 ms
                cap 30%
            }
        }
    }
}
`,
        );
        expect(sla(['check', path]).stdout).not.toMatch(/ error /);
        const api = credits(path, '--tier', 'Gold', '--service', 'API', '--latency', 'p95=500ms');
        expect(api.stdout).toContain('Tier Gold, service API: latency p95 target 300 ms');
        expect(api.stdout).toContain('Credit: 5% of the monthly fee');
        const console = credits(path, '--tier', 'Gold', '--service', 'Console', '--latency', 'p95=500ms', '--format', 'json');
        expect(JSON.parse(console.stdout)).toMatchObject({ service: 'Console', targetSeconds: 0.8, outcome: 'met', credit: 0 });
        const slow = credits(path, '--tier', 'Gold', '--service', 'Console', '--latency', 'p95=1s', '--format', 'json');
        expect(JSON.parse(slow.stdout)).toMatchObject({ service: 'Console', outcome: 'bracket', credit: 10, amount: 100 });
    });
});

describe('sla credits --error-rate: refusals', () => {
    it.each([
        [
            [errorRate, '--tier', 'Standard', '--error-rate', '1,5%'],
            /--error-rate must be a percentage .*; write 1\.5% with a decimal point/,
        ],
        [[errorRate, '--tier', 'Standard', '--error-rate', '101%'], /--error-rate must be a percentage from 0% to 100%, such as 0\.4%/],
        [[errorRate, '--tier', 'Standard', '--error-rate', '1%', '--availability', '99%'], /give one measurement/],
        [[errorRate, '--tier', 'Standard', '--error-rate', '1%', '--days', '30'], /--days goes with --downtime/],
        [
            [errorRate, '--tier', 'Standard', '--service', 'Queue', '--error-rate', '1%'],
            /no service "Queue"; its services are Storage, Transfer/,
        ],
        [[errorRate, '--tier', 'Gold', '--error-rate', '1%'], /no tier "Gold"/],
        [
            [negotiated, '--tier', 'Enterprise', '--error-rate', '1%'],
            /^sla: tier Enterprise has no credit for error rate; its credit schedule pays on availability \(--availability or --downtime\)$/,
        ],
        [[negotiated, '--tier', 'Enterprise', '--rto', '2h'], /--rto: RPO and RTO earn no service credit/],
        [[negotiated, '--tier', 'Enterprise', '--rpo', '5 min'], /--rpo: RPO and RTO earn no service credit/],
    ])('%j: one line, exit 2', (args, message) => {
        const result = credits(...(args as [string, ...string[]]));
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim()).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('a tier with only error-rate credits tells an --availability user which option to use', () => {
        const path = file(
            'only-error-rate.sla',
            `sla "Only error rate" {
    provider "Example"
    currency USD
    measurement { period monthly }
    tier Basic {
        price 1000 per month
        error-rate 1%
        credits {
            credit 10% when error-rate above 1%
            cap 30%
        }
    }
}
`,
        );
        const result = credits(path, '--tier', 'Basic', '--availability', '99%');
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe(
            'sla: tier Basic has no availability commitment; its credit schedule pays on error-rate (--error-rate)',
        );
    });

    it('refuses a tier whose brackets have errors, computes another tier and names the errors', () => {
        const broken = readExample('error-rate-intervals.sla').replace(
            '    claims {',
            `    tier Premium extends Standard {
        price 4000 per month
        credits {
            credit 10% when error-rate above 0.5%
            credit 20% when error-rate above 0.8%
        }
    }

    claims {`,
        );
        const path = file('broken-premium.sla', broken);
        expect(sla(['check', path]).stdout).toMatch(/error bracket-overlap/);
        const refused = credits(path, '--tier', 'Premium', '--error-rate', '2%');
        expect(refused.status).toBe(1);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toContain('has errors that tier Premium depends on');
        const computed = credits(path, '--tier', 'Standard', '--error-rate', '2%');
        expect(computed.status).toBe(0);
        expect(computed.stdout).toContain('Credit: 5% of the monthly fee');
        expect(computed.stderr).toContain('has errors outside tier Standard');
    });
});
