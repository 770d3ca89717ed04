/**
 * The generators (docs/LANGUAGE-REFERENCE.md, 4), as pure functions of the AST: no I/O, no clock,
 * no randomness, so the CLI (`sla build`) and the editor's command produce the same bytes for the
 * same document. They expect a document without errors (a document with errors is not compiled);
 * given one, they still return output, but it may not validate against the schema.
 * The formats are listed once, in output-formats.ts.
 */
export { agreementJson } from './agreement-json.js';
export { buildContract, contractLanguages, type ContractDocument } from './contract/index.js';
export { contractDocument } from './contract/from-agreement.js';
export { SLA_SCHEMA_ID, type SlaJson } from './json-types.js';
export { generateJson } from './json/generate-json.js';
export { generateMarkdown } from './markdown/generate-markdown.js';
export { MARKDOWN_MARKER } from './markdown/markdown-format.js';
export { MARKER_PREFIX_BYTES, type OutputFormat, type TextOutputFormat, type BinaryOutputFormat } from './output-format.js';
export { OUTPUT_FORMATS, findOutputFormat, outputFormatNames, parseOutputFormatList, UnknownOutputFormatError } from './output-formats.js';
export { declaredLanguage } from './contract/from-agreement.js';
export { generateWord } from './docx/generate-word.js';
export { DOCX_MARKER_PROPERTY, isGeneratedDocx } from './docx/docx-marker.js';
export { CONTRACT_LANGUAGES, parseLanguages, type ContractLanguage } from './locale/languages.js';
