import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/** What each terminal looks like, in the words an SLA author would use. */
const terminalDescriptions: Record<string, string> = {
    STRING: 'a quoted text such as "…"',
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

/** "Did you mean `h`?" when the author wrote a familiar unit spelling where a unit is expected. */
function suggestion(expected: readonly string[], found: IToken): string {
    const unit = unitAliases[found.image.toLowerCase()];
    return unit && expected.includes(unit) ? ` Did you mean \`${unit}\`?` : '';
}

/**
 * Parser messages that name what was expected in the author's terms ("a percentage such as 99.9%")
 * rather than the grammar's (token of type 'PERCENT'), on one line.
 */
export class SlaParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        const hint =
            expected.name === 'PERCENT' && actual.tokenType?.name === 'NUMBER'
                ? ` Write \`${actual.image}%\`: the % sign follows the number directly.`
                : '';
        return `Expected ${describeTokenName(expected.name)} but found ${describeFound(actual)}.${hint}`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return `Unexpected ${describeFound(firstRedundant)} after the end of the agreement.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const names = firstTokenNames(expectedPathsPerAlt);
        return `Expected ${describeChoices(names)} but found ${describeFound(actual[0])}.${suggestion(names, actual[0])}`;
    }

    override buildEarlyExitMessage({
        expectedIterationPaths,
        actual,
    }: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
    }): string {
        const names = firstTokenNames([expectedIterationPaths]);
        return `Expected ${describeChoices(names)} but found ${describeFound(actual[0])}.${suggestion(names, actual[0])}`;
    }
}
