/**
 * THE list of output formats, as data: name, file extension, title, text or binary, the
 * generated-file marker. `output-formats.ts` gives each its generator; the editor's client reads
 * this list alone, so that its bundle holds no generator (docs/PERFORMANCE.md).
 *
 * To add a format (CONTRIBUTING.md, "A new output format"): a folder under generator/ with a
 * `<name>-format.ts` exporting its `OutputFormatInfo`, one line below, its generator in
 * `output-formats.ts` (the compiler asks for it), and a golden file `test/golden/acme-tiers<extension>`.
 *
 * Browser-safe and light: no Langium at run time, no generator, no Node module.
 */
import { docxFormat } from './docx/docx-format.js';
import { jsonFormat } from './json/json-format.js';
import { markdownFormat } from './markdown/markdown-format.js';
import { openSloFormat } from './monitoring/openslo-format.js';
import { prometheusFormat } from './monitoring/prometheus-format.js';
import type { OutputFormatInfo } from './output-format.js';

export { MARKER_PREFIX_BYTES, type OutputFormatInfo } from './output-format.js';

export const OUTPUT_FORMAT_INFOS = [
    jsonFormat,
    markdownFormat,
    docxFormat,
    prometheusFormat,
    openSloFormat,
    // One line per format, in the order `sla build` writes them and the editor lists them.
] as const satisfies readonly OutputFormatInfo[];

/** `json`, `markdown`, …: the name of a registered format. */
export type OutputFormatName = (typeof OUTPUT_FORMAT_INFOS)[number]['name'];

/** The format of that name, without its generator; undefined for a name no format has. */
export function findOutputFormatInfo(name: string): OutputFormatInfo | undefined {
    return OUTPUT_FORMAT_INFOS.find((format) => format.name === name);
}

/** `json, markdown`: the names, for messages that say what to choose from. */
export function outputFormatNames(): string {
    return OUTPUT_FORMAT_INFOS.map((format) => format.name).join(', ');
}
