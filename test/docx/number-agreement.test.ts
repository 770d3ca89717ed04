import { describe, expect, it } from 'vitest';
import { generateMarkdown } from '../../packages/language/src/index.js';
import type { ContractLanguage } from '../../packages/language/src/generator/locale/languages.js';
import { build } from '../helpers/services.js';

/**
 * Figures and the words beside them agree in every language, for the numbers whose plural forms
 * differ: Russian has one (1, 21), few (2, 22) and many (5, 11, 25) and puts the noun in the case
 * its sentence asks for; Indonesian and Chinese have one form (Chinese with its measure word).
 * The figures are the author's: every counted clause of the source holds the same number N.
 */
const NUMBERS = [1, 2, 5, 11, 21, 22, 25] as const;
type Count = (typeof NUMBERS)[number];

function agreement(n: number, withService: boolean): string {
    return `
sla "Counts" {
    provider "Example Vendor"
    customer "Example Customer"
    effective 2026-01-01
    term ${n} months
    currency USD
    ${withService ? 'service API "Public REST API"' : ''}
    measurement {
        period monthly
        probe every ${n} min from ${n} locations
        downtime "A minute without an answer"
        maintenance excluded
    }
    severities {
        critical "Down"
    }
    duties {
        incident report within ${n} business days
    }
    exclusions {
        scheduled-maintenance "Sundays 01:00-05:00 UTC" notice ${n} h, at most ${n} h per month
    }
    tier Gold {
        price 100 per month
        availability 99.9%
        throughput ${n} requests per second
        rto ${n} min
        response critical within ${n} h, escalation after ${n} h
        credits {
            credit 10% when availability below 99.9%
        }
        ${withService ? `service API {\n            throughput ${n} requests per minute\n        }` : ''}
        termination when availability below 99.0% in any ${n} of ${n} months
        termination when availability below 98.0% in ${n} consecutive periods
    }
    claims {
        window ${n} days
    }
}
`;
}

async function contract(n: number, language: ContractLanguage, withService = false): Promise<string> {
    const built = await build(agreement(n, withService));
    expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    // One line: a clause wrapped by nothing, table cells between pipes.
    return generateMarkdown(built.document.parseResult.value, [language]).replace(/ {2,}/g, ' ');
}

/** A Russian noun's form for each number: nominative singular, genitive singular, genitive plural. */
function ru(one: string, few: string, many: string): Record<Count, string> {
    return { 1: one, 2: few, 5: many, 11: many, 21: one, 22: few, 25: many };
}

