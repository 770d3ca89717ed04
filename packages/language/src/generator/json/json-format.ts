/**
 * The JSON output (§4.1): the agreement as plain data,
 * validated by the published schema. Its generated-file marker is the first key, `"$schema"`,
 * naming this project's schema, which only sla writes: any version of it, so that a file written by
 * an earlier version of sla is still recognised as sla's own.
 */
import type { Agreement } from '../../generated/ast.js';
import { agreementJson } from '../agreement-json.js';
import { SLA_SCHEMA_ID } from '../json-types.js';
import { textStart, type TextOutputFormat } from '../output-format.js';
import { replaceHiddenCharacters } from '../../domain/hidden-characters.js';

const JSON_MARKER = new RegExp(`^\\{\\s*"\\$schema"\\s*:\\s*"${SLA_SCHEMA_ID.replace(/v\d+$/, '')}v\\d+"`);

/**
 * The JSON file's complete text: two-space indentation, keys in the order of `SlaJson`, numbers in
 * JavaScript's shortest round-trip form (the same on every platform), a final newline.
 */
export function generateJson(agreement: Agreement): string {
    // Hidden characters (bidirectional controls, zero-width) can only sit inside strings: written as
    // `\u202e` escapes they are the same data, but no viewer can display them reordered or invisibly.
    const text = JSON.stringify(agreementJson(agreement), null, 2);
    return replaceHiddenCharacters(text, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

export const jsonFormat: TextOutputFormat = {
    name: 'json',
    extension: '.json',
    title: 'Export JSON',
    noun: 'JSON',
    content: 'text',
    builtByDefault: true,
    isGenerated: (start) => JSON_MARKER.test(textStart(start)),
    generate: generateJson,
};
