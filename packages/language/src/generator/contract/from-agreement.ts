/**
 * The contract text's document tree for a parsed agreement: what every renderer of the contract
 * (Markdown here; Word, other languages) starts from.
 */
import type { Agreement } from '../../generated/ast.js';
import { percentFormatter } from '../../model/values.js';
import { agreementJson } from '../agreement-json.js';
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
        standard: agreement.standards[0]?.level,
        written: writtenForms(agreement),
    });
}
