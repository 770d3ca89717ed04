import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../packages/language/src/domain/money.js';
import { generateJson, generateMarkdown, hasErrors } from '../../packages/language/src/index.js';
import { build, codes } from '../helpers/services.js';
import { schemaErrors } from './schema.js';

/**
 * The contract-text defects of "Trust in every word", each with the snippet that showed it: the
 * text a lawyer signs keeps every term of the source and adds none.
 */

interface Parts {
    head?: string;
    measurement?: string;
    exclusions?: string;
    tier?: string;
    claims?: string;
}

function document(parts: Parts): string {
    return `sla "Example" {
    provider "Example Cloud"
    currency USD
    ${parts.head ?? ''}
    measurement {
        ${parts.measurement ?? 'period monthly'}
    }
    severities {
        critical "Everything is down"
        low
    }
    exclusions {
        ${parts.exclusions ?? 'force-majeure'}
    }
    tier Standard {
        price 1300 per month
        availability 99.9%
        ${parts.tier ?? ''}
        credits {
            credit 10% when availability below 99.9% and at least 99%
            credit 25% when availability below 99%
            cap 25% of monthly fee
        }
    }
    ${parts.claims ?? 'claims { window 30 days applied-to next-invoice }'}
}`;
}

async function contract(text: string): Promise<string> {
    const built = await build(text);
    expect(hasErrors(built.diagnostics), codes(built).join(', ')).toBe(false);
    return generateMarkdown(built.document.parseResult.value);
}

/** The text of one numbered section, from its heading to the next. */
function section(markdown: string, number: number): string {
    const start = markdown.indexOf(`\n## ${number}. `);
    const end = markdown.indexOf(`\n## ${number + 1}. `);
    expect(start).toBeGreaterThan(0);
    return markdown.slice(start, end < 0 ? undefined : end);
}

describe('1. every maintenance window is defined and listed', () => {
    const windows = `scheduled-maintenance "Saturdays 22:00-02:00 UTC" notice 7 days, at most 4 h per month
        scheduled-maintenance "Emergency security patches" notice 24 h, at most 1 h per month`;

    it('defines both windows with their notice and allowance', async () => {
        const definitions = section(await contract(document({ exclusions: windows })), 1);
        expect(definitions).toContain(
            '(a) Saturdays 22:00-02:00 UTC, announced at least 7 days in advance, for at most 4 hours per month;',
        );
        expect(definitions).toContain(
            '(b) Emergency security patches, announced at least 24 hours in advance, for at most 1 hour per month.',
        );
    });

    it('lists both windows as exclusions, each with its notice and allowance', async () => {
        const exclusions = section(await contract(document({ exclusions: windows })), 5);
        expect(exclusions).toContain(
            '(a) Scheduled Maintenance (Saturdays 22:00-02:00 UTC), announced at least 7 days in advance, for at most 4 hours per month;',
        );
        expect(exclusions).toContain(
            '(b) Scheduled Maintenance (Emergency security patches), announced at least 24 hours in advance, for at most 1 hour per month.',
        );
        expect(exclusions).not.toMatch(/Scheduled Maintenance;/);
    });

    it('still defines the windows when maintenance counts as downtime, and lists none as an exclusion', async () => {
        const included = windows.replace(/, at most \d h per month/g, '');
        const markdown = await contract(document({ exclusions: included, measurement: 'period monthly\n maintenance included' }));
        expect(section(markdown, 1)).toContain('Emergency security patches, announced at least 24 hours in advance');
        expect(section(markdown, 1)).toContain('Scheduled Maintenance counts as Downtime.');
        expect(section(markdown, 5)).not.toContain('Scheduled Maintenance');
    });

    it('excludes no maintenance that the source neither declares nor mentions', async () => {
        const markdown = await contract(document({}));
        expect(markdown).not.toMatch(/maintenance/i);
    });

    it('says how maintenance counts wherever the source says it, with or without a window', async () => {
        expect(section(await contract(document({ measurement: 'period monthly\n maintenance included' })), 7)).toContain(
            'Scheduled maintenance counts as Downtime.',
        );
        expect(section(await contract(document({ measurement: 'period monthly\n maintenance excluded' })), 7)).toContain(
            'Scheduled maintenance does not count as Downtime.',
        );
        expect(section(await contract(document({ exclusions: windows })), 7)).toContain(
            'Scheduled Maintenance does not count as Downtime.',
        );
    });
});

