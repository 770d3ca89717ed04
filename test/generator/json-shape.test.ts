import { describe, expect, it } from 'vitest';
import { generateJson, SLA_SCHEMA_ID, type SlaJson } from '../../packages/language/src/index.js';
import { build, readExample } from '../helpers/services.js';
import { schema, schemaErrors } from './schema.js';

async function json(text: string): Promise<SlaJson> {
    const built = await build(text);
    expect(built.diagnostics.filter((d) => d.severity === 1).map((d) => d.message)).toEqual([]);
    const parsed = JSON.parse(generateJson(built.document.parseResult.value)) as SlaJson;
    expect(schemaErrors(parsed)).toEqual([]);
    return parsed;
}

const tier = (sla: SlaJson, name: string) => sla.tiers.find((t) => t.name === name)!;

function agreement(tiers: string, extra = ''): string {
    return `sla "T" {
        provider "P"
        currency USD
        measurement { period monthly }
        ${extra}
        ${tiers}
        claims { window 30 days }
    }`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy of the JSON with one value replaced, or removed when no replacement is given. */
function changed(value: SlaJson, path: Array<string | number>, replacement?: Json): unknown {
    const copy = structuredClone(value) as unknown as Json;
    let node = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
    const last = path[path.length - 1];
    if (replacement === undefined) delete node[last];
    else node[last] = replacement;
    return copy;
}

describe('the JSON of an agreement', () => {
    it('refers to the published schema by its $id', async () => {
        const sla = await json(readExample('acme-tiers.sla'));
        expect(sla.$schema).toBe(SLA_SCHEMA_ID);
        expect(schema.$id).toBe(SLA_SCHEMA_ID);
    });

    it('resolves inheritance and says where each clause came from', async () => {
        const sla = await json(readExample('acme-tiers.sla'));
        expect(sla.tiers.map((t) => t.name)).toEqual(['Standard', 'Premium', 'Enterprise']);
        const premium = tier(sla, 'Premium');
        expect(premium.extends).toBe('Standard');
        expect(premium.latency).toEqual([
            { percentile: 95, targetSeconds: 0.3, description: 'API requests, measured at the load balancer', from: 'Standard' },
        ]);
        expect(premium.availability).toMatchObject({ percent: 99.95, from: 'Premium' });
        expect(premium.responses.map((r) => [r.severity, r.from])).toEqual([
            ['critical', 'Premium'],
            ['high', 'Premium'],
            ['medium', 'Standard'],
            ['low', 'Standard'],
        ]);
        expect(tier(sla, 'Enterprise').inheritsFrom).toEqual(['Premium', 'Standard']);
        expect(tier(sla, 'Enterprise').latency[0].from).toBe('Standard');
    });

    it('gives the internal objective of an error-rate as of an availability, on the tier and per service', async () => {
        const sla = await json(
            agreement(
                `tier Gold {
                    availability 99.9% internal 99.95%
                    error-rate 0.5% internal 0.1%
                    service API { error-rate 0.2% internal 0.05% }
                }
                tier Silver extends Gold { error-rate 1% }`,
                'service API\n        service Web',
            ),
        );
        const gold = tier(sla, 'Gold');
        expect(gold.availability).toMatchObject({ percent: 99.9, internalPercent: 99.95 });
        expect(gold.errorRate).toEqual({ percent: 0.5, internalPercent: 0.1, from: 'Gold' });
        expect(gold.services!.map((s) => [s.name, s.errorRate])).toEqual([
            ['API', { percent: 0.2, internalPercent: 0.05, from: 'Gold' }],
            ['Web', { percent: 0.5, internalPercent: 0.1, from: 'Gold' }],
        ]);
        // A tier that writes the clause again without `internal` has no internal objective.
        expect(tier(sla, 'Silver').errorRate).toEqual({ percent: 1, from: 'Silver' });
        expect(schemaErrors(changed(sla, ['tiers', 0, 'errorRate', 'internalPercent'], 'strict'))).not.toEqual([]);
    });

    it('gives every duration in seconds and the downtime budgets of §7.1', async () => {
        const sla = await json(readExample('acme-tiers.sla'));
        const standard = tier(sla, 'Standard');
        expect(standard.availability?.downtimeBudget).toEqual({
            daySeconds: 86.4,
            weekSeconds: 604.8,
            period: { referenceDays: 30, referenceSeconds: 2592, minDays: 28, minSeconds: 2419.2, maxDays: 31, maxSeconds: 2678.4 },
            yearSeconds: 31536,
        });
        expect(tier(sla, 'Premium').availability?.downtimeBudget?.period.referenceSeconds).toBe(1296);
        expect(standard.responses[0]).toEqual({
            severity: 'critical',
            responseSeconds: 14400,
            resolutionSeconds: null,
            escalationSeconds: null,
            from: 'Standard',
        });
        expect(sla.claims?.windowSeconds).toBe(2592000);
        expect(sla.measurement.probe).toEqual({ intervalSeconds: 60, locations: 3 });
    });

    it('writes brackets as intervals within the metric domain, with null for an unbounded side', async () => {
        const sla = await json(
            agreement(`tier A {
            price 100 per month
            availability 99.9%
            latency p95 200 ms
            credits {
                credit 10% when availability below 99.9% and at least 99.0%
                credit 25% when availability below 99.0%
                credit 5% when latency p95 above 500 ms
                credit 1% when latency p99.9 at most 2 s and above 1 s
                cap 30%
            }
        }`),
        );
        expect(tier(sla, 'A').credits).toEqual({
            cap: 30,
            brackets: [
                { metric: 'availability', credit: 10, min: 99, minInclusive: true, max: 99.9, maxInclusive: false },
                { metric: 'availability', credit: 25, min: 0, minInclusive: true, max: 99, maxInclusive: false },
                { metric: 'latency', percentile: 95, credit: 5, min: 0.5, minInclusive: false, max: null, maxInclusive: false },
                { metric: 'latency', percentile: 99.9, credit: 1, min: 1, minInclusive: false, max: 2, maxInclusive: true },
            ],
            from: 'A',
        });
    });

    it('lists responses most severe first, whatever order they were written in', async () => {
        const sla = await json(
            agreement(
                `tier A {
            availability 99.9%
            support 24x7
            response low within 2 days
            response critical within 1 h
        }`,
                'severities { critical high low }',
            ),
        );
        expect(tier(sla, 'A').responses.map((r) => r.severity)).toEqual(['critical', 'low']);
        expect(tier(sla, 'A').support).toEqual({ coverage: '24x7', hours: null, zone: null, from: 'A' });
    });

    it('has no nines for 100% and no downtime at all', async () => {
        const sla = await json(agreement('tier A { availability 100% }'));
        expect(tier(sla, 'A').availability).toMatchObject({ percent: 100, nines: null });
        expect(tier(sla, 'A').availability?.downtimeBudget?.period.referenceSeconds).toBe(0);
    });

    it('writes null for what the document does not say', async () => {
        const sla = await json(`sla "Bare" { provider "P" measurement { period yearly } tier A { availability 99% } }`);
        expect(sla).toMatchObject({
            customer: null,
            effective: null,
            term: null,
            currency: null,
            scope: null,
            capabilities: null,
            claims: null,
            severities: [],
            exclusions: [],
        });
        expect(sla.measurement).toEqual({
            period: 'yearly',
            periodDays: { reference: 365, min: 365, max: 366 },
            probe: null,
            downtime: null,
            maintenance: 'excluded',
        });
        expect(tier(sla, 'A')).toMatchObject({ price: null, support: null, credits: null, latency: [], responses: [] });
    });

    it('is checked by a schema that rejects what the shape does not allow', async () => {
        const sla = await json(readExample('acme-tiers.sla'));
        expect(schemaErrors(changed(sla, ['customer']))).not.toEqual([]);
        expect(schemaErrors(changed(sla, ['extra'], 1))).not.toEqual([]);
        expect(schemaErrors(changed(sla, ['tiers', 0, 'availability', 'percent'], '99.9%'))).not.toEqual([]);
        expect(schemaErrors(changed(sla, ['tiers', 0, 'credits', 'brackets', 0, 'metric'], 'latency'))).not.toEqual([]);
        expect(schemaErrors(changed(sla, ['tiers', 0, 'support', 'hours'], null))).not.toEqual([]);
        expect(schemaErrors(changed(sla, ['tiers', 0, 'latency', 0, 'from']))).not.toEqual([]);
        expect(schemaErrors(changed(sla, ['$schema'], 'https://example.org/other'))).not.toEqual([]);
    });

    it('is the same bytes for the same document, built twice', async () => {
        const text = readExample('acme-tiers.sla');
        const first = generateJson((await build(text)).document.parseResult.value);
        const second = generateJson((await build(text)).document.parseResult.value);
        expect(second).toBe(first);
        expect(first.endsWith('}\n')).toBe(true);
    });
});
