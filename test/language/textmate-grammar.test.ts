import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, GrammarAST, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles, readExample, services } from '../helpers/services.js';

/**
 * The hand-maintained TextMate grammar (syntaxes/sla.tmLanguage.json) against the Langium grammar
 * (packages/language/src/grammar/sla.langium), tokenized by VS Code's own engine (vscode-textmate on
 * Oniguruma). Every keyword Langium knows must get a scope, and every token Langium's lexer reads
 * in the examples must be scoped as what it is, so the two grammars cannot drift apart.
 */
const root = new URL('../../', import.meta.url);
const grammarPath = fileURLToPath(new URL('syntaxes/sla.tmLanguage.json', root));
const langiumGrammarText = readFileSync(fileURLToPath(new URL('packages/language/src/grammar/sla.langium', root)), 'utf8');

interface Token {
    text: string;
    start: number;
    scopes: string[];
}
let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName) =>
            scopeName === 'source.sla' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const loaded = await registry.loadGrammar('source.sla');
    if (!loaded) throw new Error('source.sla did not load');
    grammar = loaded;
});

/** Tokenizes lines in order, carrying the rule stack (block comments span lines). */
function tokenizeLines(lines: string[]): Token[][] {
    let stack = textmate.INITIAL;
    return lines.map((line) => {
        const result = grammar.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
    });
}

const tokenize = (line: string): Token[] => tokenizeLines([line])[0]!;

/** The scopes of the first token whose text is `text`. */
function scopesOf(line: string, text: string): string[] {
    const token = tokenize(line).find((t) => t.text === text);
    if (!token) throw new Error(`no token "${text}" in ${JSON.stringify(tokenize(line).map((t) => t.text))}`);
    return token.scopes;
}

/** Every keyword of sla.langium, read by Langium's own grammar language services. */
async function langiumKeywords(): Promise<string[]> {
    const grammarServices = createLangiumGrammarServices(EmptyFileSystem).grammar;
    const document = grammarServices.shared.workspace.LangiumDocumentFactory.fromString(
        langiumGrammarText,
        URI.parse('memory:/sla.langium'),
    );
    expect(document.parseResult.parserErrors).toEqual([]);
    const keywords = AstUtils.streamAllContents(document.parseResult.value)
        .filter(GrammarAST.isKeyword)
        .map((k) => k.value);
    return [...new Set(keywords)].sort();
}

const isName = (word: string) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(word);
const keywordScope = /^(storage\.type|keyword\.|constant\.language|invalid\.illegal|punctuation\.)/;

describe('the TextMate grammar covers the Langium grammar', () => {
    it('gives every keyword of sla.langium one token with a keyword scope', async () => {
        const keywords = await langiumKeywords();
        expect(keywords.length).toBeGreaterThan(90);
        for (const keyword of keywords) {
            const tokens = tokenize(keyword);
            expect(
                tokens.map((t) => t.text),
                keyword,
            ).toEqual([keyword]);
            expect(
                tokens[0]!.scopes.some((s) => keywordScope.test(s)),
                `${keyword}: ${tokens[0]!.scopes.join(' ')}`,
            ).toBe(true);
        }
    });

    it('does not highlight a keyword inside a name (names may contain - and _)', async () => {
        for (const keyword of (await langiumKeywords()).filter((k) => /^[A-Za-z0-9]/.test(k))) {
            const names = [`X-${keyword}`, `x_${keyword}`, ...(isName(keyword) ? [`${keyword}-x`, `${keyword}_2`] : [])];
            for (const name of names)
                expect(
                    tokenize(name).flatMap((t) => t.scopes),
                    name,
                ).toEqual(['source.sla']);
        }
    });

    it('scopes tier names in any script whole (Cyrillic, Chinese, Indonesian with diacritics)', () => {
        for (const [line, name] of [
            ['    tier Стандарт {', 'Стандарт'],
            ['    tier 黄金 extends Стандарт {', '黄金'],
            ['    tier 黄金 extends Стандарт {', 'Стандарт'],
            ['    tier Perusahaan_Ünggul extends 黄金 {', 'Perusahaan_Ünggul'],
        ])
            expect(scopesOf(line, name), `${name} in ${line}`).toContain('entity.name.type.tier.sla');
    });

    it('scopes every token the Langium lexer reads in the examples as what it is', () => {
        const lexer = services.Sla.parser.Lexer;
        for (const file of exampleFiles()) {
            const text = readExample(file);
            const lines = tokenizeLines(text.split(/\r?\n/));
            for (const token of lexer.tokenize(text).tokens) {
                const scopes = lines[token.startLine! - 1]!.find(
                    (t) => t.start <= token.startColumn! - 1 && token.startColumn! - 1 < t.start + t.text.length,
                )!.scopes;
                const where = `${file}:${token.startLine} ${token.image} (${token.tokenType.name}): ${scopes.join(' ')}`;
                const expected: Record<string, RegExp> = {
                    STRING: /^string\.quoted\.double\.sla$/,
                    // A standard exclusion's description on its kind's line: a string like any other.
                    INLINE_STRING: /^string\.quoted\.double\.sla$/,
                    PERCENT: /^constant\.numeric\.percentage\.sla$/,
                    NUMBER: /^constant\.numeric\.sla$/,
                    PERCENTILE: /^constant\.numeric\.percentile\.sla$/,
                    DATE: /^constant\.other\.date\.sla$/,
                    CLOCK: /^constant\.other\.time\.sla$/,
                };
                if (token.tokenType.name === 'ID') {
                    expect(
                        scopes.filter((s) => s !== 'source.sla' && s !== 'entity.name.type.tier.sla'),
                        where,
                    ).toEqual([]);
                } else if (expected[token.tokenType.name]) {
                    expect(
                        scopes.some((s) => expected[token.tokenType.name]!.test(s)),
                        where,
                    ).toBe(true);
                } else {
                    expect(token.tokenType.name, where).toBe(token.image); // a keyword
                    expect(
                        scopes.some((s) => keywordScope.test(s)),
                        where,
                    ).toBe(true);
                }
            }
        }
    });
});

