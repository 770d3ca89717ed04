import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createSlaServices } from '../../packages/language/src/sla-module.js';
import { driveServices } from '../fuzz/drive-services.js';
import { createRandom } from '../fuzz/prng.js';

/**
 * Every failure the fuzzer found, reduced to a small document. Each is driven through the same
 * harness as the fuzzer (build with validation, every bound provider at many positions): no
 * exception, no validation error turned into a diagnostic, no `undefined` or `NaN` in a message.
 */
const services = createSlaServices(EmptyFileSystem);

const regressions: Array<[string, string]> = [
    // value-checks: the check read a value the half-parsed clause does not have.
    ['`effective` without a date', 'sla "x" { effective }'],
    ['a clock range without its end', 'sla "x" { tier A { support business-hours 09:00- customer-local } }'],
    ['a clock range without its start', 'sla "x" { tier A { support business-hours -17:00 UTC } }'],
    ['`currency` without a code', 'sla "x" { currency }'],
    ['a probe without a number of locations', 'sla "x" { measurement { period monthly probe every 1 min from locations } }'],
    ['`m` without a number', 'sla "x" { severities { critical } tier A { response critical within m } }'],
    // structure-checks and name-checks: a tier without a name, a response without a severity.
    ['two clauses of a tier without a name', 'sla "x" { tier { availability 99.9% availability 99.5% } }'],
    ['two tiers without a name', 'sla "x" { tier { } tier { } }'],
    ['two responses without a severity', 'sla "x" { tier A { response within 1 h response within 2 h } }'],
];

describe('fuzzer regressions', () => {
    it.each(regressions)('%s', async (_name, text) => {
        for (let seed = 1; seed <= 5; seed++) {
            const { failures } = await driveServices(services, text, createRandom(seed));
            expect(failures).toEqual([]);
        }
    });
});