describe('2. the standard of the commitment is the author’s', () => {
    it('is a firm commitment when the source says nothing', async () => {
        const markdown = await contract(document({}));
        expect(markdown).not.toMatch(/commercially reasonable efforts|efforts/i);
        expect(section(markdown, 2)).toContain('The Provider will make the services available with a Monthly Uptime Percentage');
    });

    it('is a firm commitment with `standard firm`', async () => {
        expect(await contract(document({ head: 'standard firm' }))).toBe(await contract(document({})));
    });

    it('is an efforts duty only where the source declares it', async () => {
        const markdown = await contract(document({ head: 'standard commercially-reasonable-efforts' }));
        expect(section(markdown, 2)).toContain('The Provider will use commercially reasonable efforts to make the services available');
    });

    it('is in the JSON, which validates against the schema', async () => {
        const built = await build(document({ head: 'standard commercially-reasonable-efforts' }));
        const json = JSON.parse(generateJson(built.document.parseResult.value));
        expect(json.standard).toBe('commercially-reasonable-efforts');
        expect(schemaErrors(json)).toEqual([]);
        const plain = JSON.parse(generateJson((await build(document({}))).document.parseResult.value));
        expect('standard' in plain).toBe(false);
    });

    it('is declared once', async () => {
        const built = await build(document({ head: 'standard firm\n standard commercially-reasonable-efforts' }));
        expect(codes(built)).toContain('duplicate-clause');
    });
});

describe('3. one rule of entitlement, stated once', () => {
    it('says "entitled" once, on a claim under the claims section, and never "eligible" or "owed"', async () => {
        const markdown = await contract(document({}));
        expect(markdown.match(/entitled/g)).toHaveLength(1);
        expect(markdown).not.toMatch(/\b(eligible|owed|may claim)\b|To receive a Service Credit/);
        expect(section(markdown, 4)).toContain(
            'the Customer is entitled to the Service Credit set out below for that tier, on a claim made under Section 6.',
        );
        expect(section(markdown, 6)).toContain('6.1 The Customer must submit a claim for a Service Credit within 30 days');
    });

    it('makes no claim a condition when the source sets out no claims', async () => {
        const markdown = await contract(document({ claims: '' }));
        expect(section(markdown, 4)).toContain('the Customer is entitled to the Service Credit set out below for that tier.');
        expect(section(markdown, 4)).not.toContain('claim');
        expect(section(markdown, 6)).toContain('This SLA sets out no claim procedure.');
    });
});

describe('4. values as the author wrote them', () => {
    it('keeps `7 days`, `1 day` and `above 1000 ms` as written', async () => {
        const markdown = await contract(
            document({
                exclusions: 'scheduled-maintenance "Sundays 02:00-04:00 UTC" notice 7 days, at most 4 h per month',
                tier: `latency p95 1000 ms
        response critical within 1 day
        response low within 2 days, resolution within 14 days`,
                claims: `claims { window 1 day }
    tier Fast extends Standard {
        credits {
            credit 5% when latency p95 above 1000 ms
        }
    }`,
            }),
        );
        expect(markdown).toContain('announces at least 7 days in advance');
        expect(markdown).not.toMatch(/1 week|24 hours|1 second/);
        expect(section(markdown, 2)).toMatch(/\| 1000 ms +\|/);
        expect(section(markdown, 3)).toMatch(/\| Critical +\| 1 day +\|/);
        expect(section(markdown, 3)).toMatch(/\| Low +\| 2 days +\| 14 days +\|/);
        expect(section(markdown, 4)).toContain('Greater than 1000 ms');
        expect(section(markdown, 6)).toContain('within 1 day after the end of the month');
    });

    it('words a unit written as a symbol (`72 h`, `30s`, `15 min`) without changing its figure', async () => {
        const markdown = await contract(
            document({
                measurement: 'period monthly\n probe every 30s from 2 locations',
                tier: 'response critical within 15 min, resolution within 72 h, escalation after 90 min',
            }),
        );
        expect(markdown).toContain('every 30 seconds from 2 locations');
        expect(section(markdown, 3)).toMatch(/\| Critical +\| 15 minutes +\| 72 hours +\| after 90 minutes +\|/);
    });

    it('keeps each percentage as written, even where the same value is written two ways', async () => {
        const markdown = await contract(
            document({})
                .replace('availability 99.9%', 'availability 99.90%')
                .replace(
                    'credit 10% when availability below 99.9% and at least 99%',
                    'credit 10.0% when availability below 99.9% and at least 99.0%',
                )
                .replace('cap 25% of monthly fee', 'cap 25.0% of monthly fee'),
        );
        expect(section(markdown, 2)).toMatch(/\| 99\.90% +\|/);
        expect(section(markdown, 4)).toMatch(/\| Less than 99\.9% but equal to or greater than 99\.0% +\| 10\.0% +\|/);
        expect(section(markdown, 4)).toMatch(/\| Less than 99% +\| 25% +\|/);
        expect(section(markdown, 4)).toContain('will not exceed 25.0% of the Monthly Fee');
    });

    it('normalizes only what the tool computes (the downtime budget)', async () => {
        expect(section(await contract(document({})), 2)).toMatch(/\| 99\.9% +\| 43m 12s +\|/);
    });
});

