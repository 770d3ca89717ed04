/**
 * Realistic, valid SLA documents of any size for the benchmark: one agreement with the header
 * blocks of a real contract (measurement, capabilities, severities, exclusions, claims) and as
 * many product lines as it takes to reach the requested length. Each product line is a family of
 * three tiers — a base tier, one that extends it and one that extends that — with support tables
 * per severity, credit schedules with gap-free brackets and a cap, and latency commitments.
 *
 * The figures vary from one product line to the next (prices, latency targets, bracket edges,
 * support hours) but always stay within what the checks of §5 accept, so the generated
 * documents carry no error and no warning: the benchmark measures the checks passing over a sound
 * contract, which is what an author's editor does most of the time.
 */

export interface GeneratedDocument {
    text: string;
    lines: number;
    tiers: number;
}

/** Availability schedules: the tier's commitment and gap-free brackets below it (credit rises as availability falls). */
const SCHEDULES = [
    {
        availability: '99.5%',
        brackets: [
            ['5%', 'below 99.5% and at least 99.0%'],
            ['10%', 'below 99.0% and at least 98.0%'],
            ['25%', 'below 98.0%'],
        ],
        cap: '25%',
    },
    {
        availability: '99.9%',
        brackets: [
            ['5%', 'below 99.9% and at least 99.5%'],
            ['10%', 'below 99.5% and at least 99.0%'],
            ['25%', 'below 99.0%'],
        ],
        cap: '25%',
    },
    {
        availability: '99.95%',
        brackets: [
            ['5%', 'below 99.95% and at least 99.9%'],
            ['10%', 'below 99.9% and at least 99.5%'],
            ['15%', 'below 99.5% and at least 99.0%'],
            ['30%', 'below 99.0%'],
        ],
        cap: '30%',
    },
    {
        availability: '99.99%',
        brackets: [
            ['10%', 'below 99.99% and at least 99.9%'],
            ['25%', 'below 99.9% and at least 99.0%'],
            ['50%', 'below 99.0%'],
        ],
        cap: '50%',
    },
] as const;

const REGIONS = ['EU', 'US', 'APAC', 'LATAM', 'MEA', 'Gov', 'Edu', 'Retail', 'Health', 'Finance'];
const PRODUCTS = ['Compute', 'Storage', 'Database', 'Queue', 'Search', 'CDN', 'Identity', 'Analytics', 'Mail', 'Backup'];

function header(name: string, serial: number): string[] {
    return [
        `// ${name}: generated for the benchmark. A clean document: no error, no warning.`,
        `sla "${name}" {`,
        `    provider "Bench Cloud ${serial}, Inc."`,
        `    customer "Globex Corporation (account ${10000 + serial})"`,
        '    effective 2026-01-01',
        '    term 12 months',
        '    currency USD',
        '    scope "Compute, storage, databases and the public REST API in every region"',
        '',
        '    measurement {',
        '        period monthly',
        '        probe every 1 min from 3 locations',
        '        downtime "A minute in which more than 5% of synthetic probes receive an error or no answer"',
        '        maintenance excluded',
        '    }',
        '',
        '    capabilities {',
        '        multi-region',
        '        automatic-failover',
        '        on-call 24x7',
        '        observed availability 99.995% over 12 months',
        '        observed latency p95 120 ms',
        '        observed latency p99 300 ms',
        '    }',
        '',
        '    severities {',
        '        critical "System down or unusable for all users"',
        '        high     "A major feature is unavailable"',
        '        medium   "A feature is impaired and a workaround exists"',
        '        low      "Questions and cosmetic issues"',
        '    }',
        '',
        '    exclusions {',
        '        scheduled-maintenance "Sundays 02:00-04:00 UTC" notice 72 h, at most 4 h per month',
        '        third-party "Outages of upstream providers outside the provider\'s control"',
        '        customer-caused',
        '        internet-connectivity',
        '        force-majeure',
        '        ddos "Volumetric attacks above 100 Gbit/s"',
        '        beta-features',
        '        "Accounts on a free trial"',
        '    }',
        '',
    ];
}

