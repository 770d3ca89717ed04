import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isGeneratedDocx } from '../../packages/language/src/index.js';
import { sla } from '../helpers/cli.js';
import { examplesFolder } from '../helpers/services.js';

function workspace(): string {
    const folder = mkdtempSync(join(tmpdir(), 'sla-word-cli-'));
    copyFileSync(join(examplesFolder, 'acme-tiers.sla'), join(folder, 'acme-tiers.sla'));
    return folder;
}

function documentText(docx: string): string {
    return strFromU8(unzipSync(readFileSync(docx))['word/document.xml'])
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
}

describe('sla build --format docx and --lang', () => {
    it('writes the Word document beside the file, with the marker, the same bytes each time', () => {
        const folder = workspace();
        const first = sla(['build', '--format', 'docx', join(folder, 'acme-tiers.sla')]);
        expect(first.stderr).toBe('');
        expect(first.status).toBe(0);
        expect(first.stdout).toContain('acme-tiers.docx');
        const bytes = readFileSync(join(folder, 'acme-tiers.docx'));
        expect(isGeneratedDocx(bytes)).toBe(true);
        expect(documentText(join(folder, 'acme-tiers.docx'))).toContain('Service Level Agreement');
        // Its own output is overwritten, with the same bytes.
        expect(sla(['build', '--format', 'docx', join(folder, 'acme-tiers.sla')]).status).toBe(0);
        expect(readFileSync(join(folder, 'acme-tiers.docx')).equals(bytes)).toBe(true);
    });

    it('writes the contract text and the Word document in Russian with --lang ru', () => {
        const folder = workspace();
        const result = sla(['build', '--format', 'markdown,docx', '--lang', 'ru', join(folder, 'acme-tiers.sla')]);
        expect(result.status).toBe(0);
        const markdown = readFileSync(join(folder, 'acme-tiers.md'), 'utf8');
        expect(markdown).toContain('# Acme Cloud Platform — Соглашение об уровне обслуживания');
        // Russian groups digits and sets off the percent sign with a no-break space.
        expect(markdown).toContain('| Premium    | 1\u00a0300,00 USD      | 99,95\u00a0%');
        expect(documentText(join(folder, 'acme-tiers.docx'))).toContain('Компенсация');
    });

    it('writes the language the document declares, and --lang overrides it', () => {
        const folder = workspace();
        const source = join(folder, 'acme-tiers.sla');
        writeFileSync(source, readFileSync(source, 'utf8').replace(/^(\s*provider .*)$/m, '$1\n    language zh'));
        expect(sla(['build', '--markdown', source]).status).toBe(0);
        expect(readFileSync(join(folder, 'acme-tiers.md'), 'utf8')).toContain('服务等级协议');
        expect(sla(['build', '--markdown', '--lang', 'id', source]).status).toBe(0);
        expect(readFileSync(join(folder, 'acme-tiers.md'), 'utf8')).toContain('Perjanjian Tingkat Layanan');
    });

    it('writes a bilingual edition with --lang en,id, closed by the governing-language clause', () => {
        const folder = workspace();
        expect(sla(['build', '--format', 'markdown,docx', '--lang', 'en,id', join(folder, 'acme-tiers.sla')]).status).toBe(0);
        const markdown = readFileSync(join(folder, 'acme-tiers.md'), 'utf8');
        expect(markdown).toContain('If the two texts differ, the text in English prevails.');
        expect(markdown).toContain('teks dalam bahasa Inggris yang berlaku.');
        const word = documentText(join(folder, 'acme-tiers.docx'));
        expect(word).toContain('1. Definitions');
        expect(word).toContain('1. Definisi');
    });

    it('refuses an unknown language, and a document declaring one, writing nothing', () => {
        const folder = workspace();
        const wrong = sla(['build', '--lang', 'fr', join(folder, 'acme-tiers.sla')]);
        expect(wrong.status).toBe(2);
        expect(wrong.stderr).toContain('--lang fr: unknown language fr (one of en, id, ru, zh)');
        const source = join(folder, 'acme-tiers.sla');
        writeFileSync(source, readFileSync(source, 'utf8').replace(/^(\s*provider .*)$/m, '$1\n    language fr'));
        const declared = sla(['build', '--format', 'docx', source]);
        expect(declared.status).toBe(1);
        expect(declared.stderr).toMatch(
            /acme-tiers\.sla:\d+:\d+: error invalid-value: The contract text can be written in `en`, `id`, `ru`, `zh`, not `fr`/,
        );
        expect(() => readFileSync(join(folder, 'acme-tiers.docx'))).toThrow();
    });

    it('will not overwrite a Word file it did not write', () => {
        const folder = workspace();
        writeFileSync(join(folder, 'acme-tiers.docx'), 'PK\u0003\u0004 a document someone wrote');
        const result = sla(['build', '--format', 'docx', join(folder, 'acme-tiers.sla')]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('acme-tiers.docx exists and was not written by sla');
        expect(readFileSync(join(folder, 'acme-tiers.docx'), 'utf8')).toBe('PK\u0003\u0004 a document someone wrote');
    });
});
