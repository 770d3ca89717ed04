import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Agreement, SlaAstType } from '../generated/ast.js';
import { findHiddenCharacters, hasHiddenCharacters } from '../domain/hidden-characters.js';
import type { SlaServices } from '../sla-services.js';
import { IssueCodes } from './issue-codes.js';

/** At most this many characters are listed in one message; the rest are counted. */
const LISTED = 5;

/**
 * `hidden-characters`: strings and comments holding bidirectional controls or zero-width
 * characters, named with where they are. Comments are hidden tokens that the AST does not keep,
 * so the document's text is lexed again — only when it holds such a character at all, which one
 * regex scan decides, so the common document pays nothing.
 */
export function hiddenTextChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    const lexer = services.parser.Lexer;
    return {
        Agreement: (agreement: Agreement, accept: ValidationAcceptor) => {
            const document = AstUtils.getDocument(agreement);
            const text = document.textDocument.getText();
            if (!hasHiddenCharacters(text)) return;
            const { tokens, hidden } = lexer.tokenize(text);
            for (const token of [...tokens, ...hidden]) {
                const kind =
                    token.tokenType.name === 'STRING' || token.tokenType.name === 'INLINE_STRING'
                        ? 'string'
                        : /COMMENT/.test(token.tokenType.name)
                          ? 'comment'
                          : undefined;
                if (!kind) continue;
                const found = findHiddenCharacters(token.image);
                if (found.length === 0) continue;
                const where = found.slice(0, LISTED).map(({ offset, label }) => {
                    const position = document.textDocument.positionAt(token.startOffset + offset);
                    return `${label} (line ${position.line + 1}, column ${position.character + 1})`;
                });
                const more = found.length > LISTED ? `, and ${found.length - LISTED} more` : '';
                accept(
                    'warning',
                    `This ${kind} holds hidden characters that make it read differently than it is: ${where.join(', ')}${more}. Remove them, or write the text without them.`,
                    {
                        node: agreement,
                        range: {
                            start: document.textDocument.positionAt(token.startOffset),
                            end: document.textDocument.positionAt(token.startOffset + token.image.length),
                        },
                        code: IssueCodes.HiddenCharacters,
                    },
                );
            }
        },
    };
}
