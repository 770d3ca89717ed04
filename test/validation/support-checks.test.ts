import { describe, expect, it } from 'vitest';
import { diagnostics, lineOf, sla, tier } from './documents.js';

const ON_CALL = 'on-call 24x7';

describe('response-after-resolution', () => {
    it.each<[string, boolean]>([
        ['response critical within 8 h, resolution within 4 h', true],
        ['response critical within 4 h, resolution within 4 h', false],
        ['response critical within 1 h, resolution within 4 h', false],
        ['response critical within 2 days, resolution within 24 h', true],
        ['response critical within 8 h', false],
    ])('%s: %s', async (line, fires) => {
        const text = sla(tier('T', ['support business-hours 09:00-17:00 UTC', line]));
        const found = await diagnostics(text, 'response-after-resolution');
        expect(found.map((d) => [d.line, d.severity])).toEqual(fires ? [[lineOf(text, line), 'error']] : []);
    });
});

describe('severity-order', () => {
    it.each<[string, string[], number[]]>([
        ['in order', ['response critical within 1 h', 'response high within 4 h', 'response low within 24 h'], []],
        ['equal times', ['response critical within 4 h', 'response high within 4 h'], []],
        ['high faster than critical, on the high line', ['response critical within 1 h', 'response high within 30 min'], [1]],
        ['written in another order', ['response low within 1 h', 'response critical within 4 h'], [0]],
        [
            'low faster than both, one warning for its line',
            ['response critical within 4 h', 'response high within 4 h', 'response low within 1 h'],
            [2],
        ],
        ['skipping a severity without a response', ['response critical within 8 h', 'response medium within 4 h'], [1]],
    ])('%s', async (_, lines, flagged) => {
        const text = sla(tier('T', ['support business-hours 09:00-17:00 UTC', ...lines]));
        const found = await diagnostics(text, 'severity-order');
        expect(found.map((d) => d.line)).toEqual(flagged.map((i) => lineOf(text, lines[i])));
        for (const d of found) expect(d.severity).toBe('warning');
    });

    it('judges inherited lines with the new ones, reporting on the line this tier writes', async () => {
        const parent = tier('Standard', [
            'support business-hours 09:00-17:00 UTC',
            'response critical within 4 h',
            'response high within 8 h',
        ]);
        const faster = 'response high within 2 h';
        const slower = 'response critical within 12 h';
        const text = sla([parent, tier('A', [faster], 'Standard'), tier('B', [slower], 'Standard'), tier('C', [], 'Standard')].join('\n'));
        const found = await diagnostics(text, 'severity-order');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, faster), lineOf(text, slower)]);
        expect(found[0].message).toContain('critical within 4 h (inherited from Standard)');
        expect(found[1].message).toContain('is more severe than high but gets a slower response');
    });
});

describe('unstaffed-response', () => {
    it.each<[string, string, string | undefined, boolean]>([
        ['support 24x7', 'response critical within 1 h', undefined, true],
        ['support 24x7', 'response critical within 1 h', ON_CALL, false],
        ['support 24x7', 'response critical within 1 h', 'on-call business-hours', true],
        ['support 24x7', 'response critical within 2 h', undefined, false],
        ['support 24x7', 'response critical within 119 min', undefined, true],
        ['support business-hours 09:00-17:00 UTC', 'response critical within 1 h', undefined, false],
    ])('%s, %s, capabilities %j: %s', async (support, line, capabilities, fires) => {
        const text = sla(tier('T', [support, line]), capabilities ? { capabilities } : {});
        const found = await diagnostics(text, 'unstaffed-response');
        expect(found.map((d) => [d.line, d.severity])).toEqual(fires ? [[lineOf(text, line), 'warning']] : []);
    });

    it('points at the 24x7 support of a tier that makes inherited responses round-the-clock', async () => {
        const parent = tier('Standard', ['support business-hours 09:00-17:00 UTC', 'response critical within 1 h']);
        const text = sla([parent, tier('Premium', ['support 24x7'], 'Standard'), tier('Top', [], 'Premium')].join('\n'));
        const found = await diagnostics(text, 'unstaffed-response');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, 'support 24x7')]);
        expect(found[0].message).toContain('critical within 1 h (inherited from Standard)');
    });

    it('points at a new response under inherited 24x7 support', async () => {
        const parent = tier('Standard', ['support 24x7', 'response critical within 4 h']);
        const text = sla([parent, tier('Premium', ['response critical within 1 h'], 'Standard')].join('\n'));
        const found = await diagnostics(text, 'unstaffed-response');
        expect(found.map((d) => d.line)).toEqual([lineOf(text, 'response critical within 1 h')]);
        expect(found[0].message).toContain('(support 24x7, inherited from Standard)');
    });
});
