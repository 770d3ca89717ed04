/**
 * The contract text's document tree for a parsed agreement: what every renderer of the contract
 * (Markdown, Word) starts from, in the language the agreement declares or the one asked for.
 */
import type { Agreement } from '../../generated/ast.js';
import { percentFormatter } from '../../model/values.js';
import { agreementJson } from '../agreement-json.js';
import { isContractLanguage, type ContractLanguage } from '../locale/languages.js';
import { buildContract, writtenForms } from './index.js';
import type { ContractDocument } from './types.js';

/**
 * The contract text as a document tree, for renderers: the same facts as the JSON, worded from the
 * catalog of `language` (English by default).
 */
export function contractDocument(agreement: Agreement, language?: string): ContractDocument {
    return buildContract(agreementJson(agreement), {
        percent: percentFormatter(agreement),
        language,
        written: writtenForms(agreement),
    });
}

/** The language the agreement declares (`language ru`), English when it declares none. */
export function declaredLanguage(agreement: Agreement): ContractLanguage[] {
    const code = agreement.languages[0]?.code;
    return [code !== undefined && isContractLanguage(code) ? code : 'en'];
}
