/**
 * The text of a file at a git revision, through the `git` command itself (`git show REV:./file`,
 * run in the file's folder), so that whatever git understands as a revision works: `HEAD~2`,
 * a tag, a branch, a commit. Failures are the user's to correct: wrong revision, file not in it.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { decodeText, MAX_FILE_BYTES } from './read-sla-files.js';
import { InputError } from 'sla-language';

export function gitShow(revision: string, path: string): string {
    if (revision.startsWith('-')) throw new InputError(`"${revision}" is not a git revision`);
    const result = spawnSync('git', ['show', `${revision}:./${basename(path)}`], {
        cwd: dirname(path),
        maxBuffer: MAX_FILE_BYTES,
        // git must not wait for a pager or a password prompt.
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' },
    });
    if (result.error) {
        const code = (result.error as NodeJS.ErrnoException).code;
        throw new InputError(
            code === 'ENOENT' ? 'git is not installed (sla diff REV -- FILE runs git show)' : `git show failed: ${result.error.message}`,
        );
    }
    if (result.status !== 0) {
        const reason =
            result.stderr
                .toString('utf8')
                .trim()
                .split('\n')[0]
                ?.replace(/^fatal: /, '') || `git exited with ${result.status}`;
        throw new InputError(`cannot read ${path} at ${revision}: ${reason}`);
    }
    try {
        return decodeText(result.stdout);
    } catch (error) {
        throw new InputError(`cannot read ${path} at ${revision}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
