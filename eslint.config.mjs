// ESLint: the rules of typescript-eslint's recommended set, and the import boundaries that
// ARCHITECTURE.md describes, enforced. Run by `npm run lint` (and so by CI, .ci/run).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILT_INS = [
    'node:*',
    'fs',
    'fs/*',
    'path',
    'os',
    'child_process',
    'crypto',
    'url',
    'util',
    'stream',
    'worker_threads',
    'vm',
    'module',
];

/** `no-restricted-imports` patterns: `group` lists globs of import paths, `message` says why. */
const forbid = (group, message) => ({ group, message });

const nodeImports = (message) => forbid(NODE_BUILT_INS, message);

/** What no file of the language package imports, whatever its folder adds. */
const notTheCliOrTheExtension = () =>
    forbid(
        ['sla-cli', 'sla-cli/*', '**/cli/src/**', 'sla-vscode', '**/vscode/src/**', 'vscode', 'langium/node'],
        'The language package imports neither the CLI nor the extension, and only server/main-node.ts uses langium/node.',
    );

export default tseslint.config(
    {
        ignores: [
            '**/node_modules/**',
            '**/dist/**',
            '**/out/**',
            'packages/language/src/generated/**',
            '.vscode-test/**',
            'test-results/**',
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { globals: { ...globals.node } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            // A comment may show the invisible character it is about.
            'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
        },
    },

    // The language package runs in a Web Worker (VS Code for the Web): no Node module anywhere in
    // it but in the Node server's entry point, and nothing of the CLI or the extension.
    {
        files: ['packages/language/src/**/*.ts'],
        ignores: ['packages/language/src/server/main-node.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    paths: [
                        {
                            name: 'langium/node',
                            message: 'The language package must load in a Web Worker: only server/main-node.ts may use langium/node.',
                        },
                    ],
                    patterns: [
                        nodeImports(
                            'The language package must load in a Web Worker: only server/main-node.ts may import Node modules. Files are read and written by the CLI and the extension.',
                        ),
                        notTheCliOrTheExtension(),
                    ],
                },
            ],
        },
    },

    // domain/: pure arithmetic and wording, at the bottom: nothing of the project outside domain/,
    // no Langium, no Node, no editor.
    {
        files: ['packages/language/src/domain/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        forbid(['../*', '../**'], 'domain/ imports nothing of the project outside domain/ (ARCHITECTURE.md).'),
                        forbid(
                            ['langium', 'langium/*', 'vscode*', 'chevrotain'],
                            'domain/ is plain TypeScript: no Langium, no editor API.',
                        ),
                        nodeImports('domain/ does no I/O and imports no Node module.'),
                        notTheCliOrTheExtension(),
                    ],
                },
            ],
        },
    },

    // Generators are pure functions of the syntax tree: no I/O, nothing of the editor features,
    // the checks or the server. The registry of formats and its types import no Langium at run time.
    {
        files: ['packages/language/src/generator/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        nodeImports('Generators do no I/O: they return text or bytes, and the CLI or the extension writes them.'),
                        notTheCliOrTheExtension(),
                        forbid(
                            [
                                '../lsp/*',
                                '../../lsp/*',
                                '../validation/*',
                                '../../validation/*',
                                '../server/*',
                                '../../server/*',
                                '../workspace/*',
                                '../../workspace/*',
                            ],
                            'Generators depend on the model and the domain only, not on editor features, checks, the server or the workspace.',
                        ),
                    ],
                },
            ],
        },
    },

    // The layers of ARCHITECTURE.md's code map: what each folder of the language package must not
    // import, and, for all of them, the service types from sla-services.ts, never sla-module.ts
    // (which imports the checks to register them: a cycle).
    ...[
        ['grammar', ['validation', 'lsp', 'generator']],
        ['references', ['validation', 'lsp', 'generator']],
        ['validation', ['lsp', 'generator']],
        ['workspace', ['lsp']],
        ['model', ['validation', 'lsp', 'generator']],
        ['lsp', []],
        ['generator', []],
        ['report', []],
    ].map(([folder, below]) => ({
        files: [`packages/language/src/${folder}/**/*.ts`],
        rules: {
            '@typescript-eslint/no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['**/sla-module.js'],
                            message:
                                'Import the service types from sla-services.ts; sla-module.ts wires the services and imports the checks.',
                        },
                        ...(below.length === 0
                            ? []
                            : [
                                  {
                                      group: below.flatMap((other) => [`../${other}/*`, `../../${other}/*`]),
                                      message: `${folder}/ must not import ${below.join(', ')} (ARCHITECTURE.md, code map).`,
                                  },
                              ]),
                    ],
                },
            ],
        },
    })),

    // The registry of output formats and its types import no Langium at run time (after the layers: it replaces their rule for these two files).
    {
        files: [
            'packages/language/src/generator/output-format.ts',
            'packages/language/src/generator/output-formats.ts',
            'packages/language/src/generator/output-format-list.ts',
        ],
        rules: {
            '@typescript-eslint/no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['**/sla-module.js', '../lsp/*', '../validation/*'],
                            message: 'The registry is browser-safe data and generators.',
                        },
                        {
                            group: ['langium', 'langium/*'],
                            allowTypeImports: true,
                            message: 'The registry of output formats is browser-safe data: Langium types only.',
                        },
                    ],
                },
            ],
        },
    },

    // The CLI uses the language package through its public entry points, never its files.
    {
        files: ['packages/cli/src/**/*.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        forbid(
                            ['**/language/src/**', 'sla-vscode', '**/vscode/src/**'],
                            "The CLI imports 'sla-language' (and its declared entry points), not its files, and nothing of the extension.",
                        ),
                    ],
                },
            ],
        },
    },

    // The extension's client runs in a web extension host too: files only through vscode.workspace.fs.
    {
        files: ['packages/vscode/src/**/*.ts'],
        ignores: ['packages/vscode/src/extension-node.ts', 'packages/vscode/src/server/server-node.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        nodeImports(
                            'The extension runs in VS Code for the Web too: use vscode.workspace.fs, not Node modules (only extension-node.ts and server/server-node.ts are Node-only).',
                        ),
                        forbid(
                            ['**/language/src/**', 'sla-cli', '**/cli/src/**'],
                            "The extension imports 'sla-language' through its declared entry points, and nothing of the CLI.",
                        ),
                    ],
                },
            ],
        },
    },
);
