import { describe, expect, it } from 'vitest';
import { credits, diagnostics, lineOf, sla, tier } from './documents.js';

/** Every code of the document, for "nothing else is reported" assertions. */
async function codes(text: string): Promise<string[]> {
    return (await diagnostics(text)).map((d) => d.code);
}

describe('error-rate brackets (the interval engine of availability, worse upwards)', () => {
    it('reports an overlap, a gap above the commitment and a bracket paying for a met commitment', async () => {
        const text = sla(
            tier('T', [
                'error-rate 1%',
                credits(
                    [
                        'credit 10% when error-rate above 2% and at most 5%',
                        'credit 25% when error-rate above 4%',
                        'credit 5% when error-rate above 0.5% and at most 1.5%',
                    ],
                    'cap 30%',
                ),
            ]),
        );
        const found = await diagnostics(text);
        expect(found.filter((d) => d.code === 'bracket-overlap').map((d) => d.line)).toEqual([
            lineOf(text, 'above 2% and'),
            lineOf(text, 'above 4%'),
        ]);
        const gap = found.find((d) => d.code === 'bracket-gap');
        expect(gap?.message).toBe(
            'No credit is paid for 1.5% < error-rate ≤ 2%, above the error-rate commitment of 1%, although higher error-rate earns credit.',
        );
        const met = found.find((d) => d.code === 'bracket-above-target');
        expect(met?.line).toBe(lineOf(text, 'above 0.5%'));
        expect(met?.message).toContain('0.5% < error-rate ≤ 1%');
    });

    it('accepts a clean error-rate schedule', async () => {
        const text = sla(
            tier('T', [
                'error-rate 0.1%',
                credits(['credit 10% when error-rate above 0.1% and at most 1%', 'credit 25% when error-rate above 1%'], 'cap 25%'),
            ]),
        );
        expect(await codes(text)).toEqual([]);
    });
});

describe('services: schedules and commitments per service', () => {
    it('judges a service block against its own commitment, naming the service', async () => {
        const text = sla(
            [
                '    service API',
                '    service Dashboard',
                tier('T', [
                    'availability 99.9%',
                    credits(['credit 10% when availability below 99.9%'], 'cap 25%'),
                    'service Dashboard {',
                    '    availability 99.5%',
                    '}',
                ]),
            ].join('\n'),
        );
        const found = await diagnostics(text, 'bracket-above-target');
        expect(found.map((d) => d.message)).toEqual([
            'Credit 10% (availability < 99.9%) pays credit for 99.5% ≤ availability < 99.9%, which meets the availability commitment of 99.5% for service Dashboard.',
        ]);
    });

    it('reports an unknown service with the names there are', async () => {
        const text = sla(['    service API', tier('T', ['availability 99.9%', 'service Web {', '    availability 99.5%', '}'])].join('\n'));
        const found = await diagnostics(text, 'unresolved-reference');
        expect(found.map((d) => d.message)).toEqual(['Unknown service `Web`: the services of this agreement are `API`.']);
    });
});

describe('rpo-unsupported, rto-unsupported, rto-over-budget', () => {
    it.each<[string, string | undefined, string[]]>([
        ['rpo 0 min', undefined, ['rpo-unsupported']],
        ['rpo 0 min', 'synchronous-replication', []],
        ['rto 15 min', undefined, ['rto-unsupported']],
        ['rto 15 min', 'automatic-failover', []],
        ['rto 1 h', undefined, ['rto-over-budget']], // 1 h against 43m 12s a month
        ['rto 43 min', 'automatic-failover', []],
    ])('%s with capabilities %s', async (clause, capability, expected) => {
        const text = sla(tier('T', ['availability 99.9%', clause]), capability ? { capabilities: capability } : {});
        expect(await codes(text)).toEqual(expected);
    });

    it('sits on an inherited RTO’s new commitment', async () => {
        const text = sla([tier('A', ['availability 99.5%', 'rto 2 h']), tier('B', ['availability 99.9%'], 'A')].join('\n'));
        const found = await diagnostics(text, 'rto-over-budget');
        expect(found.map((d) => [d.line, d.message])).toEqual([
            [
                lineOf(text, 'availability 99.9%'),
                'An RTO of 2 h (inherited from A) is longer than the 43m 12s of downtime that availability 99.9% allows a month: one recovery that takes the whole RTO misses the commitment.',
            ],
        ]);
    });
});

