// Bundles what ships: the CLI and the language server as single ESM files (fast start-up, no
// TypeScript at run time), and, when the extension package exists, its client and web worker.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const nodeBanner = {
    // Some dependencies are CommonJS and `require` Node built-ins; give the ESM bundle a require.
    js: "import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);",
};

const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await build({
    ...common,
    entryPoints: { sla: 'packages/cli/src/main.ts', 'sla-language-server': 'packages/cli/src/language-server.ts' },
    outdir: 'packages/cli/dist',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node22',
    banner: nodeBanner,
});

if (existsSync('packages/vscode/scripts/bundle.mjs')) {
    await import('../packages/vscode/scripts/bundle.mjs');
}
