// What both e2e runners share: fresh bundles, the extension-host suite as one CommonJS file, and a
// workspace with the examples and what the `sla` CLI printed and wrote for them.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const extensionPath = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const suitePath = join(extensionPath, 'out/test/suite.js');

/** Bundles the CLI and the extension (the root bundle script), then the suite. */
export async function bundleAll() {
    const cwd = process.cwd();
    process.chdir(repoRoot); // the root bundle script uses paths relative to the repository
    try {
        await import(join(repoRoot, 'scripts/bundle.mjs'));
    } finally {
        process.chdir(cwd);
    }
    await build({
        entryPoints: [join(extensionPath, 'test/suite/index.ts')],
        outfile: suitePath,
        bundle: true,
        // One file for both hosts: a web worker and Node both load CommonJS extension tests.
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
        // The web extension host is a worker: take packages' worker builds over their DOM ones.
        conditions: ['worker'],
        sourcemap: 'inline',
        logLevel: 'warning',
    });
}

function sla(args, cwd) {
    const result = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/sla.js'), ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
    });
    if (result.error) throw result.error;
    return result;
}

/**
 * A fresh folder: `examples/` (copied, so the commands can write beside them) and `expected/` with
 * `sla build`'s files in every format and a manifest of `sla check --format json` and `sla credits`.
 */
export function makeWorkspace() {
    const workspace = mkdtempSync(join(tmpdir(), 'sla-e2e-'));
    mkdirSync(join(workspace, 'examples'));
    for (const name of readdirSync(join(repoRoot, 'examples')).filter((n) => n.endsWith('.sla'))) {
        cpSync(join(repoRoot, 'examples', name), join(workspace, 'examples', name));
    }
    const built = sla(['build', 'examples/acme-tiers.sla', '--format', 'all', '--out', 'expected'], workspace);
    if (built.status !== 0) throw new Error(`sla build failed (${built.status}): ${built.stderr}`);
    const check = sla(['check', 'examples', '--format', 'json'], workspace);
    if (check.status !== 0 && check.status !== 1) throw new Error(`sla check failed (${check.status}): ${check.stderr}`);
    const creditArgs = ['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h'];
    const creditText = sla(creditArgs, workspace);
    const creditJson = sla([...creditArgs, '--format', 'json'], workspace);
    if (creditText.status !== 0 || creditJson.status !== 0) throw new Error(`sla credits failed: ${creditText.stderr}${creditJson.stderr}`);
    const manifest = {
        examples: readdirSync(join(workspace, 'examples'))
            .filter((n) => n.endsWith('.sla'))
            .sort()
            .map((n) => `examples/${n}`),
        check: JSON.parse(check.stdout),
        build: { source: 'examples/acme-tiers.sla', markdown: 'expected/acme-tiers.md', json: 'expected/acme-tiers.json' },
        credits: {
            source: 'examples/acme-tiers.sla',
            tier: 'Enterprise',
            measurement: '3h',
            text: creditText.stdout,
            json: JSON.parse(creditJson.stdout),
        },
    };
    writeFileSync(join(workspace, 'expected/manifest.json'), JSON.stringify(manifest, null, 2));
    return workspace;
}
