import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { IssueCodes } from './validation/issue-codes.js';

/**
 * Gives every diagnostic a stable code: syntax errors become `syntax-error` and Langium's
 * linking errors the specification's `unresolved-reference`, with a message that says what kind
 * of name was not found.
 */
export class SlaDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const dataCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (dataCode === DocumentValidator.LexingError || dataCode === DocumentValidator.ParsingError) {
                diagnostic.code = IssueCodes.SyntaxError;
                diagnostic.data = { code: IssueCodes.SyntaxError };
            } else if (dataCode === DocumentValidator.LinkingError) {
                const refText = (diagnostic.data as { refText?: string }).refText ?? '';
                const property = (diagnostic.data as { property?: string }).property;
                const kind = property === 'parent' ? 'tier' : 'severity';
                diagnostic.message = `Unknown ${kind} \`${refText}\`: no ${kind} of that name is declared in this agreement.`;
                diagnostic.code = IssueCodes.UnresolvedReference;
                diagnostic.data = { code: IssueCodes.UnresolvedReference, refText, kind };
            } else if (dataCode && diagnostic.code === undefined) {
                diagnostic.code = dataCode;
            }
        }
        return diagnostics;
    }
}
