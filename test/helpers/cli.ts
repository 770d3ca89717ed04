import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const slaBin = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real `sla` executable (the bundled CLI) as a separate process, with the Node running the tests. */
export function sla(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
    const result = spawnSync(process.execPath, [slaBin, ...args], {
        cwd: options.cwd ?? repoRoot,
        encoding: 'utf8',
        input: options.input,
        timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
