import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { readExample } from '../helpers/services.js';
import { hoverAt, sla } from './lsp-helpers.js';

const acme = readExample('acme-tiers.sla');
const hover = expectHover(sla);

/** A small agreement with the given period and tiers. */
function agreement(period: string, tiers: string): string {
    return `sla "T" {
    provider "P"
    currency EUR
    measurement {
        period ${period}
    }
    severities {
        critical "Down"
        high "Degraded"
        low
    }
${tiers}
}`;
}

describe('hover on availability figures', () => {
    it('gives the budgets of 99.9% per day, week, 30-day month with its range, and year, and the nines', async () => {
        const text = await hoverAt(acme, 'availability 99.9%', { shift: 'availability '.length + 1 });
        expect(text).toContain('**Availability 99.9%** — committed by tier Standard (3 nines)');
        expect(text).toContain('per day: 1m 26s');
        expect(text).toContain('per week: 10m 5s');
        expect(text).toContain('**43m 12s** in a 30-day month; 40m 19s (28 days) to 44m 38s (31 days)');
        expect(text).toContain('per year: 8h 45m 36s in a 365-day year');
    });

    it.each([
        ['99.95%', ['**21m 36s** in a 30-day month', '3.3 nines']],
        ['99.99%', ['**4m 19s** in a 30-day month', '52m 34s in a 365-day year', '4 nines']],
    ])('gives the reference values of %s', async (figure, expected) => {
        const text = await hoverAt(acme, `availability ${figure}`, { shift: 'availability '.length + 1 });
        for (const part of expected) expect(text).toContain(part);
    });

    it('gives the reference values of 99.999% (26 s a month, 5m 15s a year)', async () => {
        const text = await hoverAt(readExample('realism.sla'), 'availability 99.999%', { shift: 14 });
        expect(text).toContain('**26s** in a 30-day month');
        expect(text).toContain('5m 15s in a 365-day year');
        expect(text).toContain('5 nines');
    });

    it('hovers observed availability and the bounds of brackets too', async () => {
        expect(await hoverAt(acme, '99.995%')).toContain('**Availability 99.995%** — observed in production');
        const bound = await hoverAt(acme, 'at least 99.5%', { shift: 10 });
        expect(bound).toContain('**Availability 99.5%** — bound of a credit bracket');
        expect(bound).toContain('**3h 36m** in a 30-day month');
    });

    it('uses the document period: a 91-day quarter within 90–92 days', async () => {
        const text = await hoverAt(agreement('quarterly', 'tier A { availability 99.9% }'), '99.9%');
        expect(text).toContain(
            'per quarter (the measurement period): **2h 11m 2s** in a 91-day quarter; 2h 9m 36s (90 days) to 2h 12m 29s (92 days)',
        );
        expect(text).toContain('per year: 8h 45m 36s');
    });

    it('uses the document period: a 365-day year, 366 in a leap year', async () => {
        const text = await hoverAt(agreement('yearly', 'tier A { availability 99.9% }'), '99.9%');
        expect(text).toContain('per year (the measurement period): **8h 45m 36s** in a 365-day year, 8h 47m 2s in a 366-day leap year');
    });

    it('says so when a percentage cannot be an availability', async () => {
        expect(await hoverAt(agreement('monthly', 'tier A { availability 100.5% }'), '100.5%')).toContain('100.5% is not an availability');
    });

    it('says that 100% allows no downtime at all', async () => {
        const text = await hoverAt(agreement('monthly', 'tier A { availability 100% }'), '100%');
        expect(text).toContain('no downtime allowed at all');
        expect(text).toContain('per day: 0s');
    });
});

