import type { Agreement } from '../../generated/ast.js';
import { percentFormatter } from '../../model/values.js';
import { agreementJson } from '../agreement-json.js';
import { contractDocument, declaredLanguage } from '../contract/from-agreement.js';
import type { ContractLanguage } from '../locale/languages.js';
import { generateDocx } from './generate-docx.js';

/** The Word file's bytes, in the language the agreement declares or the ones asked for. */
export function generateWord(
    agreement: Agreement,
    languages: readonly ContractLanguage[] = declaredLanguage(agreement),
): Promise<Uint8Array> {
    const sla = agreementJson(agreement);
    const percent = percentFormatter(agreement);
    // The same tree as the Markdown text, values as the author wrote them included.
    return generateDocx(languages.map((language) => ({ language, sla, percent, contract: contractDocument(agreement, language) })));
}
