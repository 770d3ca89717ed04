/**
 * What an output format is: everything the CLI, the server and the extension need to know about
 * one kind of generated file. The formats themselves are listed once, in `output-formats.ts`.
 * Browser-safe: a format is data and pure functions, with no file system and no Langium runtime.
 */
import type { Agreement } from '../generated/ast.js';
import type { ContractLanguage } from './locale/languages.js';

/** What a generator may be asked beyond the document. */
export interface GenerateOptions {
    /**
     * The contract's language, or two for a bilingual edition (the first prevails), overriding the
     * document's `language`; only formats with `languages` read it.
     */
    languages?: readonly ContractLanguage[];
}

/** What the editor's client, the CLI and the server know of a format without its generator. */
interface OutputFormatBase {
    /** What `sla build --format` and the `sla/generate` request take: lower-case letters, digits, hyphens. */
    readonly name: string;
    /** The end of the file name, dot included: `.json`, `.md`, `.ru.md`. Unique among the formats. */
    readonly extension: string;
    /** The command's title in the editor's palette and menus, without the `SLA:` category. */
    readonly title: string;
    /** What the messages call the output: `no contract text was written`. */
    readonly noun: string;
    /** Written by `sla build` when no format is named (JSON and the contract text, as in the first release). */
    readonly builtByDefault: boolean;
    /**
     * Whether an existing file, of which the first `MARKER_PREFIX_BYTES` bytes are given, carries the
     * generated-file marker of this format: sla overwrites its own output, never a file someone wrote.
     */
    isGenerated(start: Uint8Array | string): boolean;
    /** Whether the output is contract text, written in the contract's language (`--lang` applies). */
    readonly languages?: boolean;
}

export interface TextOutputFormatInfo extends OutputFormatBase {
    readonly content: 'text';
}

export interface BinaryOutputFormatInfo extends OutputFormatBase {
    readonly content: 'binary';
}

/**
 * A format without its generator: what the editor's client reads (the palette, the file name, the
 * marker), so that its bundle holds no generator (docs/PERFORMANCE.md).
 */
export type OutputFormatInfo = TextOutputFormatInfo | BinaryOutputFormatInfo;

export interface TextOutputFormat extends TextOutputFormatInfo {
    /** The file's complete text (written as UTF-8); a pure function of the syntax tree. */
    generate(agreement: Agreement, options?: GenerateOptions): string;
}

export interface BinaryOutputFormat extends BinaryOutputFormatInfo {
    /**
     * The file's bytes; a pure function of the syntax tree (no clock, no randomness). May be a
     * promise: packaging libraries such as `docx` zip asynchronously.
     */
    generate(agreement: Agreement, options?: GenerateOptions): Uint8Array | Promise<Uint8Array>;
}

export type OutputFormat = TextOutputFormat | BinaryOutputFormat;

/** How many bytes of an existing file `isGenerated` needs: every marker is near the start. */
export const MARKER_PREFIX_BYTES = 4096;

/** The start of a file as text, without a byte-order mark (an editor may have added one). */
export function textStart(start: Uint8Array | string): string {
    return (typeof start === 'string' ? start : new TextDecoder().decode(start)).replace(/^\uFEFF/, '');
}
