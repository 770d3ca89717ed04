import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * The extension's client reads the registry of output formats as data (names, extensions, titles,
 * markers) and asks the server to generate: its bundle holds no generator and none of the
 * libraries generators use. Bundled here as packages/vscode/scripts/bundle.mjs bundles it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

async function clientInputs(entry: string, platform: 'browser' | 'node'): Promise<string[]> {
    const result = await build({
        entryPoints: [`${root}packages/vscode/src/${entry}`],
        bundle: true,
        minify: true,
        keepNames: true,
        write: false,
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: root,
        outfile: `${root}packages/vscode/dist/client-bundle-test.js`,
        platform,
        format: 'cjs',
        target: platform === 'node' ? 'node20' : 'es2022',
        external: ['vscode'],
        conditions: platform === 'node' ? [] : ['worker'],
    });
    const [output] = Object.values(result.metafile.outputs);
    return Object.keys(output.inputs);
}

it.each([
    ['extension-web.ts', 'browser'],
    ['extension-node.ts', 'node'],
] as const)('the %s client bundles the formats as data, no generator', async (entry, platform) => {
    const inputs = await clientInputs(entry, platform);
    const language = inputs.filter((input) => input.startsWith('packages/language/'));
    const allowed = [
        /^packages\/language\/src\/lsp\/sla-protocol\.ts$/,
        /^packages\/language\/src\/generator\/output-format(-list)?\.ts$/,
        /^packages\/language\/src\/generator\/json-types\.ts$/,
        /^packages\/language\/src\/generator\/[a-z]+\/[a-z-]+-format\.ts$/,
        /^packages\/language\/src\/generator\/docx\/docx-marker\.ts$/,
    ];
    expect(language.filter((input) => !allowed.some((pattern) => pattern.test(input)))).toEqual([]);
    expect(language).toContain('packages/language/src/generator/output-format-list.ts');
    const libraries = new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []));
    for (const generatorLibrary of [
        'docx',
        'yaml',
        'langium',
        'mdast-util-to-markdown',
        'intl-messageformat',
        '@prometheus-io/lezer-promql',
    ]) {
        expect(libraries.has(generatorLibrary), generatorLibrary).toBe(false);
    }
});
