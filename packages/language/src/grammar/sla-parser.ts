import { createLangiumParser, type AstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import {
    EOF,
    MismatchedTokenException,
    isRecognitionException,
    tokenMatcher,
    type IRecognitionException,
    type IToken,
    type TokenType,
} from 'chevrotain';
import { DamageRecorder } from './damage.js';
import { SlaParserErrorMessageProvider } from './sla-parser-messages.js';

/**
 * Langium's parser with error recovery that respects lines. An SLA clause is one line, so after a
 * syntax error the parser skips to the next line (or to a `}` closing the block) and carries on
 * with the clause written there. Chevrotain's default resynchronises at the first token that could
 * follow any rule on the stack: in `credit 5% if availability below 99.9%` that is `availability`,
 * which starts a tier clause, so the parser left the credits block, read a second availability
 * clause, and closed the tier and the agreement early — one slip, five errors, some of them false
 * (`duplicate-clause`, "after the end of the agreement").
 *
 * The parser also records which AST nodes a syntax error damaged (see damage.ts), so that checks
 * infer nothing from a clause that did not parse.
 */
export function createSlaParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    installLineRecovery(parser, services);
    return parser;
}

/** The parts of Langium's parser and chevrotain's engine that recovery touches (not public API). */
interface ParserInternals {
    wrapper: Engine;
    stack: AstNode[];
    nodeBuilder: { current: { content: unknown[] } };
}

