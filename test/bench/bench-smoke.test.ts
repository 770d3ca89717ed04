import { describe, expect, it } from 'vitest';
import { generateAgreement, generateContracts } from '../../bench/generate.js';
import { build } from '../helpers/services.js';

// The benchmark measures sound contracts: its generated documents must build without an error
// (and, as they are meant to, without a warning), or it would time error reporting instead.
// Not a timed test: the figures come from `npm run bench`.
describe('benchmark document generator', () => {
    it('generates a valid agreement at the smallest size', async () => {
        const generated = generateAgreement(100);
        expect(generated.lines).toBeGreaterThanOrEqual(90);
        expect(generated.lines).toBeLessThanOrEqual(100);
        expect(generated.tiers).toBe(3);
        const built = await build(generated.text);
        expect(
            built.diagnostics
                .filter((d) => d.severity === 1 || d.severity === 2)
                .map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
        ).toEqual([]);
        expect(built.document.parseResult.value.tiers.map((tier) => tier.parent?.ref?.name)).toEqual([
            undefined,
            'ComputeEUStandard',
            'ComputeEUPremium',
        ]);
    });

    it('generates product lines with distinct names as documents grow', async () => {
        const generated = generateAgreement(1_500);
        expect(generated.tiers).toBeGreaterThan(60);
        const built = await build(generated.text);
        expect(built.diagnostics.filter((d) => d.severity === 1 || d.severity === 2)).toEqual([]);
    });

    it('generates distinct small contracts for the folder benchmark', () => {
        const contracts = generateContracts(3, 100);
        expect(contracts.map((c) => c.name)).toEqual(['contract-0001.sla', 'contract-0002.sla', 'contract-0003.sla']);
        expect(new Set(contracts.map((c) => c.text)).size).toBe(3);
    });
});
