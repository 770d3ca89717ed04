/**
 * The JSON output (§4.1): the agreement as plain data,
 * validated by the published schema. Its generated-file marker is the first key, `"$schema"`,
 * naming this project's schema, which only sla writes: any version of it, so that a file written by
 * an earlier version of sla is still recognised as sla's own.
 */
import { SLA_SCHEMA_ID } from '../json-types.js';
import { textStart, type TextOutputFormatInfo } from '../output-format.js';

const JSON_MARKER = new RegExp(`^\\{\\s*"\\$schema"\\s*:\\s*"${SLA_SCHEMA_ID.replace(/v\d+$/, '')}v\\d+"`);

export const jsonFormat = {
    name: 'json',
    extension: '.json',
    title: 'Export JSON',
    noun: 'JSON',
    content: 'text',
    builtByDefault: true,
    isGenerated: (start) => JSON_MARKER.test(textStart(start)),
} as const satisfies TextOutputFormatInfo;
