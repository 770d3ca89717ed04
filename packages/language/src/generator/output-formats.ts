/**
 * The output formats with their generators: `sla build --format`, the server's `sla/generate`
 * request and the tests read this list. The formats themselves, as data, are listed once in
 * `output-format-list.ts`; here each name gets its generator, and the compiler refuses a format
 * without one.
 *
 * Browser-safe: this module and every generator run in the Web Worker server too, so a generator
 * imports no Node module and does no I/O (ESLint enforces both).
 */
import { generateWord } from './docx/generate-word.js';
import { generateJson } from './json/generate-json.js';
import { generateMarkdown } from './markdown/generate-markdown.js';
import { monitoringModel } from './monitoring/monitoring-from-agreement.js';
import { openSloText } from './monitoring/openslo-output.js';
import { prometheusRulesText } from './monitoring/prometheus-output.js';
import type { BinaryOutputFormat, OutputFormat, TextOutputFormat } from './output-format.js';
import { OUTPUT_FORMAT_INFOS, outputFormatNames } from './output-format-list.js';
import { InputError } from '../domain/input-error.js';

export { MARKER_PREFIX_BYTES, type OutputFormat } from './output-format.js';
export { outputFormatNames } from './output-format-list.js';

type Generators = {
    [F in (typeof OUTPUT_FORMAT_INFOS)[number] as F['name']]: F['content'] extends 'text'
        ? TextOutputFormat['generate']
        : BinaryOutputFormat['generate'];
};

const GENERATORS: Generators = {
    json: generateJson,
    markdown: (agreement, options) => generateMarkdown(agreement, options?.languages),
    docx: (agreement, options) => generateWord(agreement, options?.languages),
    prometheus: (agreement) => prometheusRulesText(monitoringModel(agreement)),
    openslo: (agreement) => openSloText(monitoringModel(agreement)),
};

export const OUTPUT_FORMATS: readonly OutputFormat[] = OUTPUT_FORMAT_INFOS.map(
    (format) => ({ ...format, generate: GENERATORS[format.name] }) as OutputFormat,
);

/** The format of that name; undefined for a name no format has. */
export function findOutputFormat(name: string): OutputFormat | undefined {
    return OUTPUT_FORMATS.find((format) => format.name === name);
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
