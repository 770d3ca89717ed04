import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from './diff-helpers.js';

/** Every term of language v2 once (the generator's fixture), edited one term at a time. */
const v2 = readFileSync(new URL('../generator/fixtures/language-v2.sla', import.meta.url), 'utf8');

function v2Edited(from: string, to: string): string {
    const next = v2.replace(from, to);
    if (next === v2) throw new Error(`edit did not apply: ${from}`);
    return next;
}

const cases: Array<[what: string, from: string, to: string, tier: string | null, clause: string, favours: string]> = [
    ['error rate loosened', 'error-rate 0.1%', 'error-rate 0.5%', 'Gold, service API', 'error rate', 'provider'],
    ['RPO shortened', 'rpo 15 min', 'rpo 5 min', 'Gold, service API', 'recovery point objective (RPO)', 'customer'],
    ['RTO lengthened', 'rto 4 h', 'rto 8 h', 'Gold, service Dashboard', 'recovery time objective (RTO)', 'provider'],
    [
        'throughput raised',
        'throughput 1000 requests per second',
        'throughput 2000 requests per second',
        'Gold, service API',
        'throughput',
        'customer',
    ],
    [
        'termination needs more bad months',
        'in 3 consecutive months',
        'in 4 consecutive months',
        'Gold, service API',
        'termination when availability less than 99%',
        'provider',
    ],
    [
        'service-only availability lowered',
        'availability 99.9%\n',
        'availability 99.5%\n',
        'Gold, service Dashboard',
        'availability',
        'provider',
    ],
    [
        'annual-fee credit raised',
        'credit 5% of annual fee when availability below 99.9%',
        'credit 8% of annual fee when availability below 99.9%',
        'Gold, service Dashboard',
        'credit when availability less than 99.9%',
        'customer',
    ],
    [
        'fixed credit lowered',
        'credit 100 USD when error-rate above 1%',
        'credit 50 USD when error-rate above 1%',
        'Gold, service API',
        'credit when error-rate greater than 1%',
        'provider',
    ],
    [
        'missed-response credit removed',
        '            credit 5% when response missed for critical\n',
        '',
        'Gold, service API',
        'credit when response critical missed',
        'provider',
    ],
    ['yearly cap raised', 'cap 120000 USD per year', 'cap 150000 USD per year', 'Gold, service API', 'credit cap per year', 'customer'],
    ['clocks no longer pause', '        clock pauses outside coverage\n', '', 'Gold', 'response clocks pause outside coverage', 'unclear'],
    [
        'partial minutes now uptime',
        'partial minutes count as downtime',
        'partial minutes count as uptime',
        null,
        'partly-down minutes',
        'provider',
    ],
    ['minimum outage lengthened', 'minimum outage 1 min', 'minimum outage 5 min', null, 'minimum outage', 'provider'],
    ['missing data now downtime', 'missing data counts as uptime', 'missing data counts as downtime', null, 'missing data', 'customer'],
    ['credits now transferable', 'credits are not transferable', 'credits are transferable', null, 'credits transferable', 'customer'],
    ['minimum credit raised', 'minimum credit 10 USD', 'minimum credit 50 USD', null, 'minimum credit', 'provider'],
    [
        'severity assigned by the provider',
        'severity assigned by customer',
        'severity assigned by provider',
        null,
        'severity assigned by',
        'provider',
    ],
    ['a service added', '    service Dashboard\n', '    service Dashboard\n    service Billing\n', null, 'service Billing', 'unclear'],
    ['time zone moved', 'time-zone "Europe/Berlin"', 'time-zone "America/New_York"', null, 'time zone of the periods', 'unclear'],
];

describe('language v2 terms: each kind of change and its direction', () => {
    it('the fixture compared with itself has no changes', async () => {
        expect(await compare(v2, v2)).toEqual([]);
    });

    it.each(cases)('%s', async (_what, from, to, tier, clause, favours) => {
        const changes = await compare(v2, v2Edited(from, to));
        const change = changes.find((c) => c.tier === tier && c.clause === clause);
        expect(change, JSON.stringify(changes.map((c) => [c.tier, c.clause, c.favours]))).toBeDefined();
        expect(change!.favours).toBe(favours);
    });

    it('a tier-wide commitment changed reaches each service that does not set its own', async () => {
        const changes = await compare(v2, v2Edited('availability 99.95% internal 99.99%', 'availability 99.9% internal 99.99%'));
        expect(changes.filter((c) => c.clause === 'availability').map((c) => c.tier)).toEqual(['Gold, service API']);
    });
});
