/**
 * The contract as a Word document (`sla build --format docx`, "SLA: Export Word Document"): the
 * same document tree as the Markdown text, laid out by `generate-docx.ts`, in the language the
 * agreement declares or the ones asked for. Its generated-file marker is a custom document
 * property in the package's first entry (docx-package.ts).
 */
import type { Agreement } from '../../generated/ast.js';
import { percentFormatter } from '../../model/values.js';
import { agreementJson } from '../agreement-json.js';
import { contractDocument, declaredLanguage } from '../contract/from-agreement.js';
import type { ContractLanguage } from '../locale/languages.js';
import type { BinaryOutputFormat } from '../output-format.js';
import { isGeneratedDocx } from './docx-package.js';
import { generateDocx } from './generate-docx.js';

/** The Word document in one language, or two side by side (the first prevails); same source, same bytes. */
export function generateWord(
    agreement: Agreement,
    languages: readonly ContractLanguage[] = declaredLanguage(agreement),
): Promise<Uint8Array> {
    const sla = agreementJson(agreement);
    const percent = percentFormatter(agreement);
    // The same tree as the Markdown text, values as the author wrote them included.
    return generateDocx(languages.map((language) => ({ language, sla, percent, contract: contractDocument(agreement, language) })));
}

export const docxFormat: BinaryOutputFormat = {
    name: 'docx',
    extension: '.docx',
    title: 'Export Word Document',
    noun: 'Word document',
    content: 'binary',
    builtByDefault: false,
    languages: true,
    isGenerated: (start) => typeof start !== 'string' && isGeneratedDocx(start),
    generate: (agreement, options) => generateWord(agreement, options?.languages),
};
