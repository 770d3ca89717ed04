import type { Random } from './prng.js';

/**
 * Random SLA documents that follow the grammar most of the time: any order of blocks, repeated
 * singular blocks, tiers that extend unknown or cyclic parents, responses to undeclared
 * severities, brackets with any bounds, and values from the edges (0%, 100%, huge numbers).
 * They exercise the checks and providers beyond the examples' shapes.
 */
const PERCENTS = [
    '0%',
    '5%',
    '10%',
    '25%',
    '50%',
    '99%',
    '99.0%',
    '99.5%',
    '99.9%',
    '99.95%',
    '99.99%',
    '99.999%',
    '100%',
    '150%',
    '-1%',
    '99.99999999999%',
    '100000000000000000000000%',
];
const NUMBERS = ['0', '1', '2', '3', '12', '24', '30', '72', '100', '1000', '99.5', '100000000000000000000000', '9'.repeat(330)];
const UNITS = ['ms', 's', 'sec', 'seconds', 'min', 'minutes', 'h', 'hours', 'd', 'days', 'w', 'weeks', 'm'];
const NAMES = ['Standard', 'Premium', 'Enterprise', 'Gold', 'Silver', 'Basic', 'Tier_2', 'gold-plus'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'sev1', 'sev2'];
const TEXTS = [
    'Acme',
    'Any minute in which the service is unreachable',
    'C:\\Contracts',
    'Say \\"hi\\"',
    '',
    '😀 emoji',
    'Europe/Berlin',
    'x'.repeat(200),
];

export function randomDocument(random: Random): string {
    const g = new Writer(random);
    g.line(`sla ${g.str()} {`);
    const blocks = random.between(0, 14);
    const tierNames: string[] = [];
    const severityNames: string[] = [];
    for (let i = 0; i < blocks; i++) {
        random.pick<() => void>([
            () => g.line(`    provider ${g.str()}`),
            () => g.line(`    customer ${g.str()}`),
            () => g.line(`    effective ${random.pick(['2026-01-01', '2026-02-29', '2024-02-29', '0000-00-00', '9999-12-31'])}`),
            () => g.line(`    term ${random.pick(NUMBERS)} ${random.pick(['month', 'months', 'year', 'years'])}`),
            () => g.line(`    currency ${random.pick(['USD', 'EUR', 'usd', 'DOLLARS', 'X'])}`),
            () => g.line(`    scope ${g.str()}`),
            () => measurement(g),
            () => capabilities(g),
            () => severities(g, severityNames),
            () => exclusions(g),
            () => tier(g, tierNames, severityNames),
            () => tier(g, tierNames, severityNames),
            () => claims(g),
        ])();
    }
    if (random.chance(0.9)) g.line('}');
    return g.text();
}

class Writer {
    private readonly lines: string[] = [];
    constructor(readonly random: Random) {}
    line(text: string): void {
        this.lines.push(text);
    }
    str(): string {
        return `"${this.random.pick(TEXTS)}"`;
    }
    duration(): string {
        return `${this.random.pick(NUMBERS)}${this.random.chance(0.5) ? ' ' : ''}${this.random.pick(UNITS)}`;
    }
    percent(): string {
        return this.random.pick(PERCENTS);
    }
    text(): string {
        return this.lines.join(this.random.chance(0.1) ? '\r\n' : '\n') + '\n';
    }
}

function measurement(g: Writer): void {
    const r = g.random;
    g.line('    measurement {');
    if (r.chance(0.8)) g.line(`        period ${r.pick(['monthly', 'quarterly', 'yearly'])}`);
    if (r.chance(0.5)) g.line(`        probe every ${g.duration()} from ${r.pick(NUMBERS)} ${r.pick(['location', 'locations'])}`);
    if (r.chance(0.5)) g.line(`        downtime ${g.str()}`);
    if (r.chance(0.5)) g.line(`        maintenance ${r.pick(['excluded', 'included'])}`);
    g.line('    }');
}

