/**
 * Whether an output folder inside the workspace really is inside it. The path text can be inside
 * while a folder on the way is a symbolic link to somewhere else (`out -> /etc`); writing through
 * it would write outside the workspace. No `vscode` import at run time, so vitest can test it
 * with a fake `stat`; the extension passes `workspace.fs.stat`.
 */

/** `vscode.FileType.SymbolicLink`: a bit, set together with File or Directory (or alone when dangling). */
export const SYMBOLIC_LINK = 64;

/** The type bits of an existing path, or undefined when nothing is there. */
export type StatType = (path: string) => Promise<number | undefined>;

/**
 * The first path from `root` (exclusive) down to `target` (inclusive) that is a symbolic link, or
 * undefined when there is none. The workspace folder itself is what the user opened, so it is not
 * checked. A missing folder ends the walk: it and those below it will be created as real folders.
 * `target` must be `root` or below it (paths with `/`, as in `Uri.path`); the link is returned as
 * `target` spells it.
 */
export async function symbolicLinkOnPath(root: string, target: string, stat: StatType): Promise<string | undefined> {
    const base = root.replace(/\/+$/, '');
    // Windows paths (`/c:/…`) compare without case, as the workspace folder lookup does.
    const [b, t] = /^\/[A-Za-z]:/.test(base) ? [base.toLowerCase(), target.toLowerCase()] : [base, target];
    if (t !== b && !t.startsWith(`${b}/`)) {
        throw new Error(`${target} is not inside ${root}`);
    }
    let path = target.slice(0, base.length);
    for (const segment of target.slice(base.length).split('/')) {
        if (segment === '') continue;
        path = `${path}/${segment}`;
        const type = await stat(path);
        if (type === undefined) return undefined;
        if ((type & SYMBOLIC_LINK) !== 0) return path;
    }
    return undefined;
}
