import { LangiumParserErrorMessageProvider, type Grammar } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { ExpectedWords } from './expected-words.js';
import { didYouMean } from './did-you-mean.js';

/** What each terminal looks like, in the words an SLA author would use. */
const terminalDescriptions: Record<string, string> = {
    STRING: 'a quoted text such as "…"',
    INLINE_STRING: 'a quoted text such as "…"',
    NUMBER: 'a number such as 1000',
    PERCENT: 'a percentage such as 99.9%',
    PERCENTILE: 'a percentile such as p95',
    DATE: 'a date such as 2026-01-01',
    CLOCK: 'a time of day such as 09:00',
    ID: 'a name',
};

/** Terminals are described in words; every other token type is a keyword, shown as written. */
export function describeTokenName(name: string): string {
    return terminalDescriptions[name] ?? `\`${name}\``;
}

function describeFound(token: IToken): string {
    return token.image === '' ? 'the end of the file' : `\`${token.image}\``;
}

/** Spellings of time units that authors write from habit, and the unit the language has for each. */
const unitAliases: Record<string, string> = {
    hr: 'h',
    hrs: 'h',
    mins: 'min',
    mn: 'min',
    secs: 's',
    msec: 'ms',
    msecs: 'ms',
    wk: 'w',
    wks: 'w',
};

function firstTokenNames(paths: TokenType[][][]): string[] {
    const names = new Set<string>();
    for (const alternative of paths) {
        for (const path of alternative) {
            // `m` is in the grammar only to be reported as ambiguous: never suggest it.
            if (path[0] && path[0].name !== 'm') names.add(path[0].name);
        }
    }
    return [...names];
}

function describeChoices(names: readonly string[]): string {
    const list = names.map(describeTokenName);
    return list.length <= 1 ? (list[0] ?? 'something else') : `one of ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/** The word as the author wrote it, up to the next space: `24/7` where the lexer read `24`. */
function writtenWord(input: string | undefined, token: IToken): string {
    if (input === undefined || !Number.isFinite(token.startOffset)) return token.image;
    return /^[^\s{}"]+/.exec(input.slice(token.startOffset))?.[0] ?? token.image;
}

/** "Did you mean `h`?" for a familiar unit spelling, a habit from other documents or a near miss. */
function suggestion(expected: readonly string[], found: IToken, input: string | undefined): string {
    if (found.image === '') return '';
    const unit = unitAliases[found.image.toLowerCase()];
    if (unit && expected.includes(unit)) return ` Did you mean \`${unit}\`?`;
    const keywords = expected.filter((name) => !(name in terminalDescriptions));
    const guess = didYouMean(writtenWord(input, found), keywords) ?? didYouMean(found.image, keywords);
    return guess ? ` Did you mean \`${guess}\`?` : '';
}

/**
 * What to write instead of a number where a percentage is expected, keeping its value: `99 %` and
 * a bare `99.9` at the end of a clause become `99%` and `99.9%`, `99,95%` (a decimal comma) becomes
 * `99.95%`. Nothing is suggested when a word follows: `5000 USD` is not a percentage of anything.
 */
function percentHint(actual: IToken, input: string | undefined): string {
    if (input === undefined || !Number.isFinite(actual.startOffset)) return '';
    const after = input.slice(actual.endOffset! + 1);
    const comma = /^,(\d+)%/.exec(after);
    if (comma) return ` Write \`${actual.image}.${comma[1]}%\` with a decimal point.`;
    if (/^[ \t]*(%|\r?\n|\}|$|\/\/|(when|and|of|over)(?![\p{L}\p{N}_-]))/u.test(after)) {
        return ` Write \`${actual.image}%\`: the % sign follows the number directly.`;
    }
    return '';
}

/**
 * Parser messages that name what was expected in the author's terms ("a percentage such as 99.9%")
 * rather than the grammar's (token of type 'PERCENT'), on one line.
 */
export class SlaParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private readonly expectedWords: ExpectedWords | undefined;
    /** The text being parsed (set by the parser before each parse): hints read what follows a token. */
    input: string | undefined;

    constructor(grammar?: Grammar) {
        super();
        this.expectedWords = grammar && new ExpectedWords(grammar);
    }

    override buildMismatchTokenMessage({ expected, actual, ruleName }: { expected: TokenType; actual: IToken; ruleName?: string }): string {
        // Where a block's `}` was expected, any of its clauses could have come instead: name them all.
        const choices = ruleName && this.expectedWords?.beforeKeyword(ruleName.replace(/\u200b$/, ''), expected.name);
        if (choices) {
            return `Expected ${describeChoices(choices)} but found ${describeFound(actual)}.${suggestion(choices, actual, this.input)}`;
        }
        const hint =
            expected.name === 'PERCENT' && actual.tokenType?.name === 'NUMBER'
                ? percentHint(actual, this.input)
                : suggestion([expected.name], actual, this.input);
        return `Expected ${describeTokenName(expected.name)} but found ${describeFound(actual)}.${hint}`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return `Unexpected ${describeFound(firstRedundant)} after the end of the agreement.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        // `observed 99.995%`: the first word fits, the second does not; say what may follow the first.
        const paths = expectedPathsPerAlt.flat();
        const matching = (path: TokenType[]) => {
            let length = 0;
            while (length < path.length && length < actual.length && path[length].name === actual[length].tokenType?.name) length++;
            return length;
        };
        const depth = Math.max(0, ...paths.map(matching));
        if (depth > 0 && depth < actual.length) {
            const next = [...new Set(paths.filter((path) => matching(path) === depth && path[depth]).map((path) => path[depth].name))];
            const after = actual
                .slice(0, depth)
                .map((token) => token.image)
                .join(' ');
            if (next.length > 0) {
                return `Expected ${describeChoices(next)} after \`${after}\` but found ${describeFound(actual[depth])}.${suggestion(next, actual[depth], this.input)}`;
            }
        }
        const names = firstTokenNames(expectedPathsPerAlt);
        return `Expected ${describeChoices(names)} but found ${describeFound(actual[0])}.${suggestion(names, actual[0], this.input)}`;
    }

    override buildEarlyExitMessage({
        expectedIterationPaths,
        actual,
    }: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
    }): string {
        const names = firstTokenNames([expectedIterationPaths]);
        return `Expected ${describeChoices(names)} but found ${describeFound(actual[0])}.${suggestion(names, actual[0], this.input)}`;
    }
}
