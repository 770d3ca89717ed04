// Bundles what ships: the CLI and the language server as single files (fast start-up, no
// TypeScript at run time), and, when the extension package exists, its client and web worker.
// The CLI and server bundles are CommonJS so that packages/cli/bin/run-bundle.js can run them
// through vm.Script with a V8 code cache made after the run (docs/PERFORMANCE.md).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await build({
    ...common,
    entryPoints: { sla: 'packages/cli/src/main.ts', 'sla-language-server': 'packages/cli/src/language-server.ts' },
    outdir: 'packages/cli/dist',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node22',
});

if (existsSync('packages/vscode/scripts/bundle.mjs')) {
    await import('../packages/vscode/scripts/bundle.mjs');
}
