import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { redline, redlineMarkdown } from '../../packages/language/src/diff/index.js';
import { generateMarkdown } from '../../packages/language/src/generator/index.js';
import { build } from '../helpers/services.js';
import { acme, edited } from './diff-helpers.js';

async function contractOf(text: string): Promise<string> {
    const built = await build(text);
    return generateMarkdown(built.document.parseResult.value);
}

async function redlined(after: string): Promise<string> {
    return redlineMarkdown(redline(await contractOf(acme), await contractOf(after)));
}

const html = (markdown: string) => new MarkdownIt({ html: true }).render(markdown);

describe('redline of the contract text', () => {
    it('of identical versions marks nothing and is the contract text itself, without the generated-file marker', async () => {
        const contract = await contractOf(acme);
        const out = redlineMarkdown(redline(contract, contract));
        expect(out).not.toMatch(/<del>|<ins>/);
        expect(out).toBe(contract.slice(contract.indexOf('\n\n') + 2));
    });

    it('marks a changed figure word by word inside its clause, section numbers unmarked', async () => {
        const out = await redlined(edited(['window 30 days', 'window 60 days']));
        expect(out).toMatch(/\n6\.1 [^\n<]*within <del>30<\/del><ins>60<\/ins> days/);
        expect(out).toContain('## 6. Claims\n');
        expect(out.match(/<del>/g)).toHaveLength(1);
    });

    it('marks a changed table cell inside its cell: the table still renders with its rows', async () => {
        const out = await redlined(
            edited([
                'credit 10% when availability below 99.5% and at least 99.0%',
                'credit 5% when availability below 99.5% and at least 99.0%',
            ]),
        );
        expect(out).toMatch(/\| Less than 99\.5% but equal to or greater than 99\.0% \| <del>10%<\/del><ins>5%<\/ins>\s*\|/);
        const rendered = html(out);
        expect(rendered).toContain('<td><del>10%</del><ins>5%</ins></td>');
    });

    it('a clause removed is struck whole, and the renumbered clauses after it show old and new numbers', async () => {
        const out = await redlined(edited(['        ddos\n', '']));
        expect(out).toMatch(/\n<del>\(f\) [^<\n]*denial-of-service attacks;<\/del>\\\n/);
        expect(out).toMatch(/\n<del>\(g\)<\/del><ins>\(f\)<\/ins> [^<\n]*beta\./);
    });

    it('a table that gains a column is shown deleted whole, then inserted whole, as two tables', async () => {
        const out = await redlined(edited(['latency p95 300 ms', 'latency p95 300 ms\n        latency p99 900 ms']));
        const rendered = html(out);
        const section = rendered.slice(rendered.indexOf('2. Service Commitment'), rendered.indexOf('3. Support'));
        expect(section.match(/<table>/g)).toHaveLength(2);
        expect(section).toContain('<th><del>Latency (p95)</del></th>');
        expect(section).toContain('<th><ins>Latency (p99)</ins></th>');
    });

    it('never puts a mark around a cell separator, an emphasis marker or a line break', async () => {
        const out = await redlined(
            edited(
                ['provider "Acme Cloud, Inc."', 'provider "Acme Cloud | Ltd *"'],
                ['price 1000 per month', 'price 1100 per month'],
                ['        force-majeure\n', ''],
            ),
        );
        for (const marked of out.match(/<(del|ins)>[\s\S]*?<\/\1>/g) ?? []) {
            expect(marked).not.toMatch(/(^<\w+>\s)|(\s<\/\w+>$)/);
            expect(marked.replace(/\\./g, '')).not.toMatch(/\*\*|\\<|\n/);
        }
        // In a table row, no mark spans two cells.
        for (const row of out.split('\n').filter((line) => line.startsWith('|'))) {
            for (const cell of row.split(/(?<!\\)\|/))
                expect(cell.match(/<(del|ins)>/g)?.length ?? 0).toBe(cell.match(/<\/(del|ins)>/g)?.length ?? 0);
        }
        expect(html(out)).toContain('<strong>Provider:</strong> Acme <del>Cloud, Inc.</del><ins>Cloud | Ltd *</ins>');
    });
});
