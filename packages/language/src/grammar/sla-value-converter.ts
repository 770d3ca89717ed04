import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Converts the literal terminals of the SLA grammar.
 * - PERCENT is one token (`99.95%`), so the number is read without its `%` sign.
 * - STRING knows only the escapes of the spec, `\"` and `\\`: any other backslash is kept as
 *   written, so that legal text such as `C:\Contracts` survives unchanged.
 */
export class SlaValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'PERCENT':
                return Number(input.slice(0, -1));
            case 'STRING':
            case 'INLINE_STRING':
                return unescapeString(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

export function unescapeString(literal: string): string {
    return literal.slice(1, -1).replace(/\\(["\\])/g, '$1');
}
