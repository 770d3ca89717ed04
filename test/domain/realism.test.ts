import { describe, expect, it } from 'vitest';
import {
    availabilityAboveObserved,
    headroomTarget,
    latencyVerdict,
    missingForFourNines,
    realisticAlternatives,
} from '../../packages/language/src/domain/realism.js';

describe('latencyVerdict', () => {
    it.each<[number, number, number, string]>([
        [0.1, 0.2, 1.5, 'stricter-than-observed'],
        [0.2, 0.2, 1.5, 'little-headroom'], // equal to observed: kept, but tight
        [0.25, 0.2, 1.5, 'little-headroom'],
        [0.3, 0.2, 1.5, 'ok'], // exactly 1.5 × observed is enough
        [0.27, 0.18, 1.5, 'ok'], // 270 ms against 180 ms: exact, not 0.27000000000000002
        [0.269, 0.18, 1.5, 'little-headroom'],
        [0.3, 0.2, 2, 'little-headroom'], // a configured factor
        [0.3, 0.2, 1, 'ok'],
    ])('target %s s, observed %s s, factor %s: %s', (target, observed, factor, verdict) => {
        expect(latencyVerdict(target, observed, factor)).toBe(verdict);
    });

    it('computes the headroom target exactly', () => {
        expect(headroomTarget(0.2, 1.5)).toBe(0.3);
        expect(headroomTarget(0.18, 1.5)).toBe(0.27);
    });
});

describe('availabilityAboveObserved', () => {
    it.each<[number, number, boolean]>([
        [99.999, 99.95, true],
        [99.95, 99.95, false],
        [99.9, 99.95, false],
        [99.951, 99.95, true],
    ])('%s against %s: %s', (commitment, observed, expected) => {
        expect(availabilityAboveObserved(commitment, observed)).toBe(expected);
    });
});

describe('missingForFourNines', () => {
    it("lists what is missing, in the spec's order", () => {
        expect(missingForFourNines(new Set())).toEqual(['multi-region', 'automatic-failover', 'on-call 24x7']);
        expect(missingForFourNines(new Set(['multi-region']))).toEqual(['automatic-failover', 'on-call 24x7']);
        expect(missingForFourNines(new Set(['multi-region', 'automatic-failover', 'on-call 24x7']))).toEqual([]);
    });
});

describe('realisticAlternatives', () => {
    it.each<[number, number[]]>([
        [99.999, [99.99, 99.95]],
        [99.99, [99.95, 99.9]],
        [99.995, [99.99, 99.95]],
        [99, []],
    ])('below %s: %j', (threshold, expected) => {
        expect(realisticAlternatives(threshold)).toEqual(expected);
    });
});
