import { describe, expect, it } from 'vitest';
import { agreementJson } from '../../packages/language/src/generator/agreement-json.js';
import { schemaErrors } from '../generator/schema.js';
import { build, codes, exampleFiles, readExample } from '../helpers/services.js';

/** Every clause whose author's text may be given per language, each with two translations. */
const TRANSLATED = `
sla "Translated" {
    provider "Example Vendor"
    customer "Example Customer"
    scope "The hosted platform" in id "Platform yang di-hosting" in ru "Размещённая платформа"
    service API "Public REST API" in ru "Публичный REST API" in zh "公共 REST API"
    service Console
    measurement {
        period monthly
        downtime "A minute without an answer" in id "Satu menit tanpa jawaban" in ru "Минута без ответа"
    }
    severities {
        critical "Down" in ru "Недоступно"
        high "Slow"
        normal
    }
    definitions {
        incident "An unplanned interruption" in id "Gangguan yang tidak direncanakan"
    }
    exclusions {
        scheduled-maintenance "Sundays 01:00-05:00 UTC" in ru "По воскресеньям 01:00-05:00 UTC" notice 2 days
        customer-caused "Outages the customer causes" in id "Gangguan yang disebabkan pelanggan"
        "Outages of the customer's own network" in zh "客户自身网络的中断"
        force-majeure
    }
    tier Gold {
        availability 99.9%
        latency p95 300 ms "API requests" in ru "Запросы к API"
        response critical within 1 h
    }
    claims {
        window 30 days
        contents "The incident reference" in ru "Номер инцидента"
        verification "Checked against the provider's records" in id "Diperiksa terhadap catatan Penyedia"
    }
}
`;

describe('the author\'s text per language: "…" in <language> "…"', () => {
    it('parses after every description, definition and window, with no diagnostic', async () => {
        const built = await build(TRANSLATED);
        expect(built.document.parseResult.lexerErrors).toEqual([]);
        expect(built.document.parseResult.parserErrors).toEqual([]);
        expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    });

    it('takes a translation on the lines after its text, the next clause after it', async () => {
        const text = TRANSLATED.replace(
            'downtime "A minute without an answer" in id "Satu menit tanpa jawaban" in ru "Минута без ответа"',
            'downtime "A minute without an answer"\n            in id "Satu menit tanpa jawaban"\n            in ru "Минута без ответа"\n        maintenance included',
        );
        const built = await build(text);
        expect(built.document.parseResult.parserErrors).toEqual([]);
        const json = agreementJson(built.document.parseResult.value);
        expect(json.translations?.ru['A minute without an answer']).toBe('Минута без ответа');
        expect(json.measurement.maintenance).toBe('included');
    });

    it.each(exampleFiles())('leaves the syntax of today valid: %s gives translations in its JSON only if it writes some', async (name) => {
        const text = readExample(name);
        const built = await build(text);
        expect(built.document.parseResult.parserErrors).toEqual([]);
        const json = JSON.parse(JSON.stringify(agreementJson(built.document.parseResult.value))) as object;
        if (/"\s+in [a-z]{2} "/.test(text)) expect(json).toHaveProperty('translations');
        else expect(json).not.toHaveProperty('translations');
    });

    it('gives the JSON every translation, per language, keyed by the text as the author wrote it', async () => {
        const built = await build(TRANSLATED);
        const json = agreementJson(built.document.parseResult.value);
        expect(json.translations).toEqual({
            id: {
                'The hosted platform': 'Platform yang di-hosting',
                'A minute without an answer': 'Satu menit tanpa jawaban',
                'An unplanned interruption': 'Gangguan yang tidak direncanakan',
                'Outages the customer causes': 'Gangguan yang disebabkan pelanggan',
                "Checked against the provider's records": 'Diperiksa terhadap catatan Penyedia',
            },
            ru: {
                'The hosted platform': 'Размещённая платформа',
                'Public REST API': 'Публичный REST API',
                'A minute without an answer': 'Минута без ответа',
                Down: 'Недоступно',
                'Sundays 01:00-05:00 UTC': 'По воскресеньям 01:00-05:00 UTC',
                'API requests': 'Запросы к API',
                'The incident reference': 'Номер инцидента',
            },
            zh: { 'Public REST API': '公共 REST API', "Outages of the customer's own network": '客户自身网络的中断' },
        });
        // The author's own text stays where it was.
        expect(json.measurement.downtime).toBe('A minute without an answer');
        expect(schemaErrors(JSON.parse(JSON.stringify(json)))).toEqual([]);
        expect(schemaErrors({ ...JSON.parse(JSON.stringify(json)), translations: { fr: { Down: 'En panne' } } })).not.toEqual([]);
    });

    it('reports a language without a contract text at its code', async () => {
        const text = TRANSLATED.replace('in ru "Недоступно"', 'in fr "En panne"');
        const built = await build(text);
        const errors = built.diagnostics.filter((d) => d.severity === 1);
        expect(errors.map((d) => d.code)).toEqual(['invalid-value']);
        expect(errors[0].message).toContain('cannot be given in `fr`');
        const line = text.split('\n')[errors[0].range.start.line];
        expect(line.slice(errors[0].range.start.character, errors[0].range.end.character)).toBe('fr');
    });

    it('reports a language given twice for one text, at the second', async () => {
        const text = TRANSLATED.replace('in ru "Запросы к API"', 'in ru "Запросы к API" in ru "Запросы"');
        const built = await build(text);
        const errors = built.diagnostics.filter((d) => d.severity === 1);
        expect(errors.map((d) => d.code)).toEqual(['invalid-value']);
        const line = text.split('\n')[errors[0].range.start.line];
        expect(line.slice(errors[0].range.start.character)).toMatch(/^ru "Запросы"$/);
    });

    it('reports the same words given differently in one language, at the second; alike, they are fine', async () => {
        const twice = TRANSLATED.replace(
            '        force-majeure\n',
            '        force-majeure "Outages the customer causes" in id "Gangguan oleh pelanggan"\n',
        );
        const built = await build(twice);
        const errors = built.diagnostics.filter((d) => d.severity === 1);
        expect(errors.map((d) => d.code)).toEqual(['invalid-value']);
        const above = twice.split('\n').findIndex((text) => text.includes('customer-caused')) + 1;
        expect(errors[0].message).toContain(`differently above (line ${above})`);
        const line = twice.split('\n')[errors[0].range.start.line];
        expect(line.slice(errors[0].range.start.character, errors[0].range.end.character)).toBe('"Gangguan oleh pelanggan"');
        const alike = await build(twice.replace('"Gangguan oleh pelanggan"', '"Gangguan yang disebabkan pelanggan"'));
        expect(alike.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    });

    it('keeps any text as a key, even one that names a property of every object', async () => {
        const built = await build(TRANSLATED.replace('"API requests" in ru "Запросы к API"', '"__proto__" in ru "Запросы к API"'));
        const json = JSON.parse(JSON.stringify(agreementJson(built.document.parseResult.value))) as {
            translations: Record<string, object>;
        };
        expect(Object.keys(json.translations.ru)).toContain('__proto__');
    });

    it('is a syntax error with a location when the text of a language is missing', async () => {
        const built = await build(TRANSLATED.replace('in ru "Недоступно"', 'in ru'));
        expect(codes(built).length).toBeGreaterThan(0);
        expect(built.document.parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});
