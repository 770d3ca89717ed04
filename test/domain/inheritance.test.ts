import { describe, expect, it } from 'vitest';
import {
    ancestors,
    ancestorsIn,
    findInheritanceCycles,
    resolveTiers,
    type TierSource,
} from '../../packages/language/src/domain/inheritance.js';

interface Clauses {
    price: number;
    availability: number;
    support: string;
    credits: Array<{ credit: number; below: number }>;
}

type Tier = TierSource<Clauses, string>;

// The shape of examples/acme-tiers.sla, reduced to plain data.
const standard: Tier = {
    name: 'Standard',
    clauses: {
        price: 1000,
        availability: 99.9,
        support: 'business-hours',
        credits: [
            { credit: 5, below: 99.9 },
            { credit: 25, below: 99 },
        ],
    },
    responses: { critical: '4 h', high: '8 h', medium: '24 h', low: '48 h' },
};
const premium: Tier = {
    name: 'Premium',
    parent: 'Standard',
    clauses: { price: 1300, availability: 99.95, credits: [{ credit: 30, below: 99 }] },
    responses: { critical: '2 h', high: '4 h' },
};
const enterprise: Tier = {
    name: 'Enterprise',
    parent: 'Premium',
    clauses: { price: 2000, support: '24x7' },
    responses: { critical: '1 h' },
};

describe('resolveTiers', () => {
    const resolved = resolveTiers([standard, premium, enterprise]);

    it('replaces a clause of the same kind and keeps the others, naming their source', () => {
        const tier = resolved.get('Enterprise');
        expect(tier?.clauses).toEqual({
            price: { value: 2000, from: 'Enterprise' },
            availability: { value: 99.95, from: 'Premium' },
            support: { value: '24x7', from: 'Enterprise' },
            credits: { value: [{ credit: 30, below: 99 }], from: 'Premium' },
        });
        expect(tier?.inheritsFrom).toEqual(['Premium', 'Standard']);
        expect(tier?.inCycle).toBe(false);
    });

    it('replaces a credits schedule whole', () => {
        expect(resolved.get('Premium')?.clauses.credits).toEqual({ value: [{ credit: 30, below: 99 }], from: 'Premium' });
    });

    it('replaces a response line for its severity only', () => {
        expect(resolved.get('Enterprise')?.responses).toEqual({
            critical: { value: '1 h', from: 'Enterprise' },
            high: { value: '4 h', from: 'Premium' },
            medium: { value: '24 h', from: 'Standard' },
            low: { value: '48 h', from: 'Standard' },
        });
    });

    it('resolves a tier without a parent to its own clauses', () => {
        expect(resolved.get('Standard')?.inheritsFrom).toEqual([]);
        expect(resolved.get('Standard')?.clauses.price).toEqual({ value: 1000, from: 'Standard' });
    });

    it('does not depend on declaration order', () => {
        expect(resolveTiers([enterprise, premium, standard]).get('Enterprise')).toEqual(resolved.get('Enterprise'));
    });

    it('treats an unknown parent as no parent', () => {
        const orphan: Tier = { name: 'Orphan', parent: 'Missing', clauses: { price: 5 }, responses: {} };
        expect(resolveTiers([orphan]).get('Orphan')).toEqual({
            name: 'Orphan',
            inheritsFrom: [],
            inCycle: false,
            clauses: { price: { value: 5, from: 'Orphan' } },
            responses: {},
        });
    });

    it('ignores clauses that are present but undefined', () => {
        const child: Tier = { name: 'Child', parent: 'Standard', clauses: { price: undefined }, responses: {} };
        expect(resolveTiers([standard, child]).get('Child')?.clauses.price).toEqual({ value: 1000, from: 'Standard' });
    });

    it('inherits from the first of two tiers with the same name', () => {
        const again: Tier = { name: 'Standard', clauses: { price: 1 }, responses: {} };
        const child: Tier = { name: 'Child', parent: 'Standard', clauses: {}, responses: {} };
        const result = resolveTiers([standard, again, child]);
        expect(result.size).toBe(2);
        expect(result.get('Child')?.clauses.price).toEqual({ value: 1000, from: 'Standard' });
    });

    it('returns an empty map for no tiers', () => expect(resolveTiers([]).size).toBe(0));

    describe('with cycles', () => {
        const a: Tier = { name: 'A', parent: 'B', clauses: { price: 1 }, responses: { critical: 'a' } };
        const b: Tier = { name: 'B', parent: 'A', clauses: { availability: 99 }, responses: {} };
        const c: Tier = { name: 'C', parent: 'A', clauses: { support: '24x7' }, responses: {} };
        const d: Tier = { name: 'D', parent: 'C', clauses: {}, responses: { low: 'd' } };
        const result = resolveTiers([a, b, c, d]);

        it('resolves a tier on a cycle to its own clauses only', () => {
            expect(result.get('A')).toMatchObject({ inCycle: true, inheritsFrom: [], clauses: { price: { value: 1, from: 'A' } } });
            expect(result.get('A')?.clauses.availability).toBeUndefined();
            expect(result.get('B')?.clauses).toEqual({ availability: { value: 99, from: 'B' } });
        });

        it('lets a tier below a cycle inherit only up to the cycle', () => {
            expect(result.get('C')).toMatchObject({ inCycle: false, inheritsFrom: [], clauses: { support: { value: '24x7', from: 'C' } } });
            expect(result.get('D')?.inheritsFrom).toEqual(['C']);
            expect(result.get('D')?.clauses).toEqual({ support: { value: '24x7', from: 'C' } });
            expect(result.get('D')?.responses).toEqual({ low: { value: 'd', from: 'D' } });
        });

        it('resolves a self-extending tier to itself', () => {
            const self: Tier = { name: 'Self', parent: 'Self', clauses: { price: 3 }, responses: {} };
            expect(resolveTiers([self]).get('Self')).toMatchObject({ inCycle: true, clauses: { price: { value: 3, from: 'Self' } } });
        });
    });
});

