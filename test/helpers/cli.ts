import { spawn, spawnSync } from 'node:child_process';
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

/** `sla` without blocking the test's event loop: for tests that serve HTTP to the CLI from the same process. */
export function slaAsync(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [slaBin, ...args], { cwd: options.cwd ?? repoRoot });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}