describe('numbers and the words that count them', () => {
    describe.each(NUMBERS)('%i', (n) => {
        it('Russian: one, few and many forms, in the case of the sentence', async () => {
            const text = await contract(n, 'ru');
            const month = ru('месяц', 'месяца', 'месяцев');
            const minute = ru('минута', 'минуты', 'минут');
            const hour = ru('час', 'часа', 'часов');
            const day = ru('день', 'дня', 'дней');
            const businessDay = ru('рабочий день', 'рабочих дня', 'рабочих дней');
            // After `не менее` the genitive: singular for one (`21 запроса`), plural otherwise.
            const requestsGenitive = ru('запроса', 'запросов', 'запросов');
            expect(text).toContain(`**Срок действия:** ${n} ${month[n]}`);
            expect(text).toContain(`(интервал между проверками: ${n} ${minute[n]}; точек проверки: ${n})`);
            expect(text).toContain(`минимальный срок уведомления — ${n} ${hour[n]}`);
            expect(text).toContain(`с предельной продолжительностью ${n} ${hour[n]} в месяц`);
            expect(text).toContain(`| ${n} ${hour[n]} | по возможности | по истечении срока: ${n} ${hour[n]} |`);
            expect(text).toContain(`(целевое время восстановления): ${n} ${minute[n]}.`);
            expect(text).toContain(`обслуживает не менее ${n} ${requestsGenitive[n]} в секунду.`);
            expect(text).toContain(`в течение срока: ${n} ${businessDay[n]}.`);
            expect(text).toContain(`в течение срока (${n} ${day[n]})`);
            expect(text).toContain(`(период: месяц; периодов в ряду: ${n}; из них с таким показателем: ${n})`);
            expect(text).toContain(`(период: месяц; количество: ${n})`);
            // `каждые` would need the accusative (`каждую минуту`): the interval is a label's value instead.
            expect(text).not.toContain('каждые');
            expect(text).not.toMatch(/\b(months?|quarters?|years?)\b/);
        });

        it('Russian: a table cell in the nominative', async () => {
            const text = await contract(n, 'ru', true);
            expect(text).toContain(`| ${n} ${ru('запрос', 'запроса', 'запросов')[n]} в минуту |`);
        });

        it('English: singular for one, plural otherwise', async () => {
            const text = await contract(n, 'en', true);
            const s = n === 1 ? '' : 's';
            expect(text).toContain(`by synthetic probes every ${n} minute${s} from ${n} location${s}`);
            expect(text).toContain(`| ${n} request${s} per minute |`);
            expect(text).toContain(`in any ${n} of ${n} consecutive months`);
            expect(text).toContain(`in ${n} consecutive months.`);
            expect(await contract(n, 'en')).toContain(`will serve at least ${n} request${s} per second.`);
        });

        it('Indonesian: one form, the unit in Indonesian', async () => {
            const text = await contract(n, 'id');
            expect(text).toContain(`dengan probe sintetis setiap ${n} menit dari ${n} lokasi`);
            expect(text).toContain(`sekurang-kurangnya ${n} permintaan per detik.`);
            expect(text).toContain(`dalam ${n} dari ${n} bulan berturut-turut.`);
            expect(text).toContain(`selama ${n} bulan berturut-turut.`);
            expect(text).not.toMatch(/\b(months?|quarters?|years?)\b/);
        });

        it('Chinese: the measure word where Chinese counts with one', async () => {
            const text = await contract(n, 'zh');
            expect(text).toContain(`从${n}个地点每${n}分钟发起的合成探测`);
            expect(text).toContain(`每秒至少处理${n}个请求。`);
            expect(text).toContain(`如在任意连续${n}个月中有${n}个月的`);
            expect(text).toContain(`连续${n}个月`);
            expect(text).not.toMatch(/(months?|quarters?|years?)/);
        });
    });

    it("counts in the agreement's own period, and Chinese counts years without a measure word", async () => {
        const yearly = agreement(3, false).replace('period monthly', 'period yearly').replace('of 3 months', 'of 3 years');
        const built = await build(yearly);
        expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        const root = built.document.parseResult.value;
        expect(generateMarkdown(root, ['zh'])).toContain('如在任意连续3年中有3年的');
        expect(generateMarkdown(root, ['zh'])).toContain('连续3年');
        expect(generateMarkdown(root, ['zh'])).not.toContain('个年');
        expect(generateMarkdown(root, ['ru'])).toContain('(период: год; количество: 3)');
        expect(generateMarkdown(root, ['id'])).toContain('selama 3 tahun berturut-turut.');
        expect(generateMarkdown(root, ['en'])).toContain('in 3 consecutive years.');
    });

    it.each([1, 2, 21])('Russian names %i tiers without credits or response times in the plural unless there is one', async (count) => {
        const extra = Array.from({ length: count }, (_, i) => `    tier T${i + 1} {\n        availability 99%\n    }\n`).join('');
        const built = await build(agreement(5, false).replace(/\n}\n$/, `\n${extra}}\n`));
        expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        const text = generateMarkdown(built.document.parseResult.value, ['ru']);
        const noun = count === 1 ? 'тарифа' : 'тарифов';
        expect(text).toContain(`Компенсации не предусмотрены для ${noun} T1`);
        expect(text).toContain(`Сроки реакции не установлены для ${noun} T1`);
    });

    it.each([
        ['1.0', '1,0 часа', '1.0 hours'],
        ['21.0', '21,0 часа', '21.0 hours'],
        ['1.5', '1,5 часа', '1.5 hours'],
        ['2.0', '2,0 часа', '2.0 hours'],
    ])('a figure written with decimals (%s h) takes the form of a fraction', async (figure, russian, english) => {
        const built = await build(agreement(5, false).replace('notice 5 h', `notice ${figure} h`));
        expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        const root = built.document.parseResult.value;
        expect(generateMarkdown(root, ['ru'])).toContain(`минимальный срок уведомления — ${russian}`);
        expect(generateMarkdown(root, ['en'])).toContain(`announced at least ${english} in advance`);
        expect(generateMarkdown(root, ['id'])).toContain(`${figure.replace('.', ',')} jam`);
    });

    it("a term written with decimals reads with the language's decimal sign and a fraction's form", async () => {
        const built = await build(agreement(5, false).replace('term 5 months', 'term 1.5 years'));
        expect(built.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
        const root = built.document.parseResult.value;
        expect(generateMarkdown(root, ['ru'])).toContain('**Срок действия:** 1,5 года');
        expect(generateMarkdown(root, ['id'])).toContain('1,5 tahun');
        expect(generateMarkdown(root, ['en'])).toContain('1.5 years');
    });
});
