import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { isTranslation } from '../../packages/language/src/generated/ast.js';
import { build, exampleFiles, readExample, services } from '../helpers/services.js';
import { fuzzDocument } from '../fuzz/corpus.js';

/**
 * The two properties of issue "Trust in every word" that make its diagnostic defects impossible as
 * classes, over every example (and, for advice, a slice of the fuzz corpus):
 *
 * - damage stays local: breaking any one clause of a clean document (a wrong word, a missing
 *   token) leaves every diagnostic outside that clause unchanged, and the clause gets one syntax
 *   error, from the parser;
 * - advice keeps values: no message and no quick fix suggests text whose numbers differ from the
 *   author's, except a fix whose title says what it changes.
 */

interface Seen {
    line: number;
    character: number;
    code: string;
    message: string;
}

function seen(diagnostics: Diagnostic[]): Seen[] {
    return diagnostics
        .map((d) => ({ line: d.range.start.line, character: d.range.start.character, code: String(d.code), message: String(d.message) }))
        .sort((a, b) => a.line - b.line || a.character - b.character || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

/**
 * A clause: written on one line, directly inside a block or the agreement. The author's text in
 * another language after a block's own description (`service API "…" in id "…" {`) is part of the
 * block's opening line, not a clause of the block.
 */
function clauses(root: AstNode): AstNode[] {
    return AstUtils.streamAst(root)
        .filter((node) => {
            if (isTranslation(node)) return false;
            const cst = node.$cstNode;
            const container = node.$container;
            if (!cst || !container || cst.range.start.line !== cst.range.end.line) return false;
            return GrammarUtils.findNodeForKeyword(container.$cstNode, '{') !== undefined || container.$container === undefined;
        })
        .toArray();
}

/** The clause's tokens (no comments). */
function tokens(text: string, node: AstNode): Array<{ start: number; end: number }> {
    const cst = node.$cstNode!;
    return services.Sla.parser.Lexer.tokenize(text.slice(cst.offset, cst.end)).tokens.map((token) => ({
        start: cst.offset + token.startOffset,
        end: cst.offset + token.endOffset! + 1,
    }));
}

/** A wrong first word, and the clause without its last token or its second. */
function breaks(text: string, node: AstNode): string[] {
    const parts = tokens(text, node);
    const variants = [text.slice(0, parts[0].start) + 'xyzzy' + text.slice(parts[0].end)];
    if (parts.length > 1) {
        const last = parts[parts.length - 1];
        variants.push(text.slice(0, last.start) + text.slice(last.end));
        variants.push(text.slice(0, parts[1].start) + text.slice(parts[1].end));
    }
    return variants;
}

const cleanExamples: string[] = [];
for (const name of exampleFiles()) {
    const text = readExample(name);
    if (!/\/\/\s*expect:/.test(text)) cleanExamples.push(name);
}

describe.each(cleanExamples)('damage stays local in %s', (name) => {
    it('breaking any one clause changes no diagnostic outside it, and the clause gets one syntax error', async () => {
        const text = readExample(name);
        const original = await build(text);
        const before = seen(original.diagnostics);
        expect(before.filter((d) => d.code === 'syntax-error')).toEqual([]);
        let broken = 0;
        for (const clause of clauses(original.document.parseResult.value)) {
            const line = clause.$cstNode!.range.start.line;
            for (const variant of breaks(text, clause)) {
                const after = seen((await build(variant)).diagnostics);
                const onLine = after.filter((d) => d.line === line);
                if (!onLine.some((d) => d.code === 'syntax-error')) continue; // still valid: nothing was broken
                broken++;
                const where = `${name}:${line + 1} broken as ${JSON.stringify(variant.split('\n')[line].trim())}`;
                expect(
                    onLine.map((d) => d.code),
                    where,
                ).toEqual(['syntax-error']);
                expect(
                    after.filter((d) => d.line !== line),
                    where,
                ).toEqual(before.filter((d) => d.line !== line));
            }
        }
        expect(broken).toBeGreaterThan(10);
    }, 300_000);
});

/**
 * Numbers as they are, whatever their form: `99.90` and `99.9` are the same number, and so is
 * `99,95` written with a decimal comma and `99.95`.
 */
function numbersIn(text: string): number[] {
    return [...text.replace(/(\d),(\d)/g, '$1.$2').matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
}

/** The text a message tells the author to write: after "Write" or "Did you mean", in backticks. */
function suggestedTexts(message: string): string[] {
    return [...message.matchAll(/(?:Write|write|Did you mean)\s+`([^`]+)`/g)].map((match) => match[1]);
}

/**
 * Fix titles that say what they change: "Set the cap to 50%", "Use 99.99% (…)", "Raise the credit
 * to 20%", and skeletons of missing blocks ("Add a tier"), whose figures are new text, not the author's.
 */
const SAYS_WHAT_IT_CHANGES = /^(Set|Use|Raise|Lower|Limit|Extend|Make the brackets meet|Remove|Add)\b/;

async function checkAdvice(text: string, where: string): Promise<number> {
    const { document, diagnostics } = await build(text);
    let checked = 0;
    for (const diagnostic of diagnostics) {
        const written = document.textDocument.getText({
            start: { line: diagnostic.range.start.line, character: 0 },
            end: { line: diagnostic.range.end.line + 1, character: 0 },
        });
        const authorNumbers = new Set(numbersIn(written));
        for (const suggestion of suggestedTexts(String(diagnostic.message))) {
            checked++;
            for (const number of numbersIn(suggestion)) {
                expect(
                    authorNumbers.has(number),
                    `${where}: "${diagnostic.message}" suggests ${number}, not written in ${JSON.stringify(written)}`,
                ).toBe(true);
            }
        }
        const actions =
            (await services.Sla.lsp.CodeActionProvider?.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic] },
            })) ?? [];
        for (const action of actions) {
            if (!('edit' in action) || !action.edit?.changes) continue;
            checked++;
            const newTexts = Object.values(action.edit.changes).flatMap((edits) => edits.map((edit) => edit.newText));
            const changes = newTexts.flatMap(numbersIn).filter((number) => !new Set(numbersIn(text)).has(number));
            if (changes.length > 0) {
                expect(action.title, `${where}: the fix "${action.title}" writes ${changes.join(', ')} without saying so`).toMatch(
                    SAYS_WHAT_IT_CHANGES,
                );
                if (!action.title.startsWith('Add'))
                    for (const number of changes) expect(numbersIn(action.title), `${where}: "${action.title}"`).toContain(number);
            }
        }
    }
    return checked;
}

describe('advice keeps values', () => {
    it.each(exampleFiles())(
        'in %s and its clauses broken one at a time',
        async (name) => {
            const text = readExample(name);
            await checkAdvice(text, name);
            const { document } = await build(text);
            for (const clause of clauses(document.parseResult.value).slice(0, 40)) {
                for (const variant of breaks(text, clause)) await checkAdvice(variant, `${name} (broken)`);
            }
        },
        300_000,
    );

    it('in the slips the issue names and in 200 documents of the fuzz corpus', async () => {
        const acme = readExample('acme-tiers.sla');
        const slips = [
            acme.replace('availability 99.9%\n', 'availability 99,95%\n'),
            acme.replace('credit 5%  when', 'credit 5000 USD when'),
            acme.replace('availability 99.9%\n', 'availability 99.9 %\n'),
            acme.replace('cap 25% of monthly fee', 'cap 150% of monthly fee'),
            acme.replace('response critical within 4 h', 'response critical within 4 m'),
        ];
        let checked = 0;
        for (const [index, slip] of slips.entries()) checked += await checkAdvice(slip, `slip ${index}`);
        for (let index = 0; index < 200; index++)
            checked += await checkAdvice(fuzzDocument(20261202, index).text, `fuzz 20261202/${index}`);
        expect(checked).toBeGreaterThan(20);
    }, 300_000);
});
