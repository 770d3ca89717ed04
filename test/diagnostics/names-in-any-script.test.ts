import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { build, readExample } from '../helpers/services.js';

/**
 * Issue "Language v2", item 9: tier, severity and service names in any Unicode letters, and
 * severity names such as `p1` that look like percentiles.
 */
const unicode = `sla "Многоязычное соглашение" {
    provider "PT Awan Nusantara"
    currency EUR
    measurement {
        period monthly
    }
    severities {
        критический "Полный отказ"
        严重 "服务不可用"
        Sangat_Penting "Layanan terganggu"
        Ünggul-ê
        p1 "Priority one"
    }
    tier Стандарт {
        price 1000 per month
        availability 99.9%
        response критический within 1 h
        response 严重 within 2 h
        response Sangat_Penting within 4 h
        response Ünggul-ê within 6 h
        response p1 within 8 h
        credits {
            credit 10% when availability below 99.9%
            cap 25% of monthly fee
        }
    }
    tier 黄金 extends Стандарт {
        price 2000 per month
        availability 99.95%
        credits {
            credit 10% when availability below 99.95%
            cap 30% of monthly fee
        }
    }
    tier Perusahaan_Ünggul extends 黄金 {
        price 3000 per month
    }
    claims {
        window 30 days
    }
}
`;

const folder = mkdtempSync(join(tmpdir(), 'sla-names-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('names in the users’ languages', () => {
    it('checks clean, with every name resolved', async () => {
        const { document, diagnostics } = await build(unicode);
        expect(diagnostics).toEqual([]);
        const agreement = document.parseResult.value;
        expect(agreement.tiers.map((tier) => tier.name)).toEqual(['Стандарт', '黄金', 'Perusahaan_Ünggul']);
        expect(agreement.tiers[1].parent?.ref?.name).toBe('Стандарт');
        expect(agreement.severityBlocks[0].levels.map((level) => level.name)).toEqual([
            'критический',
            '严重',
            'Sangat_Penting',
            'Ünggul-ê',
            'p1',
        ]);
    });

    it('`p1` as a severity name: declared, referred to, and unknown names still reported', async () => {
        const text = readExample('acme-tiers.sla').replaceAll(/\bcritical\b/g, 'p1');
        expect((await build(text)).diagnostics).toEqual([]);
        const unknown = await build(text.replace('response p1 within 4 h', 'response p2 within 4 h'));
        expect(unknown.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
            'unresolved-reference: Unknown severity `p2`: the severities of this agreement are `p1`, `high`, `medium`, `low`.',
        ]);
    });

    it('`sla check` and `sla build` accept the file; the outputs carry the names as written', () => {
        const file = join(folder, 'names.sla');
        writeFileSync(file, unicode);
        const check = sla(['check', file]);
        expect(check.stdout + check.stderr).toBe('');
        expect(check.status).toBe(0);
        const built = sla(['build', '--out', folder, file]);
        expect(built.status).toBe(0);
        const json = JSON.parse(readFileSync(join(folder, 'names.json'), 'utf8'));
        expect(json.tiers.map((tier: { name: string }) => tier.name)).toEqual(['Стандарт', '黄金', 'Perusahaan_Ünggul']);
        const markdown = readFileSync(join(folder, 'names.md'), 'utf8');
        for (const name of ['Стандарт', '黄金', 'Perusahaan_Ünggul']) expect(markdown).toContain(name);
    });
});