describe('hover on credit brackets and caps', () => {
    it('gives the downtime range in a 30-day month and the amount at the tier price', async () => {
        const text = await hoverAt(acme, 'credit 5%  when availability below 99.9%');
        expect(text).toContain('**Credit 5%** of the monthly fee when availability is less than 99.9% but equal to or greater than 99.5%');
        expect(text).toContain('Paid for between 43m 12s and 3h 36m of downtime in a 30-day month (more than 43m 12s, at most 3h 36m).');
        expect(text).toContain('- Standard (USD 1,000.00 per month): **USD 50.00**');
    });

    it('computes the specification example: Enterprise, 25% of 2000 USD is USD 500.00', async () => {
        const text = await hoverAt(acme, 'credit 25% when availability below 99.9% and at least 99.0%');
        expect(text).toContain('between 43m 12s and 7h 12m of downtime in a 30-day month');
        expect(text).toContain('- Enterprise (USD 2,000.00 per month): **USD 500.00**');
    });

    it('describes an open-ended bracket', async () => {
        const text = await hoverAt(acme, 'credit 25% when availability below 99.0%');
        expect(text).toContain('when availability is less than 99.0%');
        expect(text).toContain('Paid for more than 7h 12m of downtime in a 30-day month.');
        expect(text).toContain('**USD 250.00**');
    });

    it('pays the cap, not the bracket, when the bracket is above the cap', async () => {
        const text = await hoverAt(
            agreement(
                'monthly',
                `tier A {
        price 100 per month
        availability 99.9%
        credits {
            credit 40% when availability below 99.9%
            cap 30%
        }
    }`,
            ),
            'credit 40%',
        );
        expect(text).toContain('- A (EUR 100.00 per month): **EUR 30.00** — 30%, the cap, not 40%');
    });

    it('lists the tiers that inherit the schedule, each at its own effective price', async () => {
        const text = await hoverAt(
            agreement(
                'monthly',
                `tier A {
        price 1000 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9%
            cap 25%
        }
    }
    tier B extends A {
        price 1300 per month
    }
    tier C extends B {
        availability 99.9%
    }`,
            ),
            'credit 10%',
        );
        expect(text).toContain('- A (EUR 1,000.00 per month): **EUR 100.00**');
        expect(text).toContain('- B (EUR 1,300.00 per month, inherits this schedule from A): **EUR 130.00**');
        expect(text).toContain('- C (EUR 1,300.00 per month, price from B, inherits this schedule from A): **EUR 130.00**');
    });

    it('says when a bracket can never apply', async () => {
        const text = await hoverAt(readExample('brackets.sla'), 'credit 10% when availability below 99.0% and at least 99.5%');
        expect(text).toContain('its bounds admit no availability: this bracket never applies');
    });

    it('words a latency bracket with durations', async () => {
        const text = await hoverAt(
            agreement(
                'monthly',
                `tier A {
        price 100 per month
        credits {
            credit 5% when latency p95 above 500 ms
        }
    }`,
            ),
            'credit 5%',
        );
        expect(text).toContain('when p95 latency is greater than 500 milliseconds');
        expect(text).toContain('**EUR 5.00**');
    });

    it('gives the cap as an amount', async () => {
        const text = await hoverAt(acme, 'cap 30%');
        expect(text).toContain('**Cap 30%** of the monthly fee');
        expect(text).toContain('- Premium (USD 1,300.00 per month): **USD 390.00**');
    });
});

describe('hover on names', () => {
    it('shows a tier with its effective commitments and where each inherited one comes from', async () => {
        const text = await hoverAt(acme, 'tier Enterprise', { shift: 6 });
        expect(text).toContain('**Tier Enterprise** — extends Premium, which extends Standard');
        expect(text).toContain('- price: USD 2,000.00 per month');
        expect(text).toContain('- availability: 99.99% (≈ 4m 19s / month)');
        expect(text).toContain('- latency p95: 300 ms _(from Standard)_');
        expect(text).toContain('- response critical: within 1 h, resolution within 4 h, escalation after 2 h');
        expect(text).toContain('- response low: within 48 h _(from Standard)_');
        expect(text).toContain('- credits: 3 brackets, cap 50%');
    });

    it('shows the tier named after `extends`', async () => {
        const text = await hoverAt(acme, 'extends Standard', { shift: 9 });
        expect(text).toMatch(/^\*\*Tier Standard\*\*\n/);
    });

    it('shows a severity with its priority, description and targets, on a reference too', async () => {
        await hover({
            text: agreement('monthly', '    tier A {\n        response cri<|>tical within 4 h\n    }\n    tier B extends A { }'),
            index: 0,
            hover: /^\*\*Severity critical\*\* — priority 1 of 3, the most severe\n\n"Down"\n\nTargets by tier:\n\n- A: within 4 h\n- B: within 4 h _\(from A\)_$/,
            disposeAfterCheck: true,
        });
        expect(await hoverAt(agreement('monthly', ''), 'low')).toContain('priority 3 of 3, the least severe');
    });
});

describe('hover on durations, keywords and elsewhere', () => {
    it('normalises a duration: 72 h = 3 days', async () => {
        expect(await hoverAt(acme, '72 h')).toBe('**72 h** = 3 days (259,200 seconds)');
        expect(await hoverAt(acme, '72 h', { shift: 3 })).toBe('**72 h** = 3 days (259,200 seconds)');
        expect(await hoverAt(acme, '300 ms')).toBe('**300 ms** = 300 milliseconds (0.3 seconds)');
        expect(await hoverAt(agreement('monthly', 'tier A { response critical within 90 min }'), '90 min')).toBe(
            '**90 min** = 1 hour 30 minutes (5,400 seconds)',
        );
    });

    it('explains the ambiguous unit m', async () => {
        expect(await hoverAt(agreement('monthly', 'tier A { response critical within 5 m }'), '5 m', { shift: 0 })).toContain(
            '`m` is ambiguous',
        );
    });

    it('documents a keyword with its grammar rule', async () => {
        expect(await hoverAt(acme, 'period monthly')).toBe('The measurement period: credits and downtime budgets are computed per period.');
    });

    it('has nothing to say on a comment or a string', async () => {
        expect(await hoverAt(acme, '// Acme', { shift: 4 })).toBeUndefined();
        expect(await hoverAt(acme, '"Acme Cloud Platform"', { shift: 3 })).toBeUndefined();
    });
});
