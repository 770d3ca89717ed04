/**
 * SLA: Credit Report…: asks for an incident log, has the server compute the credit statement that
 * `sla report --incidents <log> --format markdown` writes, and opens it as an unsaved Markdown
 * document with its preview beside it (the burn chart is an SVG image inside the Markdown). The
 * log is read through vscode.workspace.fs, so the command works in VS Code for the Web as well.
 *
 * Callers may pass `{ uri, log }` (the agreement and the log) to skip the prompts; tests do.
 */
import * as vscode from 'vscode';
import { commandArguments, fileName, targetDocument } from './document-target.js';
import { refuseForErrors, refuseInput, type InvalidInput, type RefusedForErrors } from './refusal.js';
import type { SlaServer } from './sla-server.js';

const title = 'SLA: Credit Report';

interface ReportArguments {
    uri?: vscode.Uri | string;
    log?: vscode.Uri | string;
}

export type ReportOutcome = { markdown: string; breach: boolean; statement: vscode.Uri } | RefusedForErrors | InvalidInput | undefined;

export async function creditReportCommand(server: SlaServer, argument: unknown): Promise<ReportOutcome> {
    const args = commandArguments<ReportArguments>(argument);
    const document = await targetDocument(args.uri, title);
    if (!document) return undefined;
    const log = args.log === undefined ? await pickLog(document) : typeof args.log === 'string' ? vscode.Uri.parse(args.log) : args.log;
    if (!log) return undefined;

    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(log));
    } catch (error) {
        return refuseInput(title, `cannot read ${fileName(log)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = await server.creditReport(document, fileName(log), text);
    if (result.kind === 'errors') return refuseForErrors(document, result.errors, 'no report is made from it');
    if (result.kind === 'invalid') return refuseInput(title, result.message);
    const statement = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
    await vscode.window.showTextDocument(statement, { preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', statement.uri);
    return { markdown: result.markdown, breach: result.breach, statement: statement.uri };
}

async function pickLog(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        title: `${title}: the incident log for ${fileName(document.uri)}`,
        openLabel: 'Make the statement',
        canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(document.uri, '..'),
        filters: { 'Incident log (CSV)': ['csv'], 'All files': ['*'] },
    });
    return picked?.[0];
}
