/**
 * The generators of spec §5, as pure functions of the AST: no I/O, no clock, no randomness, so
 * the CLI (`sla build`) and the editor's command produce the same bytes for the same document.
 * Both expect a document without errors (a document with errors is not compiled); given one,
 * they still return text, but it may not validate against the schema.
 */
import type { RootContent } from 'mdast';
import type { Agreement } from '../generated/ast.js';
import { percentFormatter } from '../model/values.js';
import { agreementJson } from './agreement-json.js';
import { claims, exclusions, measurement } from './markdown/closing-sections.js';
import { contract } from './markdown/contract.js';
import { serviceCommitment } from './markdown/commitment.js';
import { serviceCredits } from './markdown/credits.js';
import { definitions } from './markdown/definitions.js';
import { frontMatter } from './markdown/front-matter.js';
import { printMarkdown } from './markdown/mdast.js';
import { support } from './markdown/support.js';
import { MARKDOWN_MARKER } from './generated-marker.js';
import { generateDocx } from './docx/generate-docx.js';
import type { ContractLanguage } from './locale/languages.js';

export { agreementJson } from './agreement-json.js';
export { isGeneratedDocx } from './docx/docx-package.js';
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

/**
 * The contract text: GitHub-flavoured Markdown in seven numbered sections, ending in a newline,
 * after the generated-file marker (a first line that renders as nothing).
 */
export function generateMarkdown(agreement: Agreement): string {
    return MARKDOWN_MARKER + '\n\n' + printMarkdown(contractContent(agreement));
}

/**
 * The contract as a Word document, in one language or two side by side (the first governs). The
 * same document gives the same bytes.
 */
export function generateWord(agreement: Agreement, languages: readonly ContractLanguage[] = ['en']): Promise<Uint8Array> {
    const sla = agreementJson(agreement);
    const percent = percentFormatter(agreement);
    return generateDocx(languages.map((language) => ({ language, sla, percent, content: contractContent(agreement) })));
}

/** The contract's document tree, which the Markdown text prints and the Word edition lays out. */
export function contractContent(agreement: Agreement): RootContent[] {
    const c = contract(agreementJson(agreement), percentFormatter(agreement));
    return [
        ...frontMatter(c),
        ...definitions(c),
        ...serviceCommitment(c),
        ...support(c),
        ...serviceCredits(c),
        ...exclusions(c),
        ...claims(c),
        ...measurement(c),
    ];
}