function footer(): string[] {
    return [
        '    claims {',
        '        window 30 days',
        '        applied-to next-invoice',
        '        verification "Claims are verified against the provider\'s monitoring data"',
        '    }',
        '}',
    ];
}

function credits(schedule: (typeof SCHEDULES)[number], latencyCredit?: string): string[] {
    return [
        '        credits {',
        ...schedule.brackets.map(([credit, bounds]) => `            credit ${credit.padEnd(3)} when availability ${bounds}`),
        ...(latencyCredit ? [`            credit 5%  when latency p95 above ${latencyCredit}`] : []),
        `            cap ${schedule.cap} of monthly fee`,
        '        }',
    ];
}

/** Three tiers: `<Line>Standard`, `<Line>Premium extends` it, `<Line>Enterprise extends` that. */
function productLine(index: number): string[] {
    const line = `${PRODUCTS[index % PRODUCTS.length]}${REGIONS[Math.floor(index / PRODUCTS.length) % REGIONS.length]}${Math.floor(index / 100) || ''}`;
    const base = SCHEDULES[index % 2]; // 99.5% or 99.9%
    const price = 400 + (index % 17) * 50;
    const latency = 300 + (index % 5) * 50; // ms, well above 1.5 × the observed p95 of 120 ms
    const start = 7 + (index % 3);
    return [
        `    // Product line ${index + 1}: ${line}`,
        `    tier ${line}Standard {`,
        `        price ${price} per month`,
        `        availability ${base.availability}`,
        `        latency p95 ${latency} ms "API requests, measured at the load balancer"`,
        `        latency p99 ${latency * 2} ms`,
        `        support business-hours 0${start}:00-1${start}:00 customer-local`,
        '        response critical within 4 h, resolution within 24 h',
        '        response high within 8 h, resolution within 48 h',
        '        response medium within 24 h',
        '        response low within 48 h',
        ...credits(base),
        '    }',
        '',
        `    tier ${line}Premium extends ${line}Standard {`,
        `        price ${Math.round(price * 1.3)} per month`,
        `        availability ${SCHEDULES[2].availability}`,
        `        support extended-hours 06:00-22:00 ${index % 4 === 0 ? '"Europe/Berlin"' : 'customer-local'}`,
        '        response critical within 2 h, resolution within 24 h, escalation after 2 h',
        '        response high within 4 h, resolution within 48 h, escalation after 8 h',
        ...credits(SCHEDULES[2], `${latency + 200} ms`),
        '    }',
        '',
        `    tier ${line}Enterprise extends ${line}Premium {`,
        `        price ${price * 2} per month`,
        `        availability ${SCHEDULES[3].availability}`,
        `        latency p95 ${latency - 50} ms`,
        '        support 24x7',
        '        response critical within 1 h, resolution within 4 h, escalation after 2 h',
        '        response high within 4 h, resolution within 24 h, escalation after 8 h',
        '        response medium within 8 h, resolution within 72 h, escalation after 24 h',
        ...credits(SCHEDULES[3]),
        '    }',
        '',
    ];
}

/**
 * One agreement of about `targetLines` lines (at least one product line, so never much under
 * 100). `serial` varies the names, so that many generated files differ from each other.
 */
export function generateAgreement(targetLines: number, serial = 1): GeneratedDocument {
    const head = header(`Bench agreement ${serial}`, serial);
    const tail = footer();
    const body: string[] = [];
    let families = 0;
    do {
        body.push(...productLine(families++));
    } while (head.length + body.length + tail.length + productLine(families).length <= targetLines);
    const lines = [...head, ...body, ...tail];
    return { text: lines.join('\n') + '\n', lines: lines.length, tiers: families * 3 };
}

/** A folder's worth of small contracts, each one agreement of about `linesEach` lines. */
export function generateContracts(count: number, linesEach = 100): Array<{ name: string; text: string }> {
    return Array.from({ length: count }, (_, index) => ({
        name: `contract-${String(index + 1).padStart(4, '0')}.sla`,
        text: generateAgreement(linesEach, index + 1).text,
    }));
}