describe('ancestors', () => {
    const tiers = [
        { name: 'A', parent: 'B' },
        { name: 'B', parent: 'A' },
        { name: 'C', parent: 'A' },
        { name: 'S', parent: 'S' },
        { name: 'X', parent: 'Y' },
        { name: 'Y' },
        { name: 'Z', parent: 'Nowhere' },
    ];
    it.each([
        ['Y', []],
        ['X', ['Y']],
        ['A', ['B']],
        ['B', ['A']],
        ['C', ['A', 'B']],
        ['S', []],
        ['Z', []],
        ['Unknown', []],
    ])('%s → %j', (name, chain) => expect(ancestors(name, tiers)).toEqual(chain));

    it('follows a long chain', () => {
        const chain = Array.from({ length: 50 }, (_, k) => ({ name: `T${k}`, parent: k > 0 ? `T${k - 1}` : undefined }));
        expect(ancestors('T49', chain)).toHaveLength(49);
    });

    it('gives the same chains through one lookup for many names (ancestorsIn)', () => {
        const ancestorsOf = ancestorsIn(tiers);
        for (const name of ['Y', 'X', 'A', 'B', 'C', 'S', 'Z', 'Unknown']) expect(ancestorsOf(name)).toEqual(ancestors(name, tiers));
    });
});

describe('findInheritanceCycles', () => {
    it.each<[string, Array<{ name: string; parent?: string }>, string[][]]>([
        ['none without tiers', [], []],
        ['none in a chain', [{ name: 'A' }, { name: 'B', parent: 'A' }, { name: 'C', parent: 'B' }], []],
        [
            'a two-tier cycle once',
            [
                { name: 'A', parent: 'B' },
                { name: 'B', parent: 'A' },
            ],
            [['A', 'B']],
        ],
        ['a self-extension', [{ name: 'A', parent: 'A' }], [['A']]],
        [
            'a cycle reached from below, starting at its first-declared member',
            [
                { name: 'D', parent: 'C' },
                { name: 'C', parent: 'B' },
                { name: 'A', parent: 'C' },
                { name: 'B', parent: 'A' },
            ],
            [['C', 'B', 'A']],
        ],
        [
            'two separate cycles',
            [
                { name: 'A', parent: 'B' },
                { name: 'B', parent: 'A' },
                { name: 'S', parent: 'S' },
                { name: 'T', parent: 'A' },
            ],
            [['A', 'B'], ['S']],
        ],
        ['none through an unknown parent', [{ name: 'A', parent: 'Missing' }], []],
    ])('%s', (_, tiers, cycles) => expect(findInheritanceCycles(tiers)).toEqual(cycles));
});
