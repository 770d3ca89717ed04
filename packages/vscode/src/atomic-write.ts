/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which
 * then replaces the target in one rename. A failure part-way leaves the old file as it was. Goes
 * through `workspace.fs`, so it works on any file system VS Code has (disk, remote, the web's).
 */
import * as vscode from 'vscode';

export async function writeFileAtomically(target: vscode.Uri, content: Uint8Array): Promise<void> {
    const folder = vscode.Uri.joinPath(target, '..');
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const temporary = vscode.Uri.joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
    await vscode.workspace.fs.createDirectory(folder);
    try {
        await vscode.workspace.fs.writeFile(temporary, content);
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw error;
    }
}
