import { AstUtils, type AstNode } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';

/** Related information pointing at another clause of the same document, for a diagnostic's "see also". */
export function relatedTo(node: AstNode, message: string): DiagnosticRelatedInformation[] | undefined {
    const range = node.$cstNode?.range;
    const uri = AstUtils.findRootNode(node).$document?.uri.toString();
    return range && uri ? [{ location: { uri, range }, message }] : undefined;
}

/** Related information for several clauses at once; undefined when none has a location. */
export function relatedToAll(items: ReadonlyArray<readonly [AstNode, string]>): DiagnosticRelatedInformation[] | undefined {
    const all = items.flatMap(([node, message]) => relatedTo(node, message) ?? []);
    return all.length > 0 ? all : undefined;
}
