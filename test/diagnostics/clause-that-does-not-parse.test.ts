import { describe, expect, it } from 'vitest';
import { build, readExample } from '../helpers/services.js';

/**
 * Issue "Trust in every word", items 9 and 13: a clause that does not parse is reported once, by
 * the parser, and nothing else is inferred from it. Each case breaks one clause of the clean
 * example with the issue's own snippet.
 */
const acme = readExample('acme-tiers.sla');
const firstBracket = 'credit 5%  when availability below 99.9% and at least 99.5%';

function replaced(from: string, to: string): string {
    expect(acme).toContain(from);
    return acme.replace(from, to);
}

function lineOf(text: string, snippet: string): number {
    return text.slice(0, text.indexOf(snippet)).split('\n').length - 1;
}

async function diagnosticsOf(text: string) {
    const { diagnostics } = await build(text);
    return diagnostics.map((d) => ({ line: d.range.start.line, code: String(d.code), message: d.message }));
}

describe('a clause that does not parse', () => {
    it('`between … and …` in a bracket: one syntax error, no bracket-above-target or bracket-overlap from "availability ≥ 0%"', async () => {
        const snippet = 'credit 5% when availability between 99.5% and 99.8%';
        const text = replaced(firstBracket, snippet);
        const found = await diagnosticsOf(text);
        expect(found).toEqual([
            { line: lineOf(text, snippet), code: 'syntax-error', message: 'Expected one of `below`, `above` or `at` but found `between`.' },
        ]);
        expect(JSON.stringify(found)).not.toMatch(/≥ 0%|bracket-/);
    });

    it('`if` for `when`: one syntax error, no duplicate-clause, nothing "after the end of the agreement"', async () => {
        const snippet = 'credit 5% if availability below 99.9%';
        const text = replaced(firstBracket, snippet);
        const found = await diagnosticsOf(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ line: lineOf(text, snippet), code: 'syntax-error' });
        expect(found[0].message).toMatch(/`if`/);
        expect(found.map((d) => d.code)).not.toContain('duplicate-clause');
        expect(JSON.stringify(found)).not.toMatch(/after the end of the agreement/);
    });

    it('the brackets after the broken one are still checked: a real overlap below it is reported', async () => {
        const text = replaced(
            'credit 10% when availability below 99.5% and at least 99.0%',
            'credit 10% when availability below 99.5% and at least 98.0%',
        ).replace(firstBracket, 'credit 5% if availability below 99.9%');
        const codes = (await diagnosticsOf(text)).map((d) => d.code).sort();
        expect(codes).toEqual(['bracket-overlap', 'bracket-overlap', 'syntax-error']);
    });

    it('no missing-claims beside a lexer error', async () => {
        const withoutClaims = acme.replace(/\n {4}claims \{[^}]*\}\n/, '\n');
        expect(withoutClaims).not.toContain('claims {');
        // Without the lexer error the warning is real…
        expect((await diagnosticsOf(withoutClaims)).map((d) => d.code)).toEqual(['missing-claims']);
        // …beside one, the skipped characters could have been anything: only the lexer error is reported.
        const text = withoutClaims.replace('provider "Acme Cloud, Inc."', 'provider "Acme Cloud, Inc." §');
        const found = await diagnosticsOf(text);
        expect(found.map((d) => d.code)).toEqual(['syntax-error']);
        expect(found[0].message).toMatch(/Unexpected character `§`/);
    });

    it('an unknown word between clauses is reported once and the block goes on', async () => {
        const text = replaced('    maintenance excluded', '    uptime 99%');
        const found = await diagnosticsOf(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ line: lineOf(text, 'uptime 99%'), code: 'syntax-error' });
    });

    it('a severity that does not parse: the response lines naming it are not "unknown severity"', async () => {
        const text = replaced('critical "System down or unusable for all users"', 'critical: "System down or unusable for all users"');
        const found = await diagnosticsOf(text);
        expect(found.map((d) => d.code)).toEqual(['syntax-error']);
    });
});
