import { describe, expect, it } from 'vitest';
import { DURATION_UNIT_WORDS } from '../helpers/duration-units.js';
import { build, codes } from '../helpers/services.js';

/** A minimal valid agreement around the given lines, so each test shows only what it is about. */
function agreement(body: string, measurement = 'measurement { period monthly }'): string {
    return `sla "Test" {\n    provider "P"\n    currency USD\n    ${measurement}\n${body}\n    claims { window 30 days }\n}\n`;
}

async function diagnosticsOf(text: string) {
    const built = await build(text);
    return built.diagnostics.map((d) => ({ code: String(d.code), line: d.range.start.line, message: d.message, severity: d.severity }));
}

describe('a minimal agreement', () => {
    it('has no error', async () => {
        expect(codes(await build(agreement('    tier A { availability 99.9% }')))).toEqual([]);
    });
});

describe('ambiguous-unit', () => {
    it('rejects `m` and names the fix', async () => {
        const found = await diagnosticsOf(agreement('    tier A { }', 'measurement { period monthly probe every 5 m from 3 locations }'));
        expect(found).toContainEqual(
            expect.objectContaining({ code: 'ambiguous-unit', severity: 1, message: expect.stringContaining('5 min') }),
        );
    });
    it.each(DURATION_UNIT_WORDS)('accepts %s', async (unit) => {
        const text = agreement('    tier A { }', `measurement { period monthly probe every 1 ${unit} from 3 locations }`);
        expect(codes(await build(text))).toEqual([]);
        expect(codes(await build(text.replace(`1 ${unit}`, `1${unit}`)))).toEqual([]);
    });
});

describe('percent-range', () => {
    it.each([
        ['    tier A { availability 100.5% }'],
        ['    tier A { availability -1% }'],
        ['    tier A { availability 99.9% credits { credit 0% when availability below 99.9% cap 25% } }'],
        ['    tier A { availability 99.9% credits { credit 120% when availability below 99.9% cap 25% } }'],
        ['    tier A { availability 99.9% credits { credit 10% when availability below 199.9% cap 25% } }'],
    ])('flags %s', async (body) => {
        expect(codes(await build(agreement(body)))).toContain('percent-range');
    });
    it.each([['    tier A { availability 100% }'], ['    tier A { availability 0% }']])('accepts the edges: %s', async (body) => {
        expect(codes(await build(agreement(body)))).not.toContain('percent-range');
    });
});

describe('duplicate-name', () => {
    it('flags a second tier of the same name, with the first as related information', async () => {
        const built = await build(agreement('    tier A { }\n    tier A { }'));
        const duplicate = built.diagnostics.find((d) => d.code === 'duplicate-name');
        expect(duplicate?.range.start.line).toBe(5);
        expect(duplicate?.relatedInformation?.[0].location.range.start.line).toBe(4);
    });
    it('flags a repeated severity', async () => {
        const text = agreement('    severities { critical "x" critical "y" }\n    tier A { }');
        expect(codes(await build(text))).toContain('duplicate-name');
    });
    it('allows a tier and a severity to share a name', async () => {
        const text = agreement('    severities { Gold }\n    tier Gold { response Gold within 1 h }');
        expect(codes(await build(text))).not.toContain('duplicate-name');
    });
    it('is case-sensitive', async () => {
        expect(codes(await build(agreement('    tier A { }\n    tier a { }')))).not.toContain('duplicate-name');
    });
});

describe('unresolved-reference', () => {
    it('names the unknown severity', async () => {
        const found = await diagnosticsOf(agreement('    severities { high }\n    tier A { response urgent within 1 h }'));
        expect(found).toContainEqual(
            expect.objectContaining({
                code: 'unresolved-reference',
                line: 5,
                message: 'Unknown severity `urgent`: the severities of this agreement are `high`.',
            }),
        );
    });
    it('names the unknown tier', async () => {
        const found = await diagnosticsOf(agreement('    tier A extends Gold { }'));
        expect(found).toContainEqual(
            expect.objectContaining({ code: 'unresolved-reference', message: expect.stringContaining('Unknown tier `Gold`') }),
        );
    });
    it('says when there is no severities block at all', async () => {
        const found = await diagnosticsOf(agreement('    tier A { response urgent within 1 h }'));
        expect(found).toContainEqual(
            expect.objectContaining({ code: 'unresolved-reference', message: expect.stringContaining('declares no severities') }),
        );
    });
});

describe('inheritance-cycle', () => {
    it('flags every tier on the cycle', async () => {
        const found = await diagnosticsOf(
            agreement('    tier A extends C { }\n    tier B extends A { }\n    tier C extends B { }\n    tier D extends A { }'),
        );
        const cycle = found.filter((d) => d.code === 'inheritance-cycle');
        expect(cycle.map((d) => d.line).sort()).toEqual([4, 5, 6]);
        expect(cycle[0].message).toContain('A → C → B → A');
    });
    it('flags a tier extending itself', async () => {
        expect(codes(await build(agreement('    tier A extends A { }')))).toContain('inheritance-cycle');
    });
    it('accepts a chain', async () => {
        expect(codes(await build(agreement('    tier A { }\n    tier B extends A { }\n    tier C extends B { }')))).toEqual([]);
    });
});

