/**
 * The generators of spec §5, as pure functions of the AST: no I/O, no clock, no randomness, so
 * the CLI (`sla build`) and the editor's command produce the same bytes for the same document.
 * Both expect a document without errors (a document with errors is not compiled); given one,
 * they still return text, but it may not validate against the schema.
 */
import type { Agreement } from '../generated/ast.js';
import { percentFormatter } from '../model/values.js';
import { agreementJson } from './agreement-json.js';
import { buildContract, type ContractDocument } from './contract/index.js';
import { renderMarkdown } from './markdown/render.js';
import { renderBilingualMarkdown } from './markdown/render-bilingual.js';
import { generateDocx } from './docx/generate-docx.js';
import { isContractLanguage, type ContractLanguage } from './locale/languages.js';
import { MARKDOWN_MARKER } from './generated-marker.js';

export { agreementJson } from './agreement-json.js';
export { buildContract, contractLanguages, type ContractDocument } from './contract/index.js';
export { DOCX_MARKER_PROPERTY, isGeneratedDocx } from './docx/docx-package.js';
export { CONTRACT_LANGUAGES, parseLanguages, type ContractLanguage } from './locale/languages.js';
export { SLA_SCHEMA_ID, type SlaJson } from './json-types.js';
export { MARKDOWN_MARKER, MARKER_PREFIX_BYTES, isGeneratedOutput, type OutputKind } from './generated-marker.js';

const HIDDEN_IN_JSON = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * The JSON file's complete text: two-space indentation, keys in the order of `SlaJson`, numbers in
 * JavaScript's shortest round-trip form (the same on every platform), a final newline.
 */
export function generateJson(agreement: Agreement): string {
    // Hidden characters (bidirectional controls, zero-width) can only sit inside strings: written as
    // `\u202e` escapes they are the same data, but no viewer can display them reordered or invisibly.
    return (
        JSON.stringify(agreementJson(agreement), null, 2).replace(
            HIDDEN_IN_JSON,
            (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ) + '\n'
    );
}

/** The language the agreement declares (`language ru`), English when it declares none. */
export function declaredLanguage(agreement: Agreement): ContractLanguage[] {
    const code = agreement.languages[0]?.code;
    return [code !== undefined && isContractLanguage(code) ? code : 'en'];
}

/**
 * The contract text as a document tree, for renderers (Markdown, Word): the same facts as the JSON,
 * worded from the catalog of `language` (English by default).
 */
export function contractDocument(agreement: Agreement, language?: string): ContractDocument {
    return buildContract(agreementJson(agreement), { percent: percentFormatter(agreement), language });
}

/**
 * The contract text: GitHub-flavoured Markdown in seven numbered sections, ending in a newline,
 * after the generated-file marker (a first line that renders as nothing). In one language, or two:
 * the bilingual edition gives each block in the first language, then in the second.
 */
export function generateMarkdown(agreement: Agreement, languages: readonly ContractLanguage[] = declaredLanguage(agreement)): string {
    const [first, second] = languages;
    const body =
        second === undefined
            ? renderMarkdown(contractDocument(agreement, first))
            : renderBilingualMarkdown(contractDocument(agreement, first), contractDocument(agreement, second));
    return MARKDOWN_MARKER + '\n\n' + body;
}

/**
 * The contract as a Word document, in one language or two side by side (the first prevails). The
 * same document gives the same bytes.
 */
export function generateWord(agreement: Agreement, languages: readonly ContractLanguage[] = declaredLanguage(agreement)): Promise<Uint8Array> {
    const sla = agreementJson(agreement);
    const percent = percentFormatter(agreement);
    return generateDocx(languages.map((language) => ({ language, sla, percent, contract: buildContract(sla, { percent, language }) })));
}
