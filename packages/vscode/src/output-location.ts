/**
 * Where a generated file goes: next to the document, or in `sla.output.folder` relative to the
 * document's workspace folder. A setting can come from a workspace someone else wrote, so the
 * result must stay inside that workspace folder; anything else is refused, never written.
 */
import * as vscode from 'vscode';
import { symbolicLinkOnPath } from './symlink-check.js';

export type OutputLocation = { folder: vscode.Uri } | { refused: string };

export function outputFolder(document: vscode.Uri): OutputLocation {
    if (document.scheme === 'untitled') {
        return { refused: 'save the document first: generated files are written beside it' };
    }
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(document);
    const setting = vscode.workspace.getConfiguration('sla.output', document).get<string>('folder', '').trim();
    const beside = vscode.Uri.joinPath(document, '..');
    if (setting === '') {
        return { folder: beside };
    }
    if (!workspaceFolder) {
        return { refused: `sla.output.folder ("${setting}") is relative to a workspace folder, and the document is in none` };
    }
    const folder = resolveInside(workspaceFolder.uri, setting);
    return folder
        ? { folder }
        : {
              refused: `sla.output.folder ("${setting}") points outside the workspace folder ${workspaceFolder.name}; only folders inside it are written to`,
          };
}

/**
 * The setting as a folder inside `root`, or undefined when it leaves it: `..` segments that climb
 * out, and absolute paths or URIs elsewhere.
 */
export function resolveInside(root: vscode.Uri, setting: string): vscode.Uri | undefined {
    const normalized = setting.replace(/\\/g, '/');
    let candidate: vscode.Uri;
    if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(normalized)) {
        candidate = vscode.Uri.parse(normalized);
    } else if (normalized.startsWith('/') || /^[A-Za-z]:\//.test(normalized)) {
        candidate = root.with({ path: normalized.startsWith('/') ? normalized : `/${normalized}` });
    } else {
        // `..` that climbs above the workspace folder is refused even where the path cannot show
        // it (a workspace at a file system's root, where `/..` is `/` again).
        let depth = 0;
        for (const segment of normalized.split('/')) {
            if (segment === '..') depth--;
            else if (segment !== '' && segment !== '.') depth++;
            if (depth < 0) return undefined;
        }
        candidate = vscode.Uri.joinPath(root, normalized);
    }
    return isInside(root, candidate) ? candidate : undefined;
}

function isInside(root: vscode.Uri, candidate: vscode.Uri): boolean {
    if (root.scheme !== candidate.scheme || root.authority.toLowerCase() !== candidate.authority.toLowerCase()) return false;
    const base = root.path.replace(/\/+$/, '');
    const path = candidate.path.replace(/\/+$/, '');
    const caseless = root.scheme === 'file' && /^\/[A-Za-z]:/.test(base);
    const [b, p] = caseless ? [base.toLowerCase(), path.toLowerCase()] : [base, path];
    return p === b || p.startsWith(`${b}/`);
}

/**
 * The path text above is not the whole story: a folder on the way can be a symbolic link out of
 * the workspace (`out -> /etc`). Asked through the file system just before writing; a reason to
 * refuse, or undefined. A document in no workspace folder has no workspace to leave. On file
 * systems without links (the web's) every stat says no and nothing is refused.
 */
export async function symbolicLinkRefusal(document: vscode.Uri, folder: vscode.Uri): Promise<string | undefined> {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(document);
    if (!workspaceFolder) return undefined;
    const root = workspaceFolder.uri;
    const stat = async (path: string): Promise<number | undefined> => {
        try {
            return (await vscode.workspace.fs.stat(root.with({ path }))).type;
        } catch (error) {
            if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
            throw error;
        }
    };
    const relative = (path: string) => path.slice(root.path.replace(/\/+$/, '').length + 1) || '.';
    try {
        const link = await symbolicLinkOnPath(root.path, folder.path, stat);
        return link === undefined
            ? undefined
            : `${relative(link)} in the workspace folder ${workspaceFolder.name} is a symbolic link, which can lead outside it; generated files are only written through real folders`;
    } catch (error) {
        return `could not check that ${relative(folder.path)} is a real folder inside the workspace folder ${workspaceFolder.name}: ${error instanceof Error ? error.message : String(error)}`;
    }
}
