/**
 * SLA: Generate Contract Text / SLA: Export JSON. The server generates (the same function as
 * `sla build`, so the bytes are the same); the extension writes the file, whole, next to the
 * document or in `sla.output.folder`.
 */
import * as vscode from 'vscode';
import type { SlaOutputFormat, SlaProblem } from 'sla-language/protocol';
import { writeFileAtomically } from './atomic-write.js';
import { fileName, fileStem, targetDocument } from './document-target.js';
import { outputFolder } from './output-location.js';
import { refuseForErrors } from './refusal.js';
import type { SlaServer } from './sla-server.js';

/** What the command did; returned to callers such as tests (the palette ignores it). */
export type GenerateOutcome =
    | { written: vscode.Uri }
    | { refused: 'errors'; errors: SlaProblem[] }
    | { refused: 'location'; reason: string }
    | undefined;

const what = {
    markdown: { title: 'SLA: Generate Contract Text', extension: 'md', noun: 'contract text' },
    json: { title: 'SLA: Export JSON', extension: 'json', noun: 'JSON' },
} as const;

export async function generateCommand(server: SlaServer, format: SlaOutputFormat, argument: unknown): Promise<GenerateOutcome> {
    const { title, extension, noun } = what[format];
    const document = await targetDocument(argument, title);
    if (!document) return undefined;

    const location = outputFolder(document.uri);
    if ('refused' in location) {
        void vscode.window.showErrorMessage(`${title}: nothing was written: ${location.refused}.`);
        return { refused: 'location', reason: location.refused };
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Generating ${noun}…` },
        (_progress, token) => server.generate(document, format, token),
    );
    if (result.kind === 'errors') {
        refuseForErrors(document, result.errors, `no ${noun} was written`);
        return { refused: 'errors', errors: result.errors };
    }
    const target = vscode.Uri.joinPath(location.folder, `${fileStem(document.uri)}.${extension}`);
    try {
        await writeFileAtomically(target, result.content);
    } catch (error) {
        void vscode.window.showErrorMessage(`${title}: could not write ${target.fsPath || target.toString()}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
    }
    void vscode.window.showInformationMessage(`Wrote ${fileName(target)}.`, 'Open').then((choice) => {
        if (choice === 'Open') void vscode.window.showTextDocument(target, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    });
    return { written: target };
}