describe('missing-period', () => {
    it('flags a measurement block without a period', async () => {
        expect(codes(await build(agreement('    tier A { }', 'measurement { downtime "x" }')))).toEqual(['missing-period']);
    });
    it('flags an agreement without a measurement block', async () => {
        expect(codes(await build(agreement('    tier A { }', '')))).toEqual(['missing-period']);
    });
});

describe('duplicate-clause', () => {
    it.each([
        ['a second measurement block', '    measurement { period yearly }\n    tier A { }'],
        ['a second availability in a tier', '    tier A { availability 99.9% availability 99.5% }'],
        ['a second response for one severity', '    severities { high }\n    tier A { response high within 1 h response high within 2 h }'],
        ['a second cap', '    tier A { credits { cap 10% cap 20% } }'],
    ])('flags %s', async (_, body) => {
        expect(codes(await build(agreement(body)))).toContain('duplicate-clause');
    });
    it('allows two latency percentiles', async () => {
        expect(codes(await build(agreement('    tier A { latency p95 300 ms latency p99 1 s }')))).toEqual([]);
    });
});

describe('values', () => {
    it.each([
        ['an impossible date', 'effective 2026-02-30\n    tier A { }'],
        ['a time of day past midnight', 'tier A { support business-hours 09:00-25:00 UTC }'],
        ['a lower-case currency', 'currency usd\n    tier A { }'],
        ['a fractional number of probe locations', 'tier A { }', 'measurement { period monthly probe every 1 min from 2.5 locations }'],
    ])('flags %s', async (_, body, measurement?: string) => {
        expect(codes(await build(agreement(`    ${body}`, measurement)))).toContain('invalid-value');
    });
    it('warns about a code of the right shape that is not an ISO 4217 currency', async () => {
        const built = await build(agreement('    tier A { }').replace('currency USD', 'currency ABC'));
        const found = built.diagnostics.filter((d) => d.code === 'invalid-value');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toContain('`ABC` is not a current ISO 4217 currency code');
    });
    it.each(['USD', 'EUR', 'JPY', 'IDR', 'RUB', 'CNY'])('accepts the currency %s', async (code) => {
        expect(codes(await build(agreement('    tier A { }').replace('currency USD', `currency ${code}`)))).toEqual([]);
    });
});

describe('syntax errors', () => {
    it("say what was expected in the author's words", async () => {
        const found = await diagnosticsOf(agreement('    tier A { availability 99.9 }'));
        expect(found).toContainEqual(
            expect.objectContaining({
                code: 'syntax-error',
                message: 'Expected a percentage such as 99.9% but found `99.9`. Write `99.9%`: the % sign follows the number directly.',
            }),
        );
    });
    it('recover: a broken tier does not hide the next one', async () => {
        const built = await build(agreement('    tier A { availability }\n    tier B { availability 99.9% }'));
        expect(codes(built)).toContain('syntax-error');
        expect(built.document.parseResult.value.tiers.map((t) => t.name)).toContain('B');
    });
    it('only the syntax error for an empty document', async () => {
        expect(codes(await build(''))).toEqual(['syntax-error']);
    });
    it('keeps escapes \\" and \\\\ in strings and nothing else', async () => {
        const built = await build(agreement('    tier A { }').replace('provider "P"', 'provider "Say \\"hi\\" C:\\\\dir \\d"'));
        expect(built.document.parseResult.value.providers[0].party).toBe('Say "hi" C:\\dir \\d');
    });
});

describe('scoping', () => {
    it('does not resolve a tier of another document', async () => {
        await build(agreement('    tier Shared { }'));
        expect(codes(await build(agreement('    tier B extends Shared { }')))).toContain('unresolved-reference');
    });
    it('does not report a tier of another document as a duplicate', async () => {
        await build(agreement('    tier Same { }'));
        expect(codes(await build(agreement('    tier Same { }')))).toEqual([]);
    });
});

describe('syntax error suggestions', () => {
    it.each([
        ['hrs', 'h'],
        ['hr', 'h'],
        ['mins', 'min'],
        ['secs', 's'],
        ['wks', 'w'],
    ])('suggest a unit for %s', async (written, unit) => {
        const found = await diagnosticsOf(agreement(`    severities { high }\n    tier A { response high within 4 ${written} }`));
        expect(found.find((d) => d.code === 'syntax-error')?.message).toContain(`Did you mean \`${unit}\`?`);
    });
    it('say where the % sign goes', async () => {
        const found = await diagnosticsOf(agreement('    tier A { availability 99.9 }'));
        expect(found.find((d) => d.code === 'syntax-error')?.message).toContain('Write `99.9%`');
    });
    it('list the units of time without the ambiguous `m`', async () => {
        const found = await diagnosticsOf(agreement('    severities { high }\n    tier A { response high within 4 hrs }'));
        const message = found.find((d) => d.code === 'syntax-error')?.message ?? '';
        expect(message).toContain('`hours`');
        expect(message).not.toContain('`m`');
    });
});
