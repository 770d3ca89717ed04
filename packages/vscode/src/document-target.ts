/**
 * Which `.sla` document a command is about: the file it was invoked on (explorer, editor title,
 * or a `Uri` passed by a caller), else the active editor's document.
 */
import * as vscode from 'vscode';

export async function targetDocument(argument: unknown, commandTitle: string): Promise<vscode.TextDocument | undefined> {
    const uri =
        argument instanceof vscode.Uri
            ? argument
            : typeof argument === 'string'
              ? vscode.Uri.parse(argument)
              : vscode.window.activeTextEditor?.document.languageId === 'sla'
                ? vscode.window.activeTextEditor.document.uri
                : undefined;
    if (!uri) {
        void vscode.window.showWarningMessage(`${commandTitle}: open an .sla file first.`);
        return undefined;
    }
    // Opening (without showing) hands the document to the language server if no editor has.
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'sla') {
        void vscode.window.showWarningMessage(`${commandTitle}: ${fileName(uri)} is not an SLA document.`);
        return undefined;
    }
    return document;
}

export function fileName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `acme-tiers.sla` → `acme-tiers`, as `sla build` names its outputs. */
export function fileStem(uri: vscode.Uri): string {
    const name = fileName(uri);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * A command's argument as its options: from the explorer or the editor title it is the file's
 * Uri, from code (tests, other extensions) an object of options with an optional `uri`.
 */
export function commandArguments<T extends { uri?: vscode.Uri | string }>(argument: unknown): T {
    if (argument instanceof vscode.Uri) return { uri: argument } as T;
    return typeof argument === 'object' && argument !== null ? (argument as T) : ({} as T);
}