describe('the TextMate grammar scopes SLA text', () => {
    it('percentages, durations and the ambiguous unit', () => {
        expect(scopesOf('    availability 99.95%', '99.95%')).toContain('constant.numeric.percentage.sla');
        expect(scopesOf('    availability 99.95%', 'availability')).toContain('keyword.other.clause.sla');
        expect(scopesOf('credit -5% when', '-5%')).toContain('constant.numeric.percentage.sla');
        expect(scopesOf('response critical within 4 h', '4')).toContain('constant.numeric.sla');
        expect(scopesOf('response critical within 4 h', 'h')).toContain('keyword.other.unit.sla');
        expect(scopesOf('response critical within 4 h', 'within')).toContain('keyword.operator.word.sla');
        expect(scopesOf('response critical within 4 h', 'critical')).toEqual(['source.sla']);
        expect(scopesOf('latency p95 500 ms', 'ms')).toContain('keyword.other.unit.sla');
        expect(scopesOf('latency p95 500 ms', 'p95')).toContain('constant.numeric.percentile.sla');
        expect(scopesOf('window 2 days', 'days')).toContain('keyword.other.unit.sla');
        expect(scopesOf('notice 4h', 'h')).toContain('keyword.other.unit.sla');
        expect(scopesOf('notice 4h', '4')).toContain('constant.numeric.sla');
        expect(scopesOf('response high within 5 m', 'm')).toContain('invalid.illegal.unit.ambiguous.sla');
        expect(scopesOf('response high within 5m', 'm')).toContain('invalid.illegal.unit.ambiguous.sla');
        expect(scopesOf('probe every 1 min from 3 locations', 'min')).toContain('keyword.other.unit.sla');
        expect(scopesOf('probe every 1 min from 3 locations', '3')).toContain('constant.numeric.sla');
    });

    it('strings with escapes, and comments', () => {
        const tokens = tokenize('downtime "a \\"quoted\\" text" // comment');
        const string = tokens
            .filter((t) => t.scopes.includes('string.quoted.double.sla'))
            .map((t) => t.text)
            .join('');
        expect(string).toBe('"a \\"quoted\\" text"');
        expect(tokens.filter((t) => t.scopes.includes('constant.character.escape.sla')).map((t) => t.text)).toEqual(['\\"', '\\"']);
        expect(
            tokens
                .filter((t) => t.scopes.includes('comment.line.double-slash.sla'))
                .map((t) => t.text)
                .join(''),
        ).toBe('// comment');
        expect(scopesOf('// comment', ' comment')).toContain('comment.line.double-slash.sla');
        expect(scopesOf('scope "C:\\\\Contracts" ', '\\\\')).toContain('constant.character.escape.sla');
        // A string ends at the end of its line, as the STRING terminal does.
        expect(tokenizeLines(['scope "open', 'tier X {'])[1]!.find((t) => t.text === 'tier')!.scopes).toContain('storage.type.tier.sla');
        const block = tokenizeLines(['/* a block', 'tier X { */ tier']);
        expect(block[1]!.find((t) => t.text.startsWith('tier X'))!.scopes).toContain('comment.block.sla');
        expect(block[1]!.at(-1)!.scopes).toContain('storage.type.block.sla');
    });

    it('tier names, block keywords, bound words, dates and clock ranges', () => {
        const line = 'tier Premium extends Standard {';
        expect(scopesOf(line, 'tier')).toContain('storage.type.tier.sla');
        expect(scopesOf(line, 'Premium')).toContain('entity.name.type.tier.sla');
        expect(scopesOf(line, 'extends')).toContain('keyword.other.extends.sla');
        expect(scopesOf(line, 'Standard')).toContain('entity.name.type.tier.sla');
        expect(scopesOf('tier Tier-2 extends Gold_1 {', 'Tier-2')).toContain('entity.name.type.tier.sla');
        for (const block of ['sla', 'measurement', 'capabilities', 'severities', 'exclusions', 'credits', 'claims']) {
            expect(scopesOf(`${block} {`, block)).toContain('storage.type.block.sla');
        }
        const bracket = 'credit 5% when availability below 99.9% and at least 99.5%';
        for (const word of ['when', 'below', 'and', 'at', 'least']) expect(scopesOf(bracket, word)).toContain('keyword.operator.word.sla');
        expect(scopesOf('credit 5% when availability above 99.0% and at most 99.9%', 'above')).toContain('keyword.operator.word.sla');
        expect(scopesOf('response high within 4 h, escalation after 8 h', 'after')).toContain('keyword.operator.word.sla');
        expect(scopesOf('effective 2026-01-01', '2026-01-01')).toContain('constant.other.date.sla');
        const support = 'support business-hours 09:00-17:00 customer-local';
        expect(scopesOf(support, '09:00')).toContain('constant.other.time.sla');
        expect(scopesOf(support, '-')).toContain('punctuation.separator.range.sla');
        expect(scopesOf(support, '17:00')).toContain('constant.other.time.sla');
        expect(scopesOf(support, 'business-hours')).toContain('constant.language.sla');
        expect(scopesOf('on-call 24x7', 'on-call')).toContain('keyword.other.clause.sla');
        expect(scopesOf('on-call 24x7', '24x7')).toContain('constant.language.sla');
        expect(scopesOf('    multi-region', 'multi-region')).toContain('constant.language.sla');
        expect(scopesOf('price 1000 per month', '1000')).toContain('constant.numeric.sla');
    });
});
