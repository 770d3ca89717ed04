import { describe, expect, it } from 'vitest';
import { acme, compare, edited } from './diff-helpers.js';
import { formatText } from '../lsp/lsp-helpers.js';
import { readExample, exampleFiles } from '../helpers/services.js';

describe('identical versions', () => {
    it.each(exampleFiles())('%s compared with itself has no changes', async (name) => {
        const text = readExample(name);
        expect(await compare(text, text)).toEqual([]);
    });

    it('a document compared with itself after formatting has no changes', async () => {
        const messy = acme
            .replace(/\n {4}/g, '\n  ')
            .replace('credit 5%  when', 'credit   5%   when')
            .replace('response low within 48 h', 'response  low  within 48h');
        const { formatted } = await formatText(messy);
        expect(formatted).not.toBe(messy);
        expect(await compare(messy, formatted)).toEqual([]);
        expect(await compare(acme, formatted)).toEqual([]);
    });

    it("rewriting an inherited clause as the tier's own, with the same value, changes no term", async () => {
        const after = edited([
            'tier Premium extends Standard {\n',
            'tier Premium extends Standard {\n        latency p95 300 ms "API requests, measured at the load balancer"\n',
        ]);
        expect(await compare(acme, after)).toEqual([]);
    });
});

/** One edit of Acme's example per kind of term: the clause, its direction and a figure of its impact. */
const cases: Array<{
    what: string;
    edits: Array<[string | RegExp, string]>;
    tier: string | null;
    clause: string;
    favours: string;
    old: string | null;
    new: string | null;
    impact?: RegExp;
}> = [
    {
        what: 'availability lowered',
        edits: [['availability 99.95%', 'availability 99.9%']],
        tier: 'Premium',
        clause: 'availability',
        favours: 'provider',
        old: '99.95%',
        new: '99.9%',
        impact: /downtime allowed per 30-day month: 21m 36s → 43m 12s \(21m 36s more\)/,
    },
    {
        what: 'availability raised',
        edits: [['availability 99.9%', 'availability 99.95%']],
        tier: 'Standard',
        clause: 'availability',
        favours: 'customer',
        old: '99.9%',
        new: '99.95%',
        impact: /43m 12s → 21m 36s \(21m 36s less\)/,
    },
    {
        what: 'price raised',
        edits: [['price 1300 per month', 'price 1500 per month']],
        tier: 'Premium',
        clause: 'price',
        favours: 'provider',
        old: 'USD 1,300.00 per month',
        new: 'USD 1,500.00 per month',
        impact: /per year: USD 15,600.00 → USD 18,000.00/,
    },
    {
        what: 'price lowered',
        edits: [['price 2000 per month', 'price 1800 per month']],
        tier: 'Enterprise',
        clause: 'price',
        favours: 'customer',
        old: 'USD 2,000.00 per month',
        new: 'USD 1,800.00 per month',
        impact: /largest credit a month can earn: 50% \(USD 1,000.00\) → 50% \(USD 900.00\)/,
    },
    {
        what: 'latency target loosened',
        edits: [['latency p95 300 ms', 'latency p95 500 ms']],
        tier: 'Standard',
        clause: 'latency p95',
        favours: 'provider',
        old: '300 ms "API requests, measured at the load balancer"',
        new: '500 ms "API requests, measured at the load balancer"',
    },
    {
        what: 'latency commitment added',
        edits: [['price 2000 per month', 'price 2000 per month\n        latency p99 800 ms']],
        tier: 'Enterprise',
        clause: 'latency p99',
        favours: 'customer',
        old: null,
        new: '800 ms',
    },
    {
        what: 'support hours cut',
        edits: [['support extended-hours 06:00-22:00 customer-local', 'support business-hours 09:00-17:00 customer-local']],
        tier: 'Premium',
        clause: 'support hours',
        favours: 'provider',
        old: 'extended-hours 06:00-22:00 customer-local',
        new: 'business-hours 09:00-17:00 customer-local',
    },
    {
        what: 'support moved to another time zone',
        edits: [['support extended-hours 06:00-22:00 customer-local', 'support extended-hours 06:00-22:00 provider-local']],
        tier: 'Premium',
        clause: 'support hours',
        favours: 'unclear',
        old: 'extended-hours 06:00-22:00 customer-local',
        new: 'extended-hours 06:00-22:00 provider-local',
    },
    {
        what: 'response time shortened',
        edits: [['response critical within 1 h', 'response critical within 30 min']],
        tier: 'Enterprise',
        clause: 'response time critical',
        favours: 'customer',
        old: 'within 1 hour',
        new: 'within 30 minutes',
    },
    {
        what: 'resolution target dropped (best effort)',
        edits: [['response critical within 1 h, resolution within 4 h,', 'response critical within 1 h,']],
        tier: 'Enterprise',
        clause: 'resolution time critical',
        favours: 'provider',
        old: 'within 4 hours',
        new: null,
        impact: /resolution time for critical: 4 hours → best effort/,
    },
    {
        what: 'escalation slowed',
        edits: [['resolution within 4 h, escalation after 2 h', 'resolution within 4 h, escalation after 4 h']],
        tier: 'Enterprise',
        clause: 'escalation critical',
        favours: 'provider',
        old: 'within 2 hours',
        new: 'within 4 hours',
    },
    {
        what: 'bracket credit lowered',
        edits: [
            ['credit 10% when availability below 99.5% and at least 99.0%', 'credit 5% when availability below 99.5% and at least 99.0%'],
        ],
        tier: 'Standard',
        clause: 'credit when availability less than 99.5% but equal to or greater than 99.0%',
        favours: 'provider',
        old: '10%',
        new: '5%',
        impact: /credit at availability less than 99.5% but equal to or greater than 99.0%: 10% \(USD 100.00\) → 5% \(USD 50.00\)/,
    },
    {
        what: 'bracket added below the others',
        edits: [
            [
                'credit 50% when availability below 99.0%',
                'credit 50% when availability below 99.0% and at least 95%\n            credit 100% when availability below 95%',
            ],
        ],
        tier: 'Enterprise',
        clause: 'credit when availability less than 95%',
        favours: 'unclear',
        old: null,
        new: '100%',
    },
    {
        what: 'cap lowered',
        edits: [['cap 50% of monthly fee', 'cap 40% of monthly fee']],
        tier: 'Enterprise',
        clause: 'credit cap',
        favours: 'provider',
        old: '50% of the monthly fee',
        new: '40% of the monthly fee',
        impact: /largest credit a month can earn: 50% \(USD 1,000.00\) → 40% \(USD 800.00\)/,
    },
    {
        what: 'cap removed',
        edits: [['            cap 30% of monthly fee\n', '']],
        tier: 'Premium',
        clause: 'credit cap',
        favours: 'customer',
        old: '30% of the monthly fee',
        new: null,
    },
    {
        what: 'credit schedule removed',
        edits: [[/credits \{\n\s+credit 5% {2}when availability below 99.9%[^}]*\}\n/, '']],
        tier: 'Standard',
        clause: 'credit schedule',
        favours: 'provider',
        old: '3 brackets, cap 25%',
        new: null,
        impact: /largest credit a month can earn: 25% \(USD 250.00\) → 0%/,
    },
    {
        what: 'own credit schedule dropped: the inherited one applies',
        edits: [[/credits \{\n\s+credit 10% when availability below 99.99%[^}]*\}\n/, '']],
        tier: 'Enterprise',
        clause: 'credit when availability less than 99.9% but equal to or greater than 99.0%',
        favours: 'provider',
        old: '25%',
        new: null,
        impact: /99.5%: 25% \(USD 500.00\) → 10% \(USD 200.00\)/,
    },
    {
        what: 'exclusion added',
        edits: [['per month\n', 'per month\n        "Accounts on a free trial"\n']],
        tier: null,
        clause: 'exclusion "Accounts on a free trial"',
        favours: 'provider',
        old: null,
        new: '"Accounts on a free trial"',
    },
    {
        what: 'exclusion removed',
        edits: [['        ddos\n', '']],
        tier: null,
        clause: 'exclusion ddos',
        favours: 'customer',
        old: 'ddos',
        new: null,
    },
    {
        what: 'maintenance allowance raised',
        edits: [['at most 4 h per month', 'at most 8 h per month']],
        tier: null,
        clause: 'exclusion scheduled-maintenance',
        favours: 'provider',
        old: 'scheduled-maintenance "Sundays 02:00-04:00 UTC", notice 72 hours, at most 4 hours per month',
        new: 'scheduled-maintenance "Sundays 02:00-04:00 UTC", notice 72 hours, at most 8 hours per month',
        impact: /per month: 4h → 8h/,
    },
    {
        what: 'maintenance notice shortened',
        edits: [['notice 72 h', 'notice 24 h']],
        tier: null,
        clause: 'exclusion scheduled-maintenance',
        favours: 'provider',
        old: 'scheduled-maintenance "Sundays 02:00-04:00 UTC", notice 72 hours, at most 4 hours per month',
        new: 'scheduled-maintenance "Sundays 02:00-04:00 UTC", notice 24 hours, at most 4 hours per month',
    },
    {
        what: 'maintenance counted as downtime',
        edits: [['maintenance excluded', 'maintenance included']],
        tier: null,
        clause: 'scheduled maintenance',
        favours: 'customer',
        old: 'does not count as downtime',
        new: 'counts as downtime',
    },
    {
        what: 'period lengthened',
        edits: [['period monthly', 'period quarterly']],
        tier: null,
        clause: 'measurement period',
        favours: 'provider',
        old: 'monthly',
        new: 'quarterly',
        impact: /Premium: 21m 36s per month → 1h 5m 31s per quarter/,
    },
    {
        what: 'probes less frequent',
        edits: [['probe every 1 min', 'probe every 5 min']],
        tier: null,
        clause: 'probes',
        favours: 'provider',
        old: 'every 1 minute from 3 locations',
        new: 'every 5 minutes from 3 locations',
    },
    {
        what: 'downtime redefined',
        edits: [['more than 5% of synthetic probes', 'more than 50% of synthetic probes']],
        tier: null,
        clause: 'definition of Downtime',
        favours: 'unclear',
        old: 'A minute in which more than 5% of synthetic probes receive an error or no answer',
        new: 'A minute in which more than 50% of synthetic probes receive an error or no answer',
    },
    {
        what: 'claim window shortened',
        edits: [['window 30 days', 'window 14 days']],
        tier: null,
        clause: 'claim window',
        favours: 'provider',
        old: '30 days',
        new: '2 weeks',
    },
    {
        what: 'credits refunded',
        edits: [['applied-to next-invoice', 'applied-to refund']],
        tier: null,
        clause: 'credits applied to',
        favours: 'customer',
        old: 'next-invoice',
        new: 'refund',
    },
    {
        what: 'severity redefined',
        edits: [['high     "A major feature is unavailable"', 'high     "A major feature is unavailable to most users"']],
        tier: null,
        clause: 'severity high',
        favours: 'unclear',
        old: 'high: A major feature is unavailable',
        new: 'high: A major feature is unavailable to most users',
    },
    {
        what: 'customer named',
        edits: [['provider "Acme Cloud, Inc."', 'provider "Acme Cloud, Inc."\n    customer "Globex Corporation"']],
        tier: null,
        clause: 'customer',
        favours: 'unclear',
        old: null,
        new: 'Globex Corporation',
    },
];

