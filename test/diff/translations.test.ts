import { describe, expect, it } from 'vitest';
import { sla } from '../helpers/cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { compare } from './diff-helpers.js';

/** Every clause whose author's text may be given per language, most with a translation. */
const TRANSLATED = `
sla "Translated" {
    provider "Example Vendor"
    customer "Example Customer"
    scope "The hosted platform" in id "Platform yang di-hosting" in ru "Размещённая платформа"
    service API "Public REST API" in ru "Публичный REST API"
    service Console
    measurement {
        period monthly
        downtime "A minute without an answer" in id "Satu menit tanpa jawaban" in ru "Минута без ответа"
    }
    severities {
        critical "Down" in ru "Недоступно"
        high "Slow"
    }
    definitions {
        incident "An unplanned interruption" in id "Gangguan yang tidak direncanakan"
    }
    exclusions {
        scheduled-maintenance "Sundays 01:00-05:00 UTC" in ru "По воскресеньям 01:00-05:00 UTC" notice 2 days
        customer-caused "Outages the customer causes" in id "Gangguan yang disebabkan pelanggan"
        "Outages of the customer's own network" in ru "Сбои собственной сети Заказчика"
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

/** The document with textual edits applied; each edit must change the text, or the test is wrong. */
function translated(...edits: Array<[from: string, to: string]>): string {
    let text = TRANSLATED;
    for (const [from, to] of edits) {
        const next = text.replace(from, to);
        if (next === text) throw new Error(`edit did not apply: ${from}`);
        text = next;
    }
    return text;
}

describe("sla diff: the author's text per language", () => {
    it('a document compared with itself has no change, its translations included', async () => {
        expect(await compare(TRANSLATED, TRANSLATED)).toEqual([]);
    });

    it.each([
        {
            what: 'the scope in Russian reworded',
            edit: ['"Размещённая платформа"', '"Размещённая платформа Исполнителя"'],
            clause: 'scope in ru',
            change: 'changed',
            old: 'Размещённая платформа',
            new: 'Размещённая платформа Исполнителя',
        },
        {
            what: 'the Indonesian definition of Downtime reworded',
            edit: ['"Satu menit tanpa jawaban"', '"Satu menit tanpa jawaban apa pun"'],
            clause: 'definition of Downtime in id',
            change: 'changed',
            old: 'Satu menit tanpa jawaban',
            new: 'Satu menit tanpa jawaban apa pun',
        },
        {
            what: "a service's description given in Chinese",
            edit: ['in ru "Публичный REST API"', 'in ru "Публичный REST API" in zh "公共 REST API"'],
            clause: 'service API in zh',
            change: 'added',
            old: null,
            new: '公共 REST API',
        },
        {
            what: "a severity's description in Russian removed",
            edit: [' in ru "Недоступно"', ''],
            clause: 'severity critical in ru',
            change: 'removed',
            old: 'Недоступно',
            new: null,
        },
        {
            what: 'a definition given in Russian',
            edit: [
                'in id "Gangguan yang tidak direncanakan"',
                'in id "Gangguan yang tidak direncanakan" in ru "незапланированный перерыв"',
            ],
            clause: 'definition of an incident in ru',
            change: 'added',
            old: null,
            new: 'незапланированный перерыв',
        },
        {
            what: 'the maintenance window in Russian changed',
            edit: ['"По воскресеньям 01:00-05:00 UTC"', '"По воскресеньям 02:00-05:00 UTC"'],
            clause: 'exclusion scheduled-maintenance in ru',
            change: 'changed',
            old: 'По воскресеньям 01:00-05:00 UTC',
            new: 'По воскресеньям 02:00-05:00 UTC',
        },
        {
            what: "a common exclusion's own wording given in Russian",
            edit: [
                'in id "Gangguan yang disebabkan pelanggan"',
                'in id "Gangguan yang disebabkan pelanggan" in ru "Сбои по вине Заказчика"',
            ],
            clause: 'exclusion customer-caused in ru',
            change: 'added',
            old: null,
            new: 'Сбои по вине Заказчика',
        },
        {
            what: "an exclusion in the author's words, its Russian reworded",
            edit: ['"Сбои собственной сети Заказчика"', '"Сбои в собственной сети Заказчика"'],
            clause: `exclusion "Outages of the customer's own network" in ru`,
            change: 'changed',
            old: 'Сбои собственной сети Заказчика',
            new: 'Сбои в собственной сети Заказчика',
        },
        {
            what: 'what a claim contains, in Russian',
            edit: ['"Номер инцидента"', '"Номер и описание инцидента"'],
            clause: 'what a claim contains in ru',
            change: 'changed',
            old: 'Номер инцидента',
            new: 'Номер и описание инцидента',
        },
        {
            what: 'claim verification in Indonesian removed',
            edit: [' in id "Diperiksa terhadap catatan Penyedia"', ''],
            clause: 'claim verification in id',
            change: 'removed',
            old: 'Diperiksa terhadap catatan Penyedia',
            new: null,
        },
    ] as const)('$what: one change to read, "$clause"', async ({ edit, clause, change, old, new: now }) => {
        const changes = await compare(TRANSLATED, translated(edit as unknown as [string, string]));
        expect(changes).toEqual([
            {
                tier: null,
                term: expect.stringMatching(/-translation$/),
                clause,
                change,
                old,
                new: now,
                favours: 'unclear',
                rule: "the author's text in another language: no rule can weigh it, read it",
                impact: change === 'removed' ? [`the contract text in ${clause.slice(-2)} now states the author's own text`] : [],
                inheritedFrom: { old: null, new: null },
            },
        ]);
    });

    it("a latency's description in Russian is a change of each service the tier-wide commitment reaches", async () => {
        const changes = await compare(TRANSLATED, translated(['"Запросы к API"', '"Запросы к API Исполнителя"']));
        const row = { term: 'latency-translation', clause: 'latency p95 in ru', old: 'Запросы к API', new: 'Запросы к API Исполнителя' };
        expect(changes).toMatchObject([
            { tier: 'Gold, service API', ...row },
            { tier: 'Gold, service Console', ...row },
        ]);
    });

    it('a translation inherited by a tier that extends another is reported there, marked inherited', async () => {
        const withPlatinum = (text: string) =>
            text.replace('    claims {', '    tier Platinum extends Gold {\n        availability 99.95%\n    }\n    claims {');
        const changes = await compare(
            withPlatinum(TRANSLATED),
            withPlatinum(translated(['"Запросы к API"', '"Запросы к API Исполнителя"'])),
        );
        expect(changes.filter((c) => c.tier?.startsWith('Platinum'))).toMatchObject([
            { tier: 'Platinum, service API', clause: 'latency p95 in ru', inheritedFrom: { old: 'Gold', new: 'Gold' } },
            { tier: 'Platinum, service Console', clause: 'latency p95 in ru', inheritedFrom: { old: 'Gold', new: 'Gold' } },
        ]);
    });

    it('the English text reworded while its translation stays is one change, of the English text', async () => {
        const changes = await compare(
            TRANSLATED,
            translated(['incident "An unplanned interruption"', 'incident "An unplanned interruption of the service"']),
        );
        expect(changes.map((c) => [c.clause, c.old, c.new])).toEqual([
            ['definition of an incident', 'An unplanned interruption', 'An unplanned interruption of the service'],
        ]);
    });

    it('a clause removed takes its translations with it, each listed (those to read first)', async () => {
        const changes = await compare(
            TRANSLATED,
            translated([`        "Outages of the customer's own network" in ru "Сбои собственной сети Заказчика"\n`, '']),
        );
        expect(changes.map((c) => [c.clause, c.change, c.favours, c.impact])).toEqual([
            [`exclusion "Outages of the customer's own network" in ru`, 'removed', 'unclear', []],
            [`exclusion "Outages of the customer's own network"`, 'removed', 'customer', []],
        ]);
    });
});

