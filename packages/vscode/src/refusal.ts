/**
 * A document with errors is not compiled (§4): the command says why, names the first
 * errors, and opens the Problems view where all of them are listed.
 */
import * as vscode from 'vscode';
import type { SlaProblem } from 'sla-language/protocol';
import { fileName } from './document-target.js';

export function refuseForErrors(document: vscode.TextDocument, errors: SlaProblem[], nothingDone: string): void {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    const first = errors
        .slice(0, 2)
        .map((e) => `line ${e.line}: ${e.code ? `${e.code}: ` : ''}${e.message}`)
        .join('; ');
    const more = errors.length > 2 ? ` (and ${errors.length - 2} more)` : '';
    void vscode.window.showErrorMessage(`${fileName(document.uri)} has ${count}; ${nothingDone}. ${first}${more}`);
    void vscode.commands.executeCommand('workbench.actions.view.problems');
}
