import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { generateJson, generateMarkdown, hasErrors } from 'sla-language';
import type { Agreement } from 'sla-language/ast';
import { writeFileAtomic } from 'sla-language/node';
import { byPosition, formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements, type LoadedAgreement } from '../load-agreements.js';
import { UsageError } from '../usage-error.js';

export interface BuildOptions {
    json?: boolean;
    markdown?: boolean;
    out?: string;
}

const OUTPUTS = [
    { flag: 'json', extension: '.json', generate: generateJson },
    { flag: 'markdown', extension: '.md', generate: generateMarkdown },
] as const satisfies ReadonlyArray<{ flag: keyof BuildOptions; extension: string; generate: (a: Agreement) => string }>;

/**
 * `sla build`: the JSON and/or Markdown of each file (both when neither flag is given), in `--out`
 * or beside the file. A document with errors is not compiled: its errors are listed and nothing is
 * written for it. Exit 0 when everything was written, 1 when a document had errors, 2 when a file
 * could not be read or written or an argument is wrong (nothing is written when an input is unreadable).
 */
export async function build(paths: string[], options: BuildOptions): Promise<number> {
    const outputs = OUTPUTS.filter(({ flag }) => options[flag] || (!options.json && !options.markdown));
    if (options.out !== undefined) await checkOutFolder(options.out);
    const { agreements, unreadable } = await loadAgreements(paths);
    if (unreadable.length > 0) {
        for (const { path, reason } of unreadable) process.stderr.write(`sla: cannot read ${path}: ${reason}\n`);
        process.stderr.write('sla: nothing was written\n');
        return 2;
    }
    const plans = agreements.map((loaded) => ({ loaded, targets: outputs.map((output) => ({ ...output, path: target(loaded.path, output.extension, options.out) })) }));
    checkDistinctTargets(plans.flatMap(({ loaded, targets }) => targets.map(({ path }) => ({ source: loaded.path, path }))));

    let exitCode = 0;
    for (const { loaded, targets } of plans) {
        if (hasErrors(loaded.diagnostics)) {
            reportErrors(loaded);
            exitCode = Math.max(exitCode, 1);
            continue;
        }
        const agreement = loaded.document.parseResult.value;
        // Generate every output first: a generator failure must not leave one file of the pair behind.
        const texts = targets.map(({ path, generate }) => ({ path, text: generate(agreement) }));
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

/** `<out>/<stem><extension>`; the stem is the file name without its extension. */
function target(path: string, extension: string, out: string | undefined): string {
    return join(out ?? dirname(path), basename(path, extname(path)) + extension);
}

async function checkOutFolder(out: string): Promise<void> {
    const found = await stat(out).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : error));
    if (found instanceof Error) throw new UsageError(`cannot use --out ${out}: ${found.message}`);
    if (found && !found.isDirectory()) throw new UsageError(`--out ${out} is a file, not a folder`);
}

/** Two inputs with one stem (`a/x.sla`, `b/x.sla --out dist`) would overwrite each other's output. */
function checkDistinctTargets(targets: Array<{ source: string; path: string }>): void {
    const seen = new Map<string, string>();
    for (const { source, path } of targets) {
        const key = resolve(path);
        const other = seen.get(key);
        if (other !== undefined && other !== source) throw new UsageError(`${other} and ${source} would both write ${path}; nothing was written`);
        seen.set(key, source);
    }
}

function reportErrors({ path, diagnostics }: LoadedAgreement): void {
    process.stderr.write(`sla: ${path} has errors; nothing was written for it:\n`);
    const errors = diagnostics.filter((d) => d.severity === 1).map((d) => toFileDiagnostic(path, d)).sort(byPosition);
    for (const error of errors) process.stderr.write(formatText(error) + '\n');
}

function describeWriteError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT': return 'no such folder';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'a folder of that name is in the way';
        case 'ENOSPC': return 'no space left on the device';
        default: return error instanceof Error ? error.message : String(error);
    }
}