interface Engine {
    LA(k: number): IToken;
    IS_RECORDING: boolean;
    recoveryEnabled: boolean;
    isBackTracking(): boolean;
    getLexerPosition(): number;
    doSingleRepetition(action: () => void): boolean;
    SKIP_TOKEN(): IToken;
    flattenFollowSet(): TokenType[];
    exportLexerState(): number;
    importLexerState(state: number): void;
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    errorMessageProvider: {
        buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string;
    };
    getCurrRuleFullName(): string;
    invokeRuleCatch(error: unknown, resyncEnabled: boolean, recoveryValue: (error: unknown) => unknown): unknown;
    tryInRuleRecovery(expected: TokenType, follows: TokenType[]): IToken;
    findReSyncTokenType(): TokenType;
    reSyncTo(tokenType: TokenType): IToken[];
    tryInRepetitionRecovery(rule: (...args: unknown[]) => void, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
    /** Where the last line-aware resynchronisation point was found (an offset into the input). */
    slaResyncOffset?: number;
}

const CLOSING_BRACE = '}';

function isEof(token: IToken): boolean {
    return token.tokenType === EOF;
}

/** The first token on its line (comments do not count): a clause can start there. */
function startsLine(previous: IToken, token: IToken): boolean {
    return isEof(previous) || previous.endLine === undefined || token.startLine === undefined || previous.endLine < token.startLine;
}

/** Where recovery may resume: a line's first token, a closing brace, or the end of the input. */
function isBoundary(engine: Engine, k: number): boolean {
    const token = engine.LA(k);
    return isEof(token) || token.image === CLOSING_BRACE || startsLine(engine.LA(k - 1), token);
}

function installLineRecovery(parser: LangiumParser, services: LangiumCoreServices): void {
    const internals = parser as unknown as ParserInternals;
    const engine = internals.wrapper;
    /** The innermost node being built, and those around it: damage lands on the deepest one kept in the tree. */
    const openNodes = (): AstNode[] => [...internals.stack];
    const damage = new DamageRecorder();
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: { rule?: string }) => {
        damage.start();
        const messages = services.parser.ParserErrorMessageProvider;
        if (messages instanceof SlaParserErrorMessageProvider) messages.input = input;
        const result = parse(input, options);
        damage.finish(result);
        return result;
    }) as typeof parser.parse;

    engine.findReSyncTokenType = function findReSyncTokenType(this: Engine): TokenType {
        const follows = this.flattenFollowSet();
        // A rule that failed on its very first token cannot resume there: it would fail again (and
        // the block around it would then close early). It resumes at the next line at the soonest.
        const progressed = internals.nodeBuilder.current.content.length > 0;
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            if (!isBoundary(this, k)) continue;
            if (k === 1 && !progressed && !isEof(token) && token.image !== CLOSING_BRACE) continue;
            const match = follows.find((type) => tokenMatcher(token, type));
            if (match !== undefined || isEof(token)) {
                // The end of the input has no offset of its own (chevrotain gives it -1).
                this.slaResyncOffset = isEof(token) ? Infinity : token.startOffset;
                return match ?? EOF;
            }
        }
    };

    engine.reSyncTo = function reSyncTo(this: Engine, tokenType: TokenType): IToken[] {
        const skipped: IToken[] = [];
        const target = this.slaResyncOffset;
        let next = this.LA(1);
        while (!isEof(next) && !(tokenMatcher(next, tokenType) && (target === undefined || next.startOffset >= target))) {
            this.SKIP_TOKEN();
            skipped.push(next);
            next = this.LA(1);
        }
        return skipped;
    };

    const invokeRuleCatch = engine.invokeRuleCatch;
    engine.invokeRuleCatch = function (this: Engine, error, resyncEnabled, recoveryValue) {
        const open = openNodes();
        const offset = isRecognitionException(error as Error) ? (error as IRecognitionException).token.startOffset : undefined;
        const result = invokeRuleCatch.call(this, error, resyncEnabled, recoveryValue);
        // Not rethrown: this rule absorbed the error, so the clause it was building is damaged.
        damage.damaged(open, offset);
        return result;
    };

    const tryInRuleRecovery = engine.tryInRuleRecovery;
    engine.tryInRuleRecovery = function (this: Engine, expected, follows) {
        const offset = this.LA(1).startOffset;
        const token = tryInRuleRecovery.call(this, expected, follows);
        // A token was invented or dropped to finish the clause: it parsed, but not as written.
        damage.damaged(openNodes(), offset);
        return token;
    };

    // A clause written inline in a block's loop (`partial minutes count as downtime`) has no rule of
    // its own to recover in: its error reached the block, which gave up and closed early. The
    // round of the loop that failed resumes at the next line of the block instead.
    const doSingleRepetition = engine.doSingleRepetition;
    engine.doSingleRepetition = function (this: Engine, action) {
        if (this.IS_RECORDING || !this.recoveryEnabled || this.isBackTracking()) return doSingleRepetition.call(this, action);
        const before = this.getLexerPosition();
        try {
            return doSingleRepetition.call(this, action);
        } catch (error) {
            if (!isRecognitionException(error as Error)) throw error;
            let k = 1;
            while (!isBoundary(this, k) || (k === 1 && this.getLexerPosition() === before)) k++;
            for (let skipped = 1; skipped < k; skipped++) this.SKIP_TOKEN();
            damage.unparsedInside(openNodes());
            return this.getLexerPosition() > before;
        }
    };

    engine.tryInRepetitionRecovery = function (this: Engine, rule, args, lookahead, expected) {
        this.findReSyncTokenType();
        const resyncAt = this.slaResyncOffset ?? Infinity;
        const saved = this.exportLexerState();
        const unexpected = this.LA(1);
        const report = () => {
            const message = this.errorMessageProvider.buildMismatchTokenMessage({
                expected,
                actual: unexpected,
                previous: this.LA(0),
                ruleName: this.getCurrRuleFullName(),
            });
            this.SAVE_ERROR(new MismatchedTokenException(message, unexpected, this.LA(0)));
            damage.unparsedInside(openNodes());
        };
        for (;;) {
            const token = this.LA(1);
            if (tokenMatcher(token, expected)) {
                report();
                return;
            }
            if (isBoundary(this, 1) && lookahead.call(this)) {
                report();
                rule.apply(this, args);
                return;
            }
            if (isEof(token) || token.startOffset >= resyncAt) break;
            this.SKIP_TOKEN();
        }
        // Nothing to resume at inside this block: leave it to the rule-level recovery.
        this.importLexerState(saved);
    };
}
