/**
 * SLA: Compare with…: what changed between another version of the agreement and the one in the
 * editor, as `sla diff` reports it (the language server compares, with the same code), shown in
 * a preview: the changes grouped by tier with their figures, then the contract text redlined.
 * The other version is another `.sla` file, or the file at git's HEAD where the git extension is
 * there to ask; it may also be the standard offering the document was negotiated from.
 */
import * as vscode from 'vscode';
import type { CompareResult } from 'sla-language/protocol';
import { ComparePreview, type CompareSnapshot } from './compare-preview.js';
import { fileName, targetDocument } from './document-target.js';
import { hasGitHead, textAtHead } from './git-head.js';
import type { SlaServer } from './sla-server.js';

const title = 'SLA: Compare with…';

/** Code (and tests) may name the other version instead of picking it: `{ uri, against, deviations }` or `{ uri, againstHead: true }`. */
interface CompareArguments {
    uri?: vscode.Uri | string;
    against?: vscode.Uri | string;
    againstHead?: boolean;
    deviations?: boolean;
}

export type CompareOutcome =
    CompareSnapshot | { refused: 'errors'; side: 'old' | 'new'; errors: string[] } | { refused: 'unreadable'; reason: string } | undefined;

interface OtherVersion {
    text: string;
    label: string;
    deviations: boolean;
}

export async function compareCommand(context: vscode.ExtensionContext, server: SlaServer, argument: unknown): Promise<CompareOutcome> {
    const args: CompareArguments =
        argument instanceof vscode.Uri || typeof argument === 'string'
            ? { uri: argument }
            : typeof argument === 'object' && argument !== null
              ? (argument as CompareArguments)
              : {};
    const document = await targetDocument(args.uri, title);
    if (!document) return undefined;
    let other: OtherVersion | undefined;
    try {
        other = await otherVersion(document, args);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`${title} could not read the other version: ${reason}`);
        return { refused: 'unreadable', reason };
    }
    if (!other) return undefined;
    const result: CompareResult = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Comparing…' }, () =>
        server.compare(document, other.text, other.label, other.deviations),
    );
    if (result.kind === 'errors') {
        const which = result.side === 'old' ? other.label : fileName(document.uri);
        const errors = result.errors.map((e) => `line ${e.line}: ${e.message}`);
        void vscode.window.showErrorMessage(
            `${title}: ${which} has syntax errors, so it cannot be compared: ${errors.slice(0, 3).join('; ')}`,
        );
        return { refused: 'errors', side: result.side, errors };
    }
    const preview = new ComparePreview(context, other.label, fileName(document.uri), other.deviations);
    return preview.show(result);
}

async function otherVersion(document: vscode.TextDocument, args: CompareArguments): Promise<OtherVersion | undefined> {
    if (args.against !== undefined) {
        const uri = typeof args.against === 'string' ? vscode.Uri.parse(args.against) : args.against;
        return { text: await readText(uri), label: fileName(uri), deviations: args.deviations === true };
    }
    if (args.againstHead) return head(document);
    const choices: Array<vscode.QuickPickItem & { pick: () => Promise<OtherVersion | undefined> }> = [
        { label: 'Another .sla file…', detail: 'what changed from that file to this one', pick: () => pickFile(false) },
        ...((await hasGitHead(document.uri))
            ? [{ label: 'The version in git HEAD', detail: 'what changed since the last commit', pick: () => head(document) }]
            : []),
        {
            label: 'The standard offering (deviations)…',
            detail: 'what a deal desk must approve in this negotiated contract',
            pick: () => pickFile(true),
        },
    ];
    const chosen = await vscode.window.showQuickPick(choices, { title, placeHolder: `Compare ${fileName(document.uri)} with…` });
    return chosen?.pick();
}

async function pickFile(deviations: boolean): Promise<OtherVersion | undefined> {
    const [uri] =
        (await vscode.window.showOpenDialog({
            title: deviations ? 'The standard offering' : 'The other version',
            canSelectMany: false,
            filters: { 'SLA documents': ['sla'] },
        })) ?? [];
    return uri ? { text: await readText(uri), label: fileName(uri), deviations } : undefined;
}

async function head(document: vscode.TextDocument): Promise<OtherVersion | undefined> {
    const text = await textAtHead(document.uri);
    if (text === undefined) throw new Error(`${fileName(document.uri)} is not in a git repository that VS Code's git extension can read`);
    return { text, label: `HEAD:${fileName(document.uri)}`, deviations: false };
}

/** An open editor's text (possibly unsaved), else the file's bytes. */
async function readText(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
}
