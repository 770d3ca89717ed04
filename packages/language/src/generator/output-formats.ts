/**
 * THE list of output formats. `sla build --format`, the server's `sla/generate` request, the
 * editor's "SLA: Generate…" command and the tests all read it; nothing else lists formats.
 *
 * To add a format (CONTRIBUTING.md, "A new output format"): a folder under generator/ with a
 * `<name>-format.ts` exporting an `OutputFormat`, one line below, and a golden file
 * `test/golden/acme-tiers<extension>` (`UPDATE_GOLDEN=1 npx vitest run test/generator`).
 *
 * Browser-safe: this module and every generator run in the Web Worker server too, so a generator
 * imports no Node module and does no I/O (ESLint enforces both).
 */
import { jsonFormat } from './json/json-format.js';
import { markdownFormat } from './markdown/markdown-format.js';
import { openSloFormat } from './monitoring/openslo-format.js';
import { prometheusFormat } from './monitoring/prometheus-format.js';
import type { OutputFormat } from './output-format.js';
import { InputError } from '../domain/input-error.js';

export { MARKER_PREFIX_BYTES, type OutputFormat } from './output-format.js';

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
    jsonFormat,
    markdownFormat,
    prometheusFormat,
    openSloFormat,
    // One line per format, in the order `sla build` writes them and the editor lists them.
];

/** The format of that name; undefined for a name no format has. */
export function findOutputFormat(name: string): OutputFormat | undefined {
    return OUTPUT_FORMATS.find((format) => format.name === name);
}

/** `json, markdown`: the names, for messages that say what to choose from. */
export function outputFormatNames(): string {
    return OUTPUT_FORMATS.map((format) => format.name).join(', ');
}

/**
 * The formats a list such as `json,markdown` names (commas and spaces separate; `all` is every
 * format), in registry order without repeats; throws UnknownOutputFormatError for a name no format has.
 */
export function parseOutputFormatList(list: string, context = ''): OutputFormat[] {
    const names = list
        .split(/[\s,]+/)
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== '');
    if (names.length === 0) throw new UnknownOutputFormatError(list, context);
    if (names.includes('all')) return [...OUTPUT_FORMATS];
    for (const name of names) if (!findOutputFormat(name)) throw new UnknownOutputFormatError(name, context);
    return OUTPUT_FORMATS.filter((format) => names.includes(format.name));
}

/** A format name that no registered format has. */
export class UnknownOutputFormatError extends InputError {
    /** `context` leads the message: `--format: ` on the command line. */
    constructor(
        readonly format: string,
        context = '',
    ) {
        super(`${context}unknown output format "${format}": the formats are ${outputFormatNames()} (or all)`);
    }
}
