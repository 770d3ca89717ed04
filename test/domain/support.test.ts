import { describe, expect, it } from 'vitest';
import { needsSomeoneOnCall, respondsAfterResolution, severityOrderViolations } from '../../packages/language/src/domain/support.js';
import { weakerPromises } from '../../packages/language/src/domain/tier-comparison.js';

const H = 3600;

describe('support arithmetic', () => {
    it.each<[number, number, boolean]>([
        [8 * H, 4 * H, true],
        [4 * H, 4 * H, false],
        [1 * H, 4 * H, false],
    ])('response %s s, resolution %s s: after = %s', (response, resolution, expected) => {
        expect(respondsAfterResolution(response, resolution)).toBe(expected);
    });

    it.each<[number, boolean]>([
        [1 * H, true],
        [2 * H - 1, true],
        [2 * H, false],
        [4 * H, false],
    ])('%s s needs someone on call: %s', (response, expected) => {
        expect(needsSomeoneOnCall(response)).toBe(expected);
        expect(needsSomeoneOnCall(response, 30 * 60)).toBe(false);
    });

    it.each<[Array<number | undefined>, Array<[number, number]>]>([
        [[1 * H, 4 * H, 8 * H, 24 * H], []],
        [[1 * H, 1 * H], []],
        [[1 * H, 0.5 * H], [[0, 1]]],
        [[8 * H, undefined, 4 * H], [[0, 2]]],
        [
            [8 * H, 4 * H, 2 * H],
            [
                [0, 1],
                [0, 2],
                [1, 2],
            ],
        ],
        [[undefined, 1 * H], []],
    ])('severity order of %j', (times, expected) => {
        expect(severityOrderViolations(times).map((v) => [v.moreSevere, v.lessSevere])).toEqual(expected);
    });
});

describe('weakerPromises (tier-weaker)', () => {
    it('finds lower availability, slower responses and lower caps', () => {
        expect(
            weakerPromises(
                { availability: 99.5, responses: { critical: 2 * H, high: 8 * H }, cap: 20 },
                { availability: 99.9, responses: { critical: 4 * H, high: 4 * H }, cap: 25 },
            ),
        ).toEqual([
            { kind: 'availability', child: 99.5, parent: 99.9 },
            { kind: 'response', severity: 'high', child: 8 * H, parent: 4 * H },
            { kind: 'cap', child: 20, parent: 25 },
        ]);
    });

    it('finds nothing when the child promises the same or more, or what the parent does not', () => {
        expect(
            weakerPromises(
                { availability: 99.9, responses: { critical: 4 * H, low: 48 * H }, cap: undefined },
                { availability: 99.9, responses: { critical: 4 * H }, cap: 25 },
            ),
        ).toEqual([]);
    });
});
