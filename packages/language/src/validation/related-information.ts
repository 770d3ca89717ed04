import { AstUtils, type AstNode } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';

/** Related information pointing at another clause of the same document, for a diagnostic's "see also". */
export function relatedTo(node: AstNode, message: string): DiagnosticRelatedInformation[] | undefined {
    const range = node.$cstNode?.range;
    const uri = AstUtils.findRootNode(node).$document?.uri.toString();
    return range && uri ? [{ location: { uri, range }, message }] : undefined;
}
