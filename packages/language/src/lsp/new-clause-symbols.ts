/**
 * The outline of the terms added in language v2 (services, calendars, holidays, definitions,
 * duties, the measurement rules, the terms of credits, and the tier clauses such as `error-rate`
 * or `termination`). Each clause is named by its leading keywords (`rpo`, `termination`,
 * `partial minutes`) and detailed by the rest of its tokens as written, so no value is reworded.
 */
import { GrammarUtils, isLeafCstNode, type AstNode, type CstNode } from 'langium';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { forEachCstNode } from '../model/values.js';

/** How many leading tokens name a clause; the rest is its detail. */
const NAME_TOKENS: Readonly<Record<string, number>> = {
    PartialMinutes: 2,
    FirstPeriod: 3,
    MinimumOutage: 2,
    ErrorRateInterval: 2,
    MissingData: 2,
    DataSource: 2,
    MeasuredHours: 2,
    MeasuredPer: 2,
    StatusPage: 2,
    IncidentReport: 2,
    ServiceReport: 2,
    SeverityAssignment: 3,
    MinimumCredit: 2,
    CreditTerm: 1,
};

/** The tokens of a node as written, single-spaced, comments left out. */
export function tokensOf(node: AstNode): string[] {
    const tokens: string[] = [];
    forEachCstNode(node.$cstNode, (cst: CstNode) => {
        if (isLeafCstNode(cst) && !cst.hidden) tokens.push(cst.text);
    });
    return tokens;
}

function joinTokens(tokens: string[]): string {
    return tokens.join(' ').replace(/ ,/g, ',');
}

/** A clause: named by its leading keywords, detailed by the rest as written. */
export function clauseSymbol(node: AstNode, children: DocumentSymbol[] = []): DocumentSymbol {
    const tokens = tokensOf(node).filter((t) => t !== '{' && t !== '}');
    const count = NAME_TOKENS[node.$type] ?? 1;
    const name = joinTokens(tokens.slice(0, count));
    const detail = children.length > 0 ? undefined : joinTokens(tokens.slice(count)) || undefined;
    return make(node, name, children.length > 0 ? SymbolKind.Object : SymbolKind.Field, detail, children);
}

/** A named block (`service API`, `calendar Office`, `holidays Indonesia`): its name, with its clauses inside. */
export function namedBlockSymbol(
    node: AstNode & { name?: string },
    keyword: string,
    children: DocumentSymbol[],
    kind = SymbolKind.Object,
): DocumentSymbol {
    const description = (node as { description?: string }).description;
    return make(node, `${keyword} ${node.name || '?'}`, kind, description, children, 'name');
}

/** A block without a name of its own (`definitions`, `duties`, a tier's `service API { … }`). */
export function blockSymbol(node: AstNode, name: string, children: DocumentSymbol[]): DocumentSymbol {
    return make(node, name, SymbolKind.Object, undefined, children);
}

function make(
    node: AstNode,
    name: string,
    kind: SymbolKind,
    detail: string | undefined,
    children: DocumentSymbol[],
    nameProperty?: string,
): DocumentSymbol {
    const cst = node.$cstNode!;
    const nameNode = nameProperty ? GrammarUtils.findNodeForProperty(cst, nameProperty) : undefined;
    return {
        name: name.trim() || '?',
        kind,
        detail,
        range: cst.range,
        selectionRange: nameNode?.range ?? { start: cst.range.start, end: cst.range.start },
        children: children.length > 0 ? children : undefined,
    };
}