describe("sla diff on the author's text per language, through the CLI", () => {
    const after = translated(
        ['"Размещённая платформа"', '"Размещённая платформа Исполнителя"'],
        [' in id "Diperiksa terhadap catatan Penyedia"', ''],
    );

    it('prints each translation changed as a change to read, with the text per language', () => {
        const { dir, file } = tempFolder('sla-diff-translations-');
        file('old.sla', TRANSLATED);
        file('new.sla', after);
        const result = sla(['diff', 'old.sla', 'new.sla'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(
            [
                'Changes from old.sla to new.sla',
                '2 changes: 2 to read.',
                '',
                'Agreement',
                '  [to read] scope in ru: Размещённая платформа → Размещённая платформа Исполнителя',
                '  [to read] claim verification in id: removed: Diperiksa terhadap catatan Penyedia',
                "      the contract text in id now states the author's own text",
                '',
            ].join('\n'),
        );
    });

    it('gives them in JSON with their term, texts and rule, and --fail-on any stops on them', () => {
        const { dir, file } = tempFolder('sla-diff-translations-');
        file('old.sla', TRANSLATED);
        file('new.sla', after);
        const result = sla(['diff', 'old.sla', 'new.sla', '--format', 'json', '--fail-on', 'any'], { cwd: dir });
        expect(result.status).toBe(1);
        const json = JSON.parse(result.stdout);
        expect(json.counts).toEqual({ provider: 0, unclear: 2, customer: 0 });
        expect(json.changes).toEqual([
            {
                tier: null,
                term: 'scope-translation',
                clause: 'scope in ru',
                change: 'changed',
                old: 'Размещённая платформа',
                new: 'Размещённая платформа Исполнителя',
                favours: 'unclear',
                rule: "the author's text in another language: no rule can weigh it, read it",
                impact: [],
                inheritedFrom: { old: null, new: null },
            },
            {
                tier: null,
                term: 'claim-verification-translation',
                clause: 'claim verification in id',
                change: 'removed',
                old: 'Diperiksa terhadap catatan Penyedia',
                new: null,
                favours: 'unclear',
                rule: "the author's text in another language: no rule can weigh it, read it",
                impact: ["the contract text in id now states the author's own text"],
                inheritedFrom: { old: null, new: null },
            },
        ]);
    });

    it('--format redline marks the translation in the contract text of the language the document declares', () => {
        const { dir, file } = tempFolder('sla-diff-translations-');
        const inRussian = (text: string) =>
            text.replace('    customer "Example Customer"\n', '    customer "Example Customer"\n    language ru\n');
        file('old.sla', inRussian(TRANSLATED));
        file('new.sla', inRussian(translated(['"По воскресеньям 01:00-05:00 UTC"', '"По воскресеньям 02:00-05:00 UTC"'])));
        const result = sla(['diff', 'old.sla', 'new.sla', '--format', 'redline'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('По воскресеньям <del>01:00-05:00</del><ins>02:00-05:00</ins> UTC');
        expect(result.stdout).not.toContain('Sundays');
    });

    it('--format redline of a document in English marks nothing for a Russian translation changed', () => {
        const { dir, file } = tempFolder('sla-diff-translations-');
        file('old.sla', TRANSLATED);
        file('new.sla', translated(['"По воскресеньям 01:00-05:00 UTC"', '"По воскресеньям 02:00-05:00 UTC"']));
        const result = sla(['diff', 'old.sla', 'new.sla', '--format', 'redline'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Sundays 01:00-05:00 UTC');
        expect(result.stdout).not.toMatch(/<del>|<ins>/);
    });
});
