/** The JSON file's text (§4.1): the agreement as plain data, validated by the published schema. */
import type { Agreement } from '../../generated/ast.js';
import { agreementJson } from '../agreement-json.js';
import { replaceHiddenCharacters } from '../../domain/hidden-characters.js';

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
