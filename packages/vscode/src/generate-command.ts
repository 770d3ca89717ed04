/**
 * SLA: Generate… and its shortcuts (SLA: Generate Contract Text, SLA: Export JSON), one command per
 * the registry of output formats. The server generates (the same function as `sla build`, so the
 * bytes are the same); the extension writes the file, whole, next to the document or in
 * `sla.output.folder`.
 */
import * as vscode from 'vscode';
import {
    findOutputFormatInfo,
    MARKER_PREFIX_BYTES,
    OUTPUT_FORMAT_INFOS,
    outputFormatNames,
    type OutputFormatInfo,
} from 'sla-language/output-format-list';
import { decodeContent } from 'sla-language/protocol';
import { writeFileAtomically } from './atomic-write.js';
import { fileName, fileStem, targetDocument } from './document-target.js';
import { outputFolder, symbolicLinkRefusal } from './output-location.js';
import { refuseForErrors, type RefusedForErrors } from './refusal.js';
import type { SlaServer } from './sla-server.js';

/** What the command did; returned to callers such as tests (the palette ignores it). */
export type GenerateOutcome =
    | { written: vscode.Uri }
    | RefusedForErrors
    | { refused: 'location'; reason: string }
    | { refused: 'foreign'; target: vscode.Uri }
    | { refused: 'format'; reason: string }
    | undefined;

/**
 * From the palette, the explorer or the editor title the argument is the file's Uri. Code may pass
 * `{ uri, format, overwriteForeign }`: the format by name (SLA: Generate… asks when none is given),
 * and the answer to the question about a file sla did not write.
 */
interface GenerateArguments {
    uri?: vscode.Uri | string;
    format?: string;
    overwriteForeign?: boolean;
}

const GENERATE_TITLE = 'SLA: Generate…';

/** The command for one format (`formatName`), or SLA: Generate… (undefined: the argument or a pick names it). */
export async function generateCommand(server: SlaServer, formatName: string | undefined, argument: unknown): Promise<GenerateOutcome> {
    const args: GenerateArguments =
        argument instanceof vscode.Uri || typeof argument === 'string'
            ? { uri: argument }
            : typeof argument === 'object' && argument !== null
              ? (argument as GenerateArguments)
              : {};
    const name = formatName ?? args.format;
    const format = name === undefined ? await pickFormat() : findOutputFormatInfo(name);
    if (!format) {
        if (name === undefined) return undefined; // the pick was dismissed
        const reason = `unknown output format "${name}": the formats are ${outputFormatNames()}`;
        void vscode.window.showErrorMessage(`${GENERATE_TITLE} ${reason}.`);
        return { refused: 'format', reason };
    }
    return generate(server, format, args);
}

async function pickFormat(): Promise<OutputFormatInfo | undefined> {
    const picked = await vscode.window.showQuickPick(
        OUTPUT_FORMAT_INFOS.map((format) => ({ label: format.title, description: `*${format.extension}`, format })),
        { title: GENERATE_TITLE, placeHolder: 'The file to write next to the document (or in sla.output.folder)' },
    );
    return picked?.format;
}

async function generate(server: SlaServer, format: OutputFormatInfo, args: GenerateArguments): Promise<GenerateOutcome> {
    const title = `SLA: ${format.title}`;
    const { noun } = format;
    const document = await targetDocument(args.uri, title);
    if (!document) return undefined;

    const location = outputFolder(document.uri);
    if ('refused' in location) {
        void vscode.window.showErrorMessage(`${title}: nothing was written: ${location.refused}.`);
        return { refused: 'location', reason: location.refused };
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Generating ${noun}…` },
        (_progress, token) => server.generate(document, format.name, token),
    );
    if (result.kind === 'errors') return refuseForErrors(document, result.errors, `no ${noun} was written`);
    // Checked after generating, just before writing: the file system may have changed meanwhile.
    const linked = await symbolicLinkRefusal(document.uri, location.folder);
    if (linked) {
        void vscode.window.showErrorMessage(`${title}: nothing was written: ${linked}.`);
        return { refused: 'location', reason: linked };
    }
    const target = vscode.Uri.joinPath(location.folder, `${fileStem(document.uri)}${format.extension}`);
    // Like `sla build`: overwrite our own output, never someone's file without asking.
    if (await isForeignFile(target, format)) {
        const overwrite =
            args.overwriteForeign ??
            (await vscode.window.showWarningMessage(
                `${fileName(target)} exists and was not written by sla (it lacks the generated-file marker). Overwrite it?`,
                { modal: true, detail: 'Its contents will be replaced by the generated ' + noun + '.' },
                'Overwrite',
            )) === 'Overwrite';
        if (!overwrite) return { refused: 'foreign', target };
    }
    try {
        await writeFileAtomically(target, decodeContent(result));
    } catch (error) {
        void vscode.window.showErrorMessage(
            `${title}: could not write ${target.fsPath || target.toString()}: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
    }
    void vscode.window.showInformationMessage(`Wrote ${fileName(target)}.`, 'Open').then((choice) => {
        if (choice === 'Open') void vscode.window.showTextDocument(target, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    });
    return { written: target };
}

/** An existing file without the marker of sla's output; a missing file is nobody's. */
async function isForeignFile(target: vscode.Uri, format: OutputFormatInfo): Promise<boolean> {
    const bytes = await vscode.workspace.fs.readFile(target).then(
        (content) => content,
        () => undefined,
    );
    if (!bytes) return false;
    return !format.isGenerated(bytes.subarray(0, MARKER_PREFIX_BYTES));
}
