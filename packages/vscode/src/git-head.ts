/**
 * The text of a file at git's HEAD, through the built-in git extension's API where it exists
 * (desktop VS Code with a repository); undefined where it does not (VS Code for the Web, no git,
 * a file outside any repository). Only the few members used here are typed.
 */
import * as vscode from 'vscode';

interface GitRepository {
    show(ref: string, path: string): Promise<string>;
}

interface GitApi {
    getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitExtension {
    getAPI(version: 1): GitApi;
}

async function gitApi(): Promise<GitApi | undefined> {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) return undefined;
    try {
        const exports = extension.isActive ? extension.exports : await extension.activate();
        return exports?.getAPI(1);
    } catch {
        return undefined;
    }
}

/** Whether the file lies in a git repository whose HEAD can be read. */
export async function hasGitHead(uri: vscode.Uri): Promise<boolean> {
    return uri.scheme === 'file' && !!(await gitApi())?.getRepository(uri);
}

/** The file's text at HEAD; throws with git's reason when the file is not in HEAD. */
export async function textAtHead(uri: vscode.Uri): Promise<string | undefined> {
    const repository = (await gitApi())?.getRepository(uri);
    return repository ? repository.show('HEAD', uri.fsPath) : undefined;
}
