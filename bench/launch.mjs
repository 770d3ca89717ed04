// `npm run bench`: re-bundles the CLI and language server (the benchmark spawns them), bundles the
// benchmark itself (bench/run.ts) with esbuild into a temporary .mjs, and runs that on the Node
// that runs this script (npm puts node_modules/.bin first on PATH: Node 22). Arguments are passed
// on (`npm run bench -- --quick`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (bundled.status !== 0) process.exit(bundled.status ?? 1);

const temp = mkdtempSync(join(tmpdir(), 'sla-bench-'));
const outfile = join(temp, 'bench.mjs');
await build({
    entryPoints: [join(repoRoot, 'bench/run.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
});

// The start-up floor (bench/startup-floor.ts): CommonJS, to run through the CLI's code-cached loader.
await build({
    entryPoints: [join(repoRoot, 'bench/startup-floor.ts')],
    outfile: join(temp, 'startup-floor.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
});

const result = spawnSync(process.execPath, [outfile, '--work-dir', temp, ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
rmSync(temp, { recursive: true, force: true });
process.exitCode = result.status ?? 1;