function capabilities(g: Writer): void {
    const r = g.random;
    g.line('    capabilities {');
    for (let i = r.between(0, 5); i > 0; i--) {
        g.line(
            `        ${r.pick([
                'multi-region',
                'automatic-failover',
                'on-call 24x7',
                'on-call business-hours',
                `observed availability ${g.percent()} over ${r.pick(NUMBERS)} months`,
                `observed latency p${r.pick(['50', '95', '99', '99.9'])} ${g.duration()}`,
            ])}`,
        );
    }
    g.line('    }');
}

function severities(g: Writer, declared: string[]): void {
    const r = g.random;
    g.line('    severities {');
    for (let i = r.between(0, 5); i > 0; i--) {
        const name = r.pick(SEVERITIES);
        declared.push(name);
        g.line(`        ${name}${r.chance(0.7) ? ` ${g.str()}` : ''}`);
    }
    g.line('    }');
}

function exclusions(g: Writer): void {
    const r = g.random;
    g.line('    exclusions {');
    for (let i = r.between(0, 5); i > 0; i--) {
        g.line(
            `        ${r.pick([
                `scheduled-maintenance ${g.str()} notice ${g.duration()}, at most ${g.duration()} per ${r.pick(['day', 'week', 'month', 'quarter', 'year'])}`,
                'third-party',
                'customer-caused',
                'ddos',
                `force-majeure ${g.str()}`,
                g.str(),
            ])}`,
        );
    }
    g.line('    }');
}

function tier(g: Writer, declared: string[], severityNames: string[]): void {
    const r = g.random;
    const name = r.pick(NAMES);
    const parent = r.chance(0.5) ? r.pick([...declared, ...NAMES]) : undefined;
    declared.push(name);
    g.line(`    tier ${name}${parent ? ` extends ${parent}` : ''} {`);
    for (let i = r.between(0, 8); i > 0; i--) {
        r.pick<() => void>([
            () => g.line(`        price ${r.pick(NUMBERS)} per month`),
            () => g.line(`        availability ${g.percent()}`),
            () => g.line(`        latency p${r.pick(['95', '99'])} ${g.duration()}${r.chance(0.3) ? ` ${g.str()}` : ''}`),
            () =>
                g.line(
                    `        support ${r.pick(['24x7', 'business-hours 09:00-17:00 customer-local', 'extended-hours 06:00-22:00 "Europe/Berlin"', 'business-hours 25:00-09:00 UTC', 'business-hours 09:00-09:00 UTC'])}`,
                ),
            () =>
                g.line(
                    `        response ${r.pick([...severityNames, ...SEVERITIES])} within ${g.duration()}${r.chance(0.5) ? `, resolution within ${g.duration()}` : ''}${r.chance(0.3) ? `, escalation after ${g.duration()}` : ''}`,
                ),
            () => credits(g),
        ])();
    }
    g.line('    }');
}

function credits(g: Writer): void {
    const r = g.random;
    g.line('        credits {');
    for (let i = r.between(0, 6); i > 0; i--) {
        const latency = r.chance(0.2);
        const bound = () => `${r.pick(['below', 'above', 'at least', 'at most'])} ${latency ? g.duration() : g.percent()}`;
        g.line(
            `            credit ${g.percent()} when ${latency ? `latency p${r.pick(['95', '99'])}` : 'availability'} ${bound()}${r.chance(0.6) ? ` and ${bound()}` : ''}`,
        );
    }
    if (r.chance(0.8)) g.line(`            cap ${g.percent()}${r.chance(0.5) ? ' of monthly fee' : ''}`);
    g.line('        }');
}

function claims(g: Writer): void {
    const r = g.random;
    g.line('    claims {');
    if (r.chance(0.8)) g.line(`        window ${g.duration()}`);
    if (r.chance(0.8)) g.line(`        applied-to ${r.pick(['next-invoice', 'refund', 'subscription-extension'])}`);
    if (r.chance(0.5)) g.line(`        verification ${g.str()}`);
    g.line('    }');
}
