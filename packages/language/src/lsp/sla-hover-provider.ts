import {
    AstUtils,
    CstUtils,
    GrammarAST,
    GrammarUtils,
    isJSDoc,
    parseJSDoc,
    type AstNode,
    type CommentProvider,
    type LangiumDocument,
    type LeafCstNode,
    type MaybePromise,
} from 'langium';
import { serviceBlockOf, tierOf } from '../model/owners.js';
import { errorRateIntervalMarkdown, errorRateMarkdown } from './v2-hover-markdown.js';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams, Range } from 'vscode-languageserver';
import {
    isAgreement,
    isAvailability,
    isErrorRate,
    isErrorRateInterval,
    isBound,
    isBracket,
    isCap,
    isDuration,
    isObservedAvailability,
    isResponse,
    isSeverity,
    isTier,
    type Severity,
    type Tier,
} from '../generated/ast.js';
import { agreementPeriod, durationSeconds } from '../model/values.js';
import { availabilityMarkdown, bracketMarkdown, capMarkdown, durationMarkdown, severityMarkdown, tierMarkdown } from './hover-markdown.js';

/**
 * Hovers on what an SLA author reads as numbers and names (§7.1): availability figures
 * (downtime budgets), credit brackets and caps (what triggers them, what they pay), tiers
 * (effective commitments), severities (priority and targets) and durations (in plain units).
 *
 * Langium's default hover fires only on declarations, cross-references and documented keywords, so
 * `getHoverContent` is overridden to find the leaf under the cursor itself. Keywords without a
 * hover of their own show the documentation comment of their grammar rule.
 */
export class SlaHoverProvider extends AstNodeHoverProvider {
    protected readonly commentProvider: CommentProvider;

    constructor(services: LangiumServices) {
        super(services);
        this.commentProvider = services.documentation.CommentProvider;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden || offset >= leaf.end) return undefined;
        const literal = this.literalHover(leaf);
        if (literal) return literal;
        return (await super.getHoverContent(document, params)) ?? this.ruleDocumentation(leaf);
    }

    /** Tiers and severities, reached by Langium through their declarations and references. */
    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isTier(node)) return tierMarkdown(node);
        if (isSeverity(node)) return severityMarkdown(node);
        return undefined;
    }

    protected literalHover(leaf: LeafCstNode): Hover | undefined {
        const node = leaf.astNode;
        if (leaf.tokenType.name === 'PERCENT') {
            const value = Number(leaf.text.slice(0, -1));
            const agreement = AstUtils.findRootNode(node);
            const period = isAgreement(agreement) ? agreementPeriod(agreement) : 'monthly';
            if (isAvailability(node)) {
                const tier = tierOf(node)!;
                const service = serviceBlockOf(node)?.service?.$refText;
                const internal = GrammarUtils.findNodeForProperty(node.$cstNode, 'internal') === leaf;
                const who = `${internal ? 'internal objective' : 'committed'} by tier ${tier.name ?? '?'}${service ? ` for service ${service}` : ''}`;
                return markdown(availabilityMarkdown(value, leaf.text, period, who), leaf.range);
            }
            if (isErrorRate(node)) {
                const service = serviceBlockOf(node)?.service?.$refText;
                return markdown(
                    errorRateMarkdown(
                        value,
                        leaf.text,
                        `at most, committed by tier ${tierOf(node)?.name ?? '?'}${service ? ` for service ${service}` : ''}`,
                    ),
                    leaf.range,
                );
            }
            if (isBound(node) && node.$container.metric?.kind === 'error-rate') {
                return markdown(errorRateMarkdown(value, leaf.text, 'bound of an error-rate bracket'), leaf.range);
            }
            if (isErrorRateInterval(node)) {
                return markdown(
                    errorRateMarkdown(value, leaf.text, 'the share of failed requests that makes an interval Downtime'),
                    leaf.range,
                );
            }
            if (isObservedAvailability(node)) {
                return markdown(availabilityMarkdown(value, leaf.text, period, 'observed in production'), leaf.range);
            }
            if (isBound(node) && node.$container.metric?.kind === 'availability') {
                return markdown(availabilityMarkdown(value, leaf.text, period, 'bound of a credit bracket'), leaf.range);
            }
        }
        const duration = AstUtils.getContainerOfType(node, isDuration);
        if (duration?.$cstNode && isErrorRateInterval(duration.$container)) {
            const seconds = durationSeconds(duration);
            const agreement = AstUtils.findRootNode(node);
            if (seconds !== undefined && seconds > 0 && isAgreement(agreement)) {
                return markdown(
                    errorRateIntervalMarkdown(seconds, duration.$cstNode.text, agreementPeriod(agreement)),
                    duration.$cstNode.range,
                );
            }
        }
        if (duration?.$cstNode) return markdown(durationMarkdown(duration), duration.$cstNode.range);

        const tier = tierAt(leaf, node);
        if (tier) return markdown(tierMarkdown(tier), leaf.range);
        const severity = severityAt(leaf, node);
        if (severity) return markdown(severityMarkdown(severity), leaf.range);

        const cap = AstUtils.getContainerOfType(node, isCap);
        if (cap?.$cstNode) return markdown(capMarkdown(cap), cap.$cstNode.range);
        const bracket = AstUtils.getContainerOfType(node, isBracket);
        if (bracket?.$cstNode) return markdown(bracketMarkdown(bracket), bracket.$cstNode.range);
        return undefined;
    }

    /** A keyword's hover: the documentation comment of the grammar rule it belongs to. */
    protected ruleDocumentation(leaf: LeafCstNode): Hover | undefined {
        if (!GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
        const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule);
        const comment = rule && this.commentProvider.getComment(rule);
        if (!comment || !isJSDoc(comment)) return undefined;
        const content = parseJSDoc(comment).toMarkdown();
        return content ? markdown(content, leaf.range) : undefined;
    }
}

/** The tier named under the cursor, by its declaration or by `extends`. */
function tierAt(leaf: LeafCstNode, node: AstNode): Tier | undefined {
    if (!isTier(node)) return undefined;
    if (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') === leaf) return node;
    return node.parent?.$refNode === leaf ? node.parent.ref : undefined;
}

/** The severity named under the cursor, by its declaration or in a `response` line. */
function severityAt(leaf: LeafCstNode, node: AstNode): Severity | undefined {
    if (isSeverity(node)) return GrammarUtils.findNodeForProperty(node.$cstNode, 'name') === leaf ? node : undefined;
    return isResponse(node) && node.severity?.$refNode === leaf ? node.severity.ref : undefined;
}

function markdown(value: string, range: Range | undefined): Hover {
    return { contents: { kind: 'markdown', value }, range };
}
