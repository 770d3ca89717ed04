/**
 * `sla diff OLD NEW` and `sla diff REV -- FILE`: what changed between two versions of an
 * agreement, in legal and financial terms (text, Markdown, JSON), or the contract text redlined.
 * Exit 0, or 1 when `--fail-on` finds a change of that kind; 2 when a version cannot be read, has
 * syntax errors (a half-parsed version would show clauses as removed), or an argument is wrong.
 * Other errors of a document (overlapping brackets, say) do not stop a comparison: they are noted.
 */
import { resolve } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    buildDocuments,
    compareAgreements,
    createSlaServices,
    diffJson,
    diffMarkdown,
    diffText,
    generateMarkdown,
    redline,
    redlineMarkdown,
    sideOf,
    type BuiltDocument,
    type Change,
} from 'sla-language';
import { formatText, byPosition, toFileDiagnostic } from '../format-diagnostics.js';
import { gitShow } from '../git-show.js';
import { readSlaFiles } from '../read-sla-files.js';
import { InputError } from 'sla-language';

export type DiffFormat = 'text' | 'markdown' | 'json' | 'redline';
export type FailOn = 'customer-unfavourable' | 'provider-unfavourable' | 'any';

export interface DiffOptions {
    format: DiffFormat;
    failOn?: FailOn;
    deviations?: boolean;
}

interface Version {
    /** How messages and the output name it: the path, or `REV:path`. */
    label: string;
    text: string;
    uri: URI;
}

export function parseDiffFormat(text: string): DiffFormat {
    if (!['text', 'markdown', 'json', 'redline'].includes(text)) {
        throw new InputError(`--format must be text, markdown, json or redline (got "${text}")`);
    }
    return text as DiffFormat;
}

export function parseFailOn(text: string): FailOn {
    if (!['customer-unfavourable', 'provider-unfavourable', 'any'].includes(text)) {
        throw new InputError(`--fail-on must be customer-unfavourable, provider-unfavourable or any (got "${text}")`);
    }
    return text as FailOn;
}

/**
 * `operands` are the arguments before `--` and `files` those after it: `a.sla b.sla` (no `--`),
 * `REV -- file.sla` (the revision against the file on disk), `REV1 REV2 -- file.sla`.
 */
export async function diff(operands: string[], files: string[] | undefined, options: DiffOptions): Promise<number> {
    const [before, after] = files === undefined ? await fromFiles(operands) : await fromRevisions(operands, files);
    const { shared } = createSlaServices(NodeFileSystem);
    const built = await buildDocuments(shared, [before, after]);
    if (reportSyntaxErrors([before, after], built)) return 2;
    noteOtherErrors([before, after], built);
    const [oldAgreement, newAgreement] = built.map((b) => b.document.parseResult.value);
    const labels = { old: before.label, new: after.label, deviations: options.deviations === true };
    if (options.format === 'redline') {
        process.stdout.write(redlineMarkdown(redline(generateMarkdown(oldAgreement), generateMarkdown(newAgreement))));
        return 0;
    }
    const changes = compareAgreements(sideOf(oldAgreement), sideOf(newAgreement), { deviations: options.deviations });
    const output =
        options.format === 'json'
            ? JSON.stringify(diffJson(changes, labels), null, 2) + '\n'
            : options.format === 'markdown'
              ? diffMarkdown(changes, labels)
              : diffText(changes, labels);
    process.stdout.write(output);
    return failing(changes, options.failOn).length > 0 ? 1 : 0;
}

/** The changes `--fail-on` stops a review for. */
export function failing(changes: readonly Change[], failOn: FailOn | undefined): Change[] {
    switch (failOn) {
        case undefined:
            return [];
        case 'any':
            return [...changes];
        case 'customer-unfavourable':
            return changes.filter((c) => c.favours === 'provider');
        case 'provider-unfavourable':
            return changes.filter((c) => c.favours === 'customer');
    }
}

async function fromFiles(paths: string[]): Promise<[Version, Version]> {
    if (paths.length !== 2) {
        throw new InputError('give two files (sla diff old.sla new.sla) or a revision and a file (sla diff HEAD -- file.sla)');
    }
    const { files, unreadable } = await readSlaFiles(paths);
    if (unreadable.length > 0) throw new InputError(`cannot read ${unreadable[0].path}: ${unreadable[0].reason}`);
    if (files.length !== 2) throw new InputError('give two .sla files, not folders');
    return files.map((f, i) => ({ label: f.path, text: f.text, uri: URI.file(resolve(f.path)).with({ query: `side=${i}` }) })) as [
        Version,
        Version,
    ];
}

async function fromRevisions(revisions: string[], files: string[]): Promise<[Version, Version]> {
    if (files.length !== 1 || revisions.length < 1 || revisions.length > 2) {
        throw new InputError('after --, give one file: sla diff REV -- file.sla, or sla diff REV1 REV2 -- file.sla');
    }
    const [path] = files;
    const atRevision = (revision: string, side: number): Version => ({
        label: `${revision}:${path}`,
        text: gitShow(revision, path),
        uri: URI.file(resolve(path)).with({ query: `revision=${encodeURIComponent(revision)}&side=${side}` }),
    });
    const before = atRevision(revisions[0], 0);
    if (revisions.length === 2) return [before, atRevision(revisions[1], 1)];
    const { files: read, unreadable } = await readSlaFiles([path]);
    if (unreadable.length > 0) throw new InputError(`cannot read ${path}: ${unreadable[0].reason}`);
    return [before, { label: path, text: read[0].text, uri: URI.file(resolve(path)) }];
}

/** A version with syntax errors cannot be compared: its clauses after the error would read as removed. */
function reportSyntaxErrors(versions: Version[], built: BuiltDocument[]): boolean {
    let found = false;
    versions.forEach((version, index) => {
        const errors = built[index].diagnostics
            .filter((d) => d.severity === 1 && d.code === 'syntax-error')
            .map((d) => toFileDiagnostic(version.label, d))
            .sort(byPosition);
        if (errors.length === 0) return;
        found = true;
        process.stderr.write(`sla: ${version.label} has syntax errors; it cannot be compared:\n`);
        for (const error of errors) process.stderr.write(formatText(error) + '\n');
    });
    return found;
}

function noteOtherErrors(versions: Version[], built: BuiltDocument[]): void {
    versions.forEach((version, index) => {
        const count = built[index].diagnostics.filter((d) => d.severity === 1).length;
        if (count > 0) {
            process.stderr.write(
                `sla: note: ${version.label} has ${count} error${count === 1 ? '' : 's'} (sla check lists them); compared as written\n`,
            );
        }
    });
}