describe('termination rights', () => {
    it.each<[string, string[]]>([
        ['termination when availability below 99% in 3 consecutive months', []],
        ['termination when availability below 99% in any 3 of 6 months', []],
        ['termination when availability below 99.95% in 3 consecutive months', ['termination-above-commitment']],
        ['termination when availability below 99% in any 7 of 6 months', ['invalid-value']],
        ['termination when availability below 99% in 3 consecutive quarters', ['invalid-value']],
        ['termination when availability below 99% in any 3 of 18 months', ['termination-window-over-term']],
    ])('%s', async (clause, expected) => {
        const text = sla(tier('T', ['availability 99.9%', clause])).replace('currency USD', 'currency USD\n    term 12 months');
        expect(await codes(text)).toEqual(expected);
    });
});

describe('unmeasurable-commitment', () => {
    it.each<[string, string, string[]]>([
        ['probe every 10 min from 3 locations\n        error-rate interval 5 min above 5%', '99.9%', ['unmeasurable-commitment']],
        ['probe every 1 min from 3 locations\n        error-rate interval 5 min above 5%', '99.9%', []],
        ['probe every 1 min from 3 locations', '99.999%', ['unrealistic-nines', 'four-nines-unsupported', 'unmeasurable-commitment']],
        ['minimum outage 5 min', '99.99%', ['four-nines-unsupported', 'unmeasurable-commitment']],
        ['minimum outage 1 min', '99.9%', []],
    ])('%s with %s', async (rules, availability, expected) => {
        const text = sla(tier('T', [`availability ${availability}`]), { measurement: `period monthly\n        ${rules}` });
        expect((await codes(text)).sort()).toEqual([...expected].sort());
    });
});

describe('calendars', () => {
    const calendar = (body: string) =>
        sla(['    calendar Office {', `        ${body}`, '    }', tier('T', ['availability 99.9%', 'support during Office'])].join('\n'));

    it.each<[string, string[]]>([
        ['days monday to friday\n        hours 09:00-17:00\n        zone "Asia/Jakarta"', []],
        ['hours 09:00-17:00', ['calendar-empty']],
        ['days monday to friday\n        zone "Mars/Olympus"', ['invalid-value']],
        ['days monday to friday\n        holidays Indonesia', ['unresolved-reference']],
    ])('%s', async (body, expected) => {
        expect(await codes(calendar(body))).toEqual(expected);
    });

    it('refuses a holiday on a date that does not exist, as an effective date', async () => {
        const text = sla(
            [
                '    holidays Indonesia {',
                '        2026-02-30 "Nowhere Day"',
                '        2026-08-17 "Independence Day"',
                '    }',
                tier('T', ['availability 99.9%']),
            ].join('\n'),
        );
        const found = await diagnostics(text, 'invalid-value');
        expect(found.map((d) => [d.line, d.message])).toEqual([[lineOf(text, '2026-02-30'), '2026-02-30 is not a calendar date.']]);
    });

    it('warns when response clocks run around the clock with business-hours support', async () => {
        const text = sla(tier('T', ['support business-hours 09:00-17:00 customer-local', 'clock runs around-the-clock']));
        const found = await diagnostics(text, 'response-outside-coverage');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, 'clock runs')]);
        expect(await codes(sla(tier('T', ['support 24x7', 'clock runs around-the-clock'])))).toEqual([]);
        expect(await codes(sla(tier('T', ['support business-hours 09:00-17:00 customer-local', 'clock pauses outside coverage'])))).toEqual(
            [],
        );
    });

    it('refuses an unknown time zone and contract language', async () => {
        const text = sla(tier('T', ['availability 99.9%'])).replace(
            'currency USD',
            'currency USD\n    time-zone "Europe/Berlinn"\n    language fr',
        );
        const found = await diagnostics(text, 'invalid-value');
        expect(found.map((d) => d.message)).toEqual([
            '"Europe/Berlinn" is not an IANA time zone (such as "Europe/Berlin", "Asia/Jakarta" or "UTC").',
            'The contract text can be written in `en`, `id`, `ru`, `zh`, not `fr`.',
        ]);
    });
});

describe('credit-over-fee, annual-cap-below-period-cap, amounts in the agreement’s currency', () => {
    it.each<[string[], string[]]>([
        [['credit 50 USD when availability below 99.9%', 'cap 50%'], []],
        [['credit 150 USD when availability below 99.9%', 'cap 50%'], ['credit-over-fee']], // the fee is 100 a month
        [['credit 50 EUR when availability below 99.9%', 'cap 50%'], ['invalid-value']],
        [['credit 10% when availability below 99.9%', 'cap 30% of monthly fee', 'cap 20 USD per year'], ['annual-cap-below-period-cap']],
        [['credit 10% when availability below 99.9%', 'cap 30% of monthly fee', 'cap 10% of annual fee per year'], []], // 120 ≥ 30
    ])('%j', async (lines, expected) => {
        const text = sla(tier('T', ['availability 99.9%', ['credits {', ...lines, '}'].join('\n        ')]));
        expect(await codes(text)).toEqual(expected);
    });
});
