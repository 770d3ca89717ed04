import { mkdir, open, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { hasErrors, MARKER_PREFIX_BYTES, OUTPUT_FORMATS, parseOutputFormatList, InputError, type OutputFormat } from 'sla-language';
import { writeFileAtomic } from '../write-file-atomic.js';
import { byPosition, formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements, type LoadedAgreement } from '../load-agreements.js';

export interface BuildOptions {
    /** `--format json,markdown` (the option may be repeated); names from the registry of output formats. */
    format?: string[];
    /** `--json`, `--markdown`: aliases of `--format json` and `--format markdown`. */
    json?: boolean;
    markdown?: boolean;
    out?: string;
    /** Overwrite an existing output that lacks the generated-file marker (written by hand, or by another tool). */
    force?: boolean;
}

/**
 * The formats to write: those `--format` names, plus `--json` and `--markdown`; without any of
 * them, the formats built by default (JSON and the contract text).
 */
export function selectedFormats(options: BuildOptions): OutputFormat[] {
    const names = [...(options.format ?? []), ...(options.json ? ['json'] : []), ...(options.markdown ? ['markdown'] : [])];
    if (names.length === 0) return OUTPUT_FORMATS.filter((format) => format.builtByDefault);
    return parseOutputFormatList(names.join(','), '--format: ');
}

/**
 * `sla build`: the outputs of each file in the selected formats, in `--out` or beside the file. A document with errors is not compiled: its errors are listed and nothing is
 * written for it. Exit 0 when everything was written, 1 when a document had errors, 2 when a file
 * could not be read or written or an argument is wrong (nothing is written when an input is unreadable).
 * An existing file is overwritten only when sla wrote it (its generated-file marker) or with
 * `--force`; otherwise nothing at all is written and the exit code is 2.
 */
export async function build(paths: string[], options: BuildOptions): Promise<number> {
    const outputs = selectedFormats(options);
    if (options.out !== undefined) await checkOutFolder(options.out);
    const { agreements, unreadable } = await loadAgreements(paths);
    if (unreadable.length > 0) {
        for (const { path, reason } of unreadable) process.stderr.write(`sla: cannot read ${path}: ${reason}\n`);
        process.stderr.write('sla: nothing was written\n');
        return 2;
    }
    const plans = agreements.map((loaded) => ({
        loaded,
        targets: outputs.map((format) => ({ format, path: target(loaded.path, format.extension, options.out) })),
    }));
    checkDistinctTargets(plans.flatMap(({ loaded, targets }) => targets.map(({ path }) => ({ source: loaded.path, path }))));
    const foreign = options.force
        ? []
        : await foreignFiles(plans.filter(({ loaded }) => !hasErrors(loaded.diagnostics)).flatMap(({ targets }) => targets));
    if (foreign.length > 0) {
        for (const path of foreign)
            process.stderr.write(
                `sla: ${path} exists and was not written by sla (it lacks the generated-file marker); use --force to overwrite it\n`,
            );
        process.stderr.write('sla: nothing was written\n');
        return 2;
    }

    let exitCode = 0;
    for (const { loaded, targets } of plans) {
        if (hasErrors(loaded.diagnostics)) {
            reportErrors(loaded);
            exitCode = Math.max(exitCode, 1);
            continue;
        }
        const agreement = loaded.document.parseResult.value;
        // Generate every output first: a generator failure must not leave one file of the pair behind.
        const texts = targets.map(({ path, format }) => ({ path, text: format.generate(agreement) }));
        if (options.out !== undefined) await mkdir(options.out, { recursive: true });
        for (const { path, text } of texts) {
            try {
                await writeFileAtomic(path, text);
                process.stdout.write(`wrote ${path}\n`);
            } catch (error) {
                process.stderr.write(`sla: cannot write ${path}: ${describeWriteError(error)}\n`);
                exitCode = 2;
            }
        }
    }
    return exitCode;
}

/** The targets that exist as files without the marker of sla's output: someone else's work. */
async function foreignFiles(targets: ReadonlyArray<{ path: string; format: OutputFormat }>): Promise<string[]> {
    const foreign: string[] = [];
    for (const { path, format } of targets) {
        const start = await startOf(path);
        if (start !== undefined && !format.isGenerated(start)) foreign.push(path);
    }
    return foreign;
}

/** The first bytes of a file; undefined when there is no file to read (the write reports a folder in the way). */
async function startOf(path: string): Promise<Uint8Array | undefined> {
    const handle = await open(path, 'r').catch(() => undefined);
    if (!handle) return undefined;
    try {
        const buffer = Buffer.alloc(MARKER_PREFIX_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
    } catch {
        return undefined;
    } finally {
        await handle.close();
    }
}

/** `<out>/<stem><extension>`; the stem is the file name without its extension. */
function target(path: string, extension: string, out: string | undefined): string {
    return join(out ?? dirname(path), basename(path, extname(path)) + extension);
}

async function checkOutFolder(out: string): Promise<void> {
    const found = await stat(out).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : error));
    if (found instanceof Error) throw new InputError(`cannot use --out ${out}: ${found.message}`);
    if (found && !found.isDirectory()) throw new InputError(`--out ${out} is a file, not a folder`);
}

/** Two inputs with one stem (`a/x.sla`, `b/x.sla --out dist`) would overwrite each other's output. */
function checkDistinctTargets(targets: Array<{ source: string; path: string }>): void {
    const seen = new Map<string, string>();
    for (const { source, path } of targets) {
        const key = resolve(path);
        const other = seen.get(key);
        if (other !== undefined && other !== source)
            throw new InputError(`${other} and ${source} would both write ${path}; nothing was written`);
        seen.set(key, source);
    }
}

function reportErrors({ path, diagnostics }: LoadedAgreement): void {
    process.stderr.write(`sla: ${path} has errors; nothing was written for it:\n`);
    const errors = diagnostics
        .filter((d) => d.severity === 1)
        .map((d) => toFileDiagnostic(path, d))
        .sort(byPosition);
    for (const error of errors) process.stderr.write(formatText(error) + '\n');
}

function describeWriteError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT':
            return 'no such folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'a folder of that name is in the way';
        case 'ENOSPC':
            return 'no space left on the device';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
