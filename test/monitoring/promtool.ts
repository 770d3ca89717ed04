import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's promtool (package `prometheus`), which `npm test` installs where missing
 * (scripts/ensure-tools.mjs). A missing promtool fails the suite with the way to install it:
 * a check that did not run must never read as a check that passed.
 */
export const PROMTOOL = process.env.PROMTOOL || '/usr/bin/promtool';

export function promtool(args: string[], cwd?: string): { status: number | null; output: string } {
    if (!existsSync(PROMTOOL)) {
        throw new Error(
            `${PROMTOOL} not found: install Debian's prometheus package (node scripts/ensure-tools.mjs prometheus) or set PROMTOOL`,
        );
    }
    const result = spawnSync(PROMTOOL, args, { cwd, encoding: 'utf8', timeout: 1_500_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
