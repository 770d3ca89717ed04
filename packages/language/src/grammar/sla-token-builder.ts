import { AstUtils, DefaultTokenBuilder, GrammarAST, GrammarUtils, RegExpUtils, type Stream } from 'langium';
import { type IToken, type TokenType, type TokenVocabulary } from 'chevrotain';

/**
 * Langium's token builder, with one cost of start-up removed: to find which terminals a keyword
 * could also be the start of (`LONGER_ALT`: `at` vs the name `attic`), the default parses every
 * terminal's regex into a "partial" regex again for every keyword — about a hundred keywords
 * times ten terminals, each time from scratch. The partial regex of a terminal never changes, so
 * it is built once here, with the terminal's flags (Langium's own drops them, so a Unicode name
 * terminal would lose every keyword it can extend: `high` would lex as `h` and `igh`).
 */
export class SlaTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();
    /** Each terminal's regex: a Unicode one (`u` flag) reaches the lexer as a function, without a `source`. */
    private readonly terminalRegexes = new Map<string, RegExp>();

    override buildTokens(grammar: GrammarAST.Grammar, options?: { caseInsensitive?: boolean }): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const inline = tokens.find((token) => token.name === 'INLINE_STRING');
        const string = tokens.find((token) => token.name === 'STRING');
        if (inline && string) inlineStringAfter(inline, string, standardExclusionKinds(grammar));
        return tokens;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const regex = GrammarUtils.terminalRegex(terminal);
        this.terminalRegexes.set(terminal.name, regex);
        const token = super.buildTerminalToken(terminal);
        if (typeof token.PATTERN === 'function') {
            // Chevrotain cannot read a `u` regex, so Langium hands it a function, which turns off the
            // lexer's first-character index for every token: lexing ran four times slower. Telling it
            // the characters such a token can start with turns the index back on.
            token.START_CHARS_HINT = startCharacters(regex);
            // A name or percentile never spans lines; without this the lexer scans each one for line breaks.
            if (!/\\s|\\n|\\r|\[\^|\./.test(regex.source)) token.LINE_BREAKS = false;
        }
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((token) => {
            const pattern = this.terminalRegexes.get(token.name);
            if (!pattern?.source) return false;
            let partial = this.partials.get(pattern.source);
            if (!partial) {
                // With the terminal's flags: `\p{L}` (any letter) means a letter only under `u`.
                partial = RegExpUtils.partialRegExp(new RegExp('^' + pattern.source + '$', pattern.flags));
                this.partials.set(pattern.source, partial);
            }
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }
}

/**
 * Every character of the Basic Multilingual Plane that can start a match of the regex, and the
 * high surrogates (the first half of a letter outside that plane, such as most rare CJK ideographs:
 * the regex itself then decides).
 */
const startCharactersCache = new Map<string, string[]>();

function startCharacters(regex: RegExp): string[] {
    const key = `${regex.flags}/${regex.source}`;
    const cached = startCharactersCache.get(key);
    if (cached) return cached;
    const prefix = RegExpUtils.partialRegExp(new RegExp('^' + regex.source + '$', regex.flags));
    const starts: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const character = String.fromCharCode(code);
        if (prefix.test(character)) starts.push(character);
    }
    if (regex.flags.includes('u')) for (let code = 0xd800; code <= 0xdbff; code++) starts.push(String.fromCharCode(code));
    startCharactersCache.set(key, starts);
    return starts;
}

/** The kinds of a standard exclusion (`force-majeure`, …), read from the grammar's rule. */
function standardExclusionKinds(grammar: GrammarAST.Grammar): Set<string> {
    const rule = grammar.rules.find((r) => r.name === 'StandardExclusion');
    const keywords = rule ? (AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword) as Stream<GrammarAST.Keyword>) : undefined;
    return new Set(keywords?.map((keyword) => keyword.value).toArray() ?? []);
}

/**
 * A standard exclusion's description is quoted text on the kind's own line: `force-majeure "…"`.
 * Text on the next line is an exclusion of its own, so the lexer types a string INLINE_STRING only
 * right after a kind and with no line break between them (comments and spaces may stand between);
 * everywhere else it stays a STRING. INLINE_STRING is also a STRING (a category), so any clause
 * that takes a STRING takes it too.
 */
function inlineStringAfter(inline: TokenType, string: TokenType, kinds: ReadonlySet<string>): void {
    const literal = /"(\\.|[^"\\\r\n])*"/y;
    inline.PATTERN = {
        exec: (text: string, offset: number, matched: IToken[]) => {
            const previous = matched[matched.length - 1];
            if (!previous || !kinds.has(previous.image)) return null;
            if (/[\r\n]/.test(text.slice(previous.startOffset + previous.image.length, offset))) return null;
            literal.lastIndex = offset;
            return literal.exec(text);
        },
    };
    inline.START_CHARS_HINT = ['"'];
    inline.LINE_BREAKS = false;
    inline.CATEGORIES = [string];
}
