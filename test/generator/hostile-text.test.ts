import { describe, expect, it } from 'vitest';
import { generateJson, generateMarkdown, hasErrors, type SlaJson } from '../../packages/language/src/index.js';
import { build } from '../helpers/services.js';
import { allTokens, inlineText, markdownIt, parse, tables } from './markdown-tokens.js';
import { schemaErrors } from './schema.js';

/**
 * Text that would break naive Markdown: table pipes, code, raw HTML, a heading marker at the start,
 * links, emphasis, entities, bare URLs, GitHub math and strikethrough, quotes and backslashes,
 * non-Latin scripts and emoji. Each free-text field gets its own copy, tagged with the field name.
 */
function hostile(field: string): string {
    return (
        `# ${field} | a|b \`code\` <script>alert("x")</script> <!-- c --> [x](y) ![i](j) *star* _under_ **bold** ` +
        `"double" 'single' back\\slash \\* C:\\dir\\ &amp; &#65; https://evil.example www.evil.example a@evil.example ` +
        `$x$ ~~strike~~ 日本語 العربية Ελληνικά 🚀👍🏽 > quote - dash 1. one`
    );
}

/** A string literal of the language: `\"` and `\\` are its only escapes. */
function sla(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const FIELDS = [
    'title',
    'provider',
    'customer',
    'scope',
    'downtime',
    'severity',
    'window',
    'third-party',
    'custom',
    'latency',
    'verification',
] as const;
type Field = (typeof FIELDS)[number];
const text = Object.fromEntries(FIELDS.map((f) => [f, hostile(f)])) as Record<Field, string>;

const document = `
sla ${sla(text.title)} {
    provider ${sla(text.provider)}
    customer ${sla(text.customer)}
    currency USD
    scope ${sla(text.scope)}
    measurement {
        period monthly
        downtime ${sla(text.downtime)}
    }
    severities {
        critical ${sla(text.severity)}
    }
    exclusions {
        scheduled-maintenance ${sla(text.window)} notice 72 h
        third-party ${sla(text['third-party'])}
        ${sla(text.custom)}
    }
    tier Standard {
        price 100 per month
        availability 99.9%
        latency p95 300 ms ${sla(text.latency)}
        support 24x7
        response critical within 4 h
        credits {
            credit 10% when availability below 99.9%
            cap 25%
        }
    }
    claims {
        window 30 days
        applied-to next-invoice
        verification ${sla(text.verification)}
    }
}`;

async function outputs(): Promise<{ json: string; markdown: string }> {
    const built = await build(document);
    expect(built.diagnostics.filter((d) => d.severity === 1).map((d) => d.message)).toEqual([]);
    expect(hasErrors(built.diagnostics)).toBe(false);
    const agreement = built.document.parseResult.value;
    return { json: generateJson(agreement), markdown: generateMarkdown(agreement) };
}

describe('hostile text in every free-text field', () => {
    it('comes back unchanged from the JSON', async () => {
        const json = JSON.parse((await outputs()).json) as SlaJson;
        expect(schemaErrors(json)).toEqual([]);
        const exclusion = (kind: string) => json.exclusions.find((e) => e.kind === kind) as Record<string, unknown>;
        expect({
            title: json.title,
            provider: json.provider,
            customer: json.customer,
            scope: json.scope,
            downtime: json.measurement.downtime,
            severity: json.severities[0].description,
            window: exclusion('scheduled-maintenance').window,
            'third-party': exclusion('third-party').description,
            custom: exclusion('custom').description,
            latency: json.tiers[0].latency[0].description,
            verification: json.claims?.verification,
        }).toEqual(text);
    });

    it('reads back unchanged from the rendered Markdown', async () => {
        const tokens = parse((await outputs()).markdown);
        const blocks = tokens.filter((t) => t.type === 'inline').map(inlineText);
        for (const field of FIELDS) {
            expect(
                blocks.some((block) => block.includes(text[field])),
                field,
            ).toBe(true);
        }
    });

    it('opens no HTML element, link, image, code, emphasis, heading or extra table cell', async () => {
        const { markdown } = await outputs();
        const tokens = parse(markdown);
        const kinds = new Set(allTokens(tokens).map((t) => t.type));
        for (const kind of [
            'html_block',
            'html_inline',
            'link_open',
            'image',
            'code_inline',
            'code_block',
            'fence',
            'em_open',
            's_open',
            'blockquote_open',
            'bullet_list_open',
            'ordered_list_open',
        ]) {
            if (kind === 'bullet_list_open') continue; // the severity levels are a list of their own
            expect(kinds.has(kind), kind).toBe(false);
        }
        // Only the bold labels the generator writes: none opened by the author's `**bold**`.
        const strongTexts = tokens
            .filter((t) => t.type === 'inline')
            .flatMap((t) => (t.children ?? []).flatMap((child, i, all) => (child.type === 'strong_open' ? [all[i + 1]?.content] : [])));
        expect(strongTexts.every((s) => !s?.includes('bold'))).toBe(true);
        expect(tokens.filter((t) => t.type === 'heading_open').map((t) => t.tag)).toEqual(['h1', ...Array(7).fill('h2')]);
        for (const table of tables(tokens)) {
            for (const row of table.rows) expect(row).toHaveLength(table.header.length);
        }
        const html = markdownIt.render(markdown);
        expect(html).not.toMatch(/<(script|a|img|code|em|del|s)\b/);
        expect(html).not.toContain('<!--');
    });

    it('keeps the severity description inside its list item', async () => {
        const tokens = parse((await outputs()).markdown);
        const items = tokens.filter((t) => t.type === 'list_item_open');
        expect(items).toHaveLength(1);
    });
});
