import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ContractLanguage, SlaAstType } from '../generated/ast.js';
import { CONTRACT_LANGUAGES, isContractLanguage } from '../generator/locale/languages.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `language <code>`: the contract text is written in one of the languages that have a catalog.
 * Any other code is an error, so a document that names one is never compiled into text that
 * silently falls back to English.
 */
export function languageChecks(): ValidationChecks<SlaAstType> {
    return { ContractLanguage: checkLanguageCode };
}

function checkLanguageCode(node: ContractLanguage, accept: ValidationAcceptor): void {
    if (isContractLanguage(node.code)) return;
    accept('error', `The contract text has no language \`${node.code}\`: write one of ${CONTRACT_LANGUAGES.join(', ')}.`, {
        node,
        property: 'code',
        code: IssueCodes.InvalidValue,
    });
}