describe('each kind of change: clause, direction, impact', () => {
    it.each(cases)('$what', async ({ edits, tier, clause, favours, old, new: now, impact }) => {
        const changes = await compare(acme, edited(...edits));
        const change = changes.find((c) => c.tier === tier && c.clause === clause);
        expect(change, JSON.stringify(changes, null, 1)).toBeDefined();
        expect({ favours: change!.favours, old: change!.old, new: change!.new }).toEqual({ favours, old, new: now });
        expect(change!.rule).not.toBe('');
        if (impact) expect(change!.impact.join('\n')).toMatch(impact);
    });
});

describe('tiers: renames, inheritance, additions', () => {
    it('a tier renamed with the same terms is a rename, and the tiers extending it see no change', async () => {
        const after = edited(
            ['tier Premium extends Standard', 'tier Business extends Standard'],
            ['tier Enterprise extends Premium', 'tier Enterprise extends Business'],
        );
        const changes = await compare(acme, after);
        expect(changes.map((c) => [c.tier, c.change, c.old, c.new])).toEqual([['Business', 'renamed', 'Premium', 'Business']]);
    });

    it('a renamed tier whose terms also changed is a removal and an addition', async () => {
        const after = edited(
            ['tier Premium extends Standard {\n        price 1300', 'tier Business extends Standard {\n        price 1400'],
            ['tier Enterprise extends Premium', 'tier Enterprise extends Business'],
        );
        const changes = await compare(acme, after);
        expect(changes.filter((c) => c.term === 'tier').map((c) => [c.tier, c.change])).toEqual([
            ['Business', 'added'],
            ['Premium', 'removed'],
        ]);
    });

    it('a change in a parent is reported in every tier it reaches, marked as inherited', async () => {
        const after = edited(['latency p95 300 ms', 'latency p95 250 ms']);
        const changes = await compare(acme, after);
        expect(changes.map((c) => [c.tier, c.clause, c.favours, c.inheritedFrom.new])).toEqual([
            ['Standard', 'latency p95', 'customer', null],
            ['Premium', 'latency p95', 'customer', 'Standard'],
            ['Enterprise', 'latency p95', 'customer', 'Standard'],
        ]);
    });

    it('a parent change that a tier overrides does not reach it', async () => {
        const changes = await compare(acme, edited(['response critical within 4 h', 'response critical within 6 h']));
        expect(changes.map((c) => c.tier)).toEqual(['Standard']);
        const low = await compare(acme, edited(['response low within 48 h', 'response low within 72 h']));
        expect(low.map((c) => [c.tier, c.favours])).toEqual([
            ['Standard', 'provider'],
            ['Premium', 'provider'],
            ['Enterprise', 'provider'],
        ]);
    });

    it('lists each group with the customer-unfavourable changes first', async () => {
        const after = edited(
            ['response critical within 1 h', 'response critical within 30 min'],
            ['cap 50% of monthly fee', 'cap 40% of monthly fee'],
            ['support 24x7', 'support extended-hours 06:00-22:00 customer-local'],
        );
        const changes = await compare(acme, after);
        expect(changes.map((c) => [c.clause, c.favours])).toEqual([
            ['support hours', 'provider'],
            ['credit cap', 'provider'],
            ['response time critical', 'customer'],
        ]);
    });
});

