/**
 * A document with errors is not compiled (§4): the command says why, names the first
 * errors, and opens the Problems view where all of them are listed.
 */
import * as vscode from 'vscode';
import type { SlaProblem } from 'sla-language/protocol';
import { fileName } from './document-target.js';

/** What a command returns when it refused a document with errors (tests read it). */
export interface RefusedForErrors {
    refused: 'errors';
    errors: SlaProblem[];
}

/** What a command returns when the user's input was wrong (a log that cannot be read, `99.2 %%`). */
export interface InvalidInput {
    invalid: string;
}

export function refuseForErrors(document: vscode.TextDocument, errors: SlaProblem[], nothingDone: string): RefusedForErrors {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    const first = errors
        .slice(0, 2)
        .map((e) => `line ${e.line}: ${e.code ? `${e.code}: ` : ''}${e.message}`)
        .join('; ');
    const more = errors.length > 2 ? ` (and ${errors.length - 2} more)` : '';
    void vscode.window.showErrorMessage(`${fileName(document.uri)} has ${count}; ${nothingDone}. ${first}${more}`);
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    return { refused: 'errors', errors };
}

/** Shows `message` after the command's title and returns it as the command's outcome. */
export function refuseInput(title: string, message: string): InvalidInput {
    void vscode.window.showErrorMessage(`${title}: ${message}`);
    return { invalid: message };
}
