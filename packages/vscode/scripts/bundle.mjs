// Bundles the extension: its client for desktop (Node, CommonJS) and for the web (a Web Worker
// extension host, CommonJS), the language server as a Node process and as a Web Worker, and the
// TextMate grammar copied in (an extension may only reference files inside its own folder).
// Run by the root `npm run bundle` (scripts/bundle.mjs imports this file) and by `npm run package`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const extension = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const at = (path) => extension + path;

// The grammar is hand-maintained in the repository (Langium no longer generates it): a missing file
// is an error, not a warning, since the manifest names it.
mkdirSync(at('syntaxes'), { recursive: true });
copyFileSync(root + 'syntaxes/sla.tmLanguage.json', at('syntaxes/sla.tmLanguage.json'));

// Minified with names kept (stack traces stay readable); source maps are for development and are
// left out of the .vsix.
const common = {
    metafile: true,
    bundle: true,
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    absWorkingDir: root,
};

const results = await Promise.all([
    build({
        ...common,
        entryPoints: [at('src/extension-node.ts')],
        outfile: at('dist/extension.js'),
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
    }),
    build({
        ...common,
        entryPoints: [at('src/extension-web.ts')],
        outfile: at('dist/extension-web.js'),
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
        conditions: ['worker'],
    }),
    build({
        ...common,
        entryPoints: [at('src/server/server-node.ts')],
        outfile: at('dist/server.mjs'),
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Some dependencies are CommonJS and `require` Node built-ins; give the ESM bundle a require.
        banner: {
            js: "import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);",
        },
    }),
    build({
        ...common,
        // VS Code's web extension host starts nested workers with importScripts: a classic script.
        entryPoints: [root + 'packages/language/src/server/main-browser.ts'],
        outfile: at('dist/server-web.js'),
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        // A worker has no DOM: take packages' worker builds over their DOM ones.
        conditions: ['worker'],
    }),
]);

// The bundles drop the libraries' licence comments; their notices ship in one file instead.
writeFileSync(at('dist/ThirdPartyNotices.txt'), thirdPartyNotices(results.flatMap((result) => Object.keys(result.metafile.inputs))));

function thirdPartyNotices(inputs) {
    const packages = new Map();
    for (const input of inputs) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
        if (!match) continue;
        // Two versions of one package can both be bundled: one notice per name and version.
        const manifest = JSON.parse(readFileSync(`${root + match[1]}/package.json`, 'utf8'));
        const key = `${match[2]} ${manifest.version}`;
        if (!packages.has(key)) packages.set(key, { folder: root + match[1], manifest });
    }
    const sections = [...packages]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, { folder, manifest }]) => {
            const licenceFile = readdirSync(folder).find((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
            const text = licenceFile
                ? readFileSync(`${folder}/${licenceFile}`, 'utf8').trim()
                : `Licence: ${manifest.license ?? 'see the package'}`;
            return `${name} (${manifest.license ?? 'unknown licence'})\n\n${text}`;
        });
    return `The SLA extension bundles the following open-source packages.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
