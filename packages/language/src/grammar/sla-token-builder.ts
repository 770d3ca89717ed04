import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * Langium's token builder, with one cost of start-up removed: to find which terminals a keyword
 * could also be the start of (`LONGER_ALT`: `at` vs the name `attic`), the default parses every
 * terminal's regex into a "partial" regex again for every keyword — about a hundred keywords
 * times ten terminals, each time from scratch. The partial regex of a terminal never changes, so
 * it is built once here. Same tokens, same order, same result.
 */
export class SlaTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((token) => {
            const source = (token.PATTERN as RegExp | undefined)?.source;
            if (!source) return false;
            let partial = this.partials.get(source);
            if (!partial) {
                partial = RegExpUtils.partialRegExp('^' + source + '$');
                this.partials.set(source, partial);
            }
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }
}