describe('5. one money style, with each currency’s minor units', () => {
    it.each([
        ['USD', '1300', 1300, 'USD 1,300.00'],
        ['JPY', '150000', 150000, 'JPY 150,000'],
        ['IDR', '15000000', 15000000, 'IDR 15,000,000'],
        ['EUR', '1299.5', 1299.5, 'EUR 1,299.50'],
    ])('%s %s reads %s, as sla credits writes it', async (currency, written, amount, text) => {
        const markdown = await contract(
            document({}).replace('currency USD', `currency ${currency}`).replace('price 1300', `price ${written}`),
        );
        expect(section(markdown, 2)).toMatch(new RegExp(`\\| ${text.replace(/[.]/g, '\\.')} +\\|`));
        expect(formatMoney(amount, currency)).toBe(text);
    });
});

describe('6. the cap says what it is a share of, for every period', () => {
    it.each([
        ['monthly', 'Service Credits for a month will not exceed 25% of the Monthly Fee for that tier.'],
        [
            'quarterly',
            'Service Credits for a quarter will not exceed 25% of the Monthly Fee for that tier (the fee for one month, not for the whole quarter).',
        ],
        [
            'yearly',
            'Service Credits for a year will not exceed 25% of the Monthly Fee for that tier (the fee for one month, not for the whole year).',
        ],
    ])('%s', async (period, sentence) => {
        const markdown = await contract(document({ measurement: `period ${period}` }));
        expect(section(markdown, 4)).toContain(sentence);
        expect(section(markdown, 1)).toContain('**Monthly Fee** means the fee for one month of service in a tier, as listed in Section 2.');
        expect(markdown).not.toContain('monthly fee');
    });
});

describe('6. caps other than a share of the Monthly Fee', () => {
    it('states a yearly cap of a fixed amount instead of "not capped"', async () => {
        const markdown = await contract(document({}).replace('cap 25% of monthly fee', 'cap 120000 USD per year'));
        expect(section(markdown, 4)).toContain('Service Credits for a year will not exceed USD 120,000.00 in total.');
        expect(markdown).not.toContain('not capped');
    });
});

describe('7. the parties are defined; the customer is named where there is one', () => {
    it('defines the Provider and the Customer of a standard offering', async () => {
        const markdown = await contract(document({}));
        expect(markdown).toContain('This Service Level Agreement ("SLA") of Example Cloud (the "Provider") sets out');
        expect(markdown).toContain('The "Customer" is each customer of the Provider that subscribes to a service tier under this SLA.');
        expect(markdown).not.toContain("Customer's tier");
    });

    it('names the customer of a negotiated agreement', async () => {
        const markdown = await contract(document({ head: 'customer "Globex Corporation"' }));
        expect(markdown).toContain('between Example Cloud (the "Provider") and Globex Corporation (the "Customer") sets out');
        expect(markdown).not.toContain("Customer's tier");
        expect(section(markdown, 2)).toContain('for the Standard tier.');
    });
});

describe('8. lists read alike; rounded figures say so', () => {
    it('starts every exclusion with a capital, keeping names as written', async () => {
        const markdown = await contract(
            document({
                exclusions: `third-party "Problems caused by upstream providers"
        "accounts on a free trial"
        "iOS clients older than version 3"
        customer-caused`,
            }),
        );
        const items = section(markdown, 5)
            .split('\n')
            .filter((line) => /^\([a-z]+\) /.test(line));
        expect(items).toEqual([
            '(a) Problems caused by upstream providers;\\',
            '(b) Accounts on a free trial;\\',
            '(c) iOS clients older than version 3;\\',
            '(d) Unavailability caused by acts or omissions of the Customer.',
        ]);
    });

    it('marks downtime budgets as rounded wherever they appear', async () => {
        const markdown = await contract(
            document({})
                .replace('availability 99.9%', 'availability 99.99%')
                .replace(/credit 10%[^\n]*\n/, ''),
        );
        expect(section(markdown, 2)).toContain('Downtime allowed in a 30-day month (rounded to the second)');
        const measurement = section(markdown, 7);
        expect(measurement).toContain('rounded to the second:');
        expect(measurement).toMatch(/\| Standard +\| 99\.99% +\| 9s +\|/);
    });
});
