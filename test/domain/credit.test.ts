import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicableBracket, calculateCredit, creditAmount, type CreditBracket } from '../../packages/language/src/domain/credit.js';
import { formatMoney } from '../../packages/language/src/domain/money.js';
import { availabilityFromDowntime, formatMeasured, measuredFromAvailability } from '../../packages/language/src/domain/downtime.js';
import { AVAILABILITY_DOMAIN, intervalFromBounds, type Bound } from '../../packages/language/src/domain/interval.js';

function bracket(credit: number, ...bounds: Bound[]): CreditBracket {
    return { credit, metric: 'availability', interval: intervalFromBounds(bounds, AVAILABILITY_DOMAIN) };
}
const below = (value: number): Bound => ({ op: 'below', value });
const atLeast = (value: number): Bound => ({ op: 'least', value });
const above = (value: number): Bound => ({ op: 'above', value });

// Enterprise in examples/acme-tiers.sla.
const enterprise = {
    brackets: [bracket(10, below(99.99), atLeast(99.9)), bracket(25, below(99.9), atLeast(99.0)), bracket(50, below(99.0))],
    cap: 50,
    commitment: 99.99,
    monthlyPrice: 2000,
};

describe('the spec example (§7.2)', () => {
    it('matches the Enterprise tier of examples/acme-tiers.sla', () => {
        const text = readFileSync(new URL('../../examples/acme-tiers.sla', import.meta.url), 'utf8');
        const tier = text.slice(text.indexOf('tier Enterprise'));
        for (const line of [
            'price 2000 per month',
            'availability 99.99%',
            'credit 10% when availability below 99.99% and at least 99.9%',
            'credit 25% when availability below 99.9% and at least 99.0%',
            'credit 50% when availability below 99.0%',
            'cap 50% of monthly fee',
        ])
            expect(tier).toContain(line);
    });

    it('3 h of downtime in 30 days → 99.5833% → 25% → USD 500.00', () => {
        const result = calculateCredit({ ...enterprise, measured: availabilityFromDowntime(3 * 3600, 30) });
        expect(formatMeasured(result.measured.exact)).toBe('99.5833%');
        expect(result).toMatchObject({ bracketIndex: 1, bracketCredit: 25, credit: 25, capped: false, amount: 500, reason: 'bracket' });
        expect(formatMoney(result.amount ?? NaN, 'USD')).toBe('USD 500.00');
    });
});

describe('applicableBracket', () => {
    it.each([
        [99.995, undefined],
        [99.99, undefined],
        [99.95, 0],
        [99.9, 0],
        [99.2, 1],
        [99.0, 1],
        [98.99, 2],
        [0, 2],
    ])('Enterprise at %s%% → bracket %s', (availability, index) => {
        expect(applicableBracket(enterprise.brackets, enterprise.commitment, measuredFromAvailability(availability))).toBe(index);
    });

    it('downtime of exactly the 99.9% budget measures exactly 99.9%, outside "below 99.9% and at least 99.5%"', () => {
        const measured = availabilityFromDowntime(2592, 30);
        expect(measured.value).toBe(99.9);
        expect(applicableBracket([bracket(5, below(99.9), atLeast(99.5))], 99.95, measured)).toBeUndefined();
        expect(applicableBracket([bracket(5, below(99.9), atLeast(99.5)), bracket(3, atLeast(99.9))], 99.95, measured)).toBe(1);
    });

    it('one second more downtime falls in the bracket', () => {
        expect(applicableBracket([bracket(5, below(99.9), atLeast(99.5))], 99.95, availabilityFromDowntime(2593, 30))).toBe(0);
    });

    it('skips latency brackets', () => {
        const latency: CreditBracket = { credit: 5, metric: 'latency', interval: AVAILABILITY_DOMAIN };
        expect(applicableBracket([latency, bracket(10, below(99.9))], 99.9, measuredFromAvailability(99))).toBe(1);
    });

    it('picks the first of overlapping brackets', () => {
        const seed = [bracket(5, below(99.95), atLeast(99.9)), bracket(10, below(99.95), atLeast(99.5))];
        expect(applicableBracket(seed, 99.95, measuredFromAvailability(99.92))).toBe(0);
    });

    it('finds nothing in an empty schedule', () => {
        expect(applicableBracket([], 99.9, measuredFromAvailability(50))).toBeUndefined();
    });
});

describe('calculateCredit', () => {
    it('reports a met commitment, exactly at the commitment too', () => {
        expect(calculateCredit({ ...enterprise, measured: measuredFromAvailability(99.99) })).toMatchObject({
            bracketIndex: undefined,
            bracketCredit: 0,
            credit: 0,
            capped: false,
            amount: 0,
            reason: 'met',
        });
        // 259.2 s is the whole 99.99% budget of a 30-day month.
        expect(calculateCredit({ ...enterprise, measured: availabilityFromDowntime(259.2, 30) }).reason).toBe('met');
    });

    it('reports a gap: exactly 99.0% with brackets below 99.0% and above 99.0%', () => {
        const result = calculateCredit({
            brackets: [bracket(25, below(99.0)), bracket(10, above(99.0), below(99.9))],
            commitment: 99.9,
            monthlyPrice: 100,
            measured: measuredFromAvailability(99.0),
        });
        expect(result).toMatchObject({ bracketIndex: undefined, credit: 0, amount: 0, reason: 'gap' });
    });

    it('caps the credit', () => {
        const result = calculateCredit({
            brackets: [bracket(40, below(99.0))],
            cap: 30,
            commitment: 99.9,
            monthlyPrice: 100,
            measured: measuredFromAvailability(98),
        });
        expect(result).toMatchObject({ bracketIndex: 0, bracketCredit: 40, credit: 30, capped: true, amount: 30 });
    });

    it('does not mark a credit equal to the cap as capped', () => {
        const result = calculateCredit({ ...enterprise, measured: measuredFromAvailability(50) });
        expect(result).toMatchObject({ bracketCredit: 50, credit: 50, capped: false, amount: 1000 });
    });

    it('leaves the amount undefined without a price, and works without a cap', () => {
        const result = calculateCredit({ brackets: [bracket(10, below(99.9))], commitment: 99.9, measured: measuredFromAvailability(99) });
        expect(result).toMatchObject({ credit: 10, capped: false, amount: undefined, reason: 'bracket' });
    });
});

describe('creditAmount', () => {
    it.each([
        [1300, 5, 65],
        [2000, 25, 500],
        [12.5, 1, 0.13],
        [100.5, 1, 1.01],
        [12.4, 1, 0.12],
        [999.99, 10, 100],
        [1000, 0, 0],
        [0.1, 30, 0.03],
        [33.33, 33.33, 11.11],
    ])('%s × %s%% → %s', (price, credit, amount) => expect(creditAmount(price, credit)).toBe(amount));

    it.each([
        [150000, 5, 'JPY', 7500],
        [12345, 10, 'JPY', 1235],
        [1234.5, 10, 'IDR', 123],
        [1234.5, 1, 'BHD', 12.345],
        [12.5, 1, 'USD', 0.13],
    ])('%s × %s%% in %s → %s, rounded to the minor unit', (price, credit, currency, amount) =>
        expect(creditAmount(price, credit, currency)).toBe(amount),
    );
});
