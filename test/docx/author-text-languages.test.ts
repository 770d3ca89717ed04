import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateMarkdown, generateWord } from '../../packages/language/src/index.js';
import { build } from '../helpers/services.js';

/**
 * The edition in a language uses the author's text given in that language, and the author's own
 * text where the source gives none (§4.5).
 */
const SOURCE = `
sla "Translated" {
    provider "Example Vendor"
    customer "Example Customer"
    scope "The hosted platform" in id "Platform yang di-hosting" in ru "Размещённая платформа"
    service API "Public REST API" in ru "Публичный REST API"
    measurement {
        period monthly
        downtime "A minute without an answer" in id "satu menit tanpa jawaban" in ru "минута без ответа"
    }
    severities {
        critical "Down" in ru "Недоступно"
    }
    exclusions {
        scheduled-maintenance "Sundays 01:00-05:00 UTC" in ru "По воскресеньям 01:00-05:00 UTC" notice 2 days
        customer-caused "Outages the customer causes" in id "Gangguan yang disebabkan pelanggan"
        "Outages of the customer's own network" in zh "客户自身网络的中断"
    }
    tier Gold {
        availability 99.9%
        latency p95 300 ms "API requests" in ru "Запросы к API"
        response critical within 1 h
    }
    claims {
        window 30 days
        contents "The incident reference" in ru "Номер инцидента"
    }
}
`;

async function agreement() {
    const built = await build(SOURCE);
    expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    return built.document.parseResult.value;
}

describe("the author's text in the language of the edition", () => {
    it('Russian: every text given in Russian, in its place', async () => {
        const text = generateMarkdown(await agreement(), ['ru']);
        expect(text).toContain('**Услуги, на которые распространяется Соглашение:** Размещённая платформа');
        expect(text).toContain('**Время простоя** — минута без ответа.');
        expect(text).toContain('- **Critical**: Недоступно');
        expect(text).toContain('Плановые технические работы (По воскресеньям 01:00-05:00 UTC)');
        expect(text).toContain('распространяется на: Запросы к API.');
        expect(text).toContain('Требование должно содержать: Номер инцидента.');
        expect(text).toContain('API: Публичный REST API');
        // Not given in Russian: as the author wrote it.
        expect(text).toContain('Outages the customer causes');
        expect(text).toContain("Outages of the customer's own network");
        for (const english of [
            'The hosted platform',
            'A minute without an answer',
            'a minute without an answer',
            'API requests',
            'Public REST API',
        ])
            expect(text).not.toContain(english);
    });

    it("Indonesian and Chinese: their own texts, the author's elsewhere", async () => {
        const id = generateMarkdown(await agreement(), ['id']);
        expect(id).toContain('**Layanan yang dicakup:** Platform yang di-hosting');
        expect(id).toContain('berarti satu menit tanpa jawaban.');
        expect(id).toContain('Gangguan yang disebabkan pelanggan');
        expect(id).toContain('Public REST API');
        expect(id).toContain('Sundays 01:00-05:00 UTC');
        const zh = generateMarkdown(await agreement(), ['zh']);
        expect(zh).toContain('客户自身网络的中断');
        expect(zh).toContain('The hosted platform');
        expect(zh).not.toContain("Outages of the customer's own network");
    });

    it("English: the author's text as written", async () => {
        const text = generateMarkdown(await agreement(), ['en']);
        expect(text).toContain('**Downtime** means a minute without an answer.');
        expect(text).toContain('The hosted platform');
        for (const translated of ['Размещённая', 'Platform yang', '客户自身', 'Недоступно']) expect(text).not.toContain(translated);
    });

    it('the bilingual edition: each column in its language', async () => {
        const text = generateMarkdown(await agreement(), ['en', 'ru']);
        expect(text).toContain('**Downtime** means a minute without an answer.');
        expect(text).toContain('**Время простоя** — минута без ответа.');
        const xml = strFromU8(unzipSync(await generateWord(await agreement(), ['en', 'ru']))['word/document.xml']);
        expect(xml).toContain('Размещённая платформа');
        expect(xml).toContain('The hosted platform');
    });

    it('the Word document in Russian', async () => {
        const xml = strFromU8(unzipSync(await generateWord(await agreement(), ['ru']))['word/document.xml']);
        expect(xml).toContain('Размещённая платформа');
        expect(xml).toContain('Номер инцидента');
        expect(xml).not.toContain('The hosted platform');
    });
});
