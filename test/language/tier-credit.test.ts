import { describe, expect, it } from 'vitest';
import { parseMeasurementInput, tierCredit, tierCreditLines } from '../../packages/language/src/model/tier-credit.js';
import { InputError } from '../../packages/language/src/domain/input-error.js';
import { build, readExample } from '../helpers/services.js';

describe('tierCredit (shared by `sla credits` and the editor)', () => {
    it('gives the spec example: Enterprise, 3 h in a 30-day month → 25% → USD 500.00', async () => {
        const { document } = await build(readExample('acme-tiers.sla'));
        const credit = tierCredit(document.parseResult.value, { tier: 'Enterprise', ...parseMeasurementInput('3h') });
        expect(credit.result.credit).toBe(25);
        expect(credit.result.amount).toBe(500);
        expect(tierCreditLines(credit).at(-1)).toBe('Amount: USD 500.00 (25% of USD 2,000.00)');
    });

    it('reads the one input field as an availability or a downtime', () => {
        expect(parseMeasurementInput('99.2%')).toEqual({ availability: 99.2 });
        expect(parseMeasurementInput(' 99.2 ')).toEqual({ availability: 99.2 });
        expect(parseMeasurementInput('1h 30min')).toEqual({ downtime: 5400 });
        expect(() => parseMeasurementInput('3m')).toThrow(/ambiguous/);
        expect(() => parseMeasurementInput('101%')).toThrow(InputError);
    });

    it('names the agreement and its tiers for an unknown tier', async () => {
        const { document } = await build(readExample('acme-tiers.sla'));
        expect(() => tierCredit(document.parseResult.value, { tier: 'Gold', availability: 99 }, 'acme-tiers.sla')).toThrow(
            'acme-tiers.sla has no tier "Gold"; its tiers are Standard, Premium, Enterprise',
        );
    });
});