describe('--deviations: a negotiated contract against the standard offering', () => {
    const negotiated = edited(
        ['provider "Acme Cloud, Inc."', 'provider "Acme Cloud, Inc."\n    customer "Globex Corporation"'],
        [/credits \{\n\s+credit 5% {2}when availability below 99.9%[^}]*\}\n/, ''],
        [
            '    tier Enterprise extends Premium',
            '    tier GlobexEnterprise extends Enterprise {\n        price 1700 per month\n    }\n\n    tier Enterprise extends Premium',
        ],
    );

    it('leaves out the customer, and compares a tier of its own with the standard tier it extends', async () => {
        const changes = await compare(acme, negotiated, { deviations: true });
        expect(changes.some((c) => c.term === 'customer')).toBe(false);
        const own = changes.filter((c) => c.tier === 'GlobexEnterprise');
        expect(own.map((c) => [c.clause, c.change, c.favours])).toEqual([
            ['tier', 'added', 'unclear'],
            ['price', 'changed', 'customer'],
        ]);
        expect(own[0].rule).toContain('compared below with Enterprise');
        expect(own[1].old).toBe('USD 2,000.00 per month');
    });

    it('does not list standard tiers the contract does not offer, but does list changes to those it keeps', async () => {
        const withoutPremium = negotiated
            .replace(/\n {4}tier Premium extends Standard \{[\s\S]*?\n {4}\}\n/, '\n')
            .replace('tier Enterprise extends Premium', 'tier Enterprise extends Standard');
        const changes = await compare(acme, withoutPremium, { deviations: true });
        expect(changes.some((c) => c.tier === 'Premium')).toBe(false);
        expect(changes.find((c) => c.tier === 'Standard' && c.clause === 'credit schedule')?.favours).toBe('provider');
    });
});
