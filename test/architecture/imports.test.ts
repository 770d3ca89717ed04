import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The shape ARCHITECTURE.md promises, checked on the sources: no import cycle among the packages'
 * files, type-only imports included (ESLint's boundary rules say who may import whom; this says
 * nothing imports itself round a loop), and at most four files at the root of the language package.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceFolders = ['packages/language/src', 'packages/cli/src', 'packages/vscode/src'].map((folder) => join(root, folder));
/** The packages' public entry points, as their package.json files map them. */
const packageEntries: Record<string, string> = Object.fromEntries(
    ['language', 'cli', 'vscode'].flatMap((name) => {
        const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
        const exports: Record<string, string> = typeof manifest.exports === 'object' ? manifest.exports : {};
        return Object.entries(exports).map(([key, target]) => [
            key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`,
            join(root, 'packages', name, target),
        ]);
    }),
);

function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
        return entry.name.endsWith('.ts') ? [path] : [];
    });
}

/** Every module a file imports or re-exports, `import type` included, resolved to a file of the project. */
function importsOf(file: string): string[] {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles.flatMap(({ fileName }) => {
        if (packageEntries[fileName]) return [packageEntries[fileName]];
        if (!fileName.startsWith('.')) return [];
        const target = resolve(dirname(file), fileName).replace(/\.js$/, '.ts');
        return existsSync(target) ? [target] : [];
    });
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const found: string[][] = [];
    const visit = (node: string): void => {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
        for (const next of graph.get(node) ?? []) {
            if (!index.has(next)) {
                visit(next);
                low.set(node, Math.min(low.get(node)!, low.get(next)!));
            } else if (onStack.has(next)) {
                low.set(node, Math.min(low.get(node)!, index.get(next)!));
            }
        }
        if (low.get(node) === index.get(node)) {
            const component: string[] = [];
            let member: string;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
        }
    };
    for (const node of graph.keys()) if (!index.has(node)) visit(node);
    return found;
}

const graph = new Map(sourceFolders.flatMap(sourceFiles).map((file) => [file, importsOf(file)]));

describe('imports', () => {
    it('reads the sources and their imports', () => {
        expect(graph.size).toBeGreaterThan(100);
        const module = join(root, 'packages/language/src/sla-module.ts');
        expect(graph.get(module)).toContain(join(root, 'packages/language/src/validation/register-checks.ts'));
        expect(graph.get(module)).toContain(join(root, 'packages/language/src/sla-services.ts'));
    });

    it('form no cycle, type-only imports included', () => {
        const named = cycles(graph).map((component) => component.map((file) => relative(root, file)));
        expect(named).toEqual([]);
    });

    it('finds a cycle where there is one (the check can fail)', () => {
        const a = join(root, 'a.ts');
        const b = join(root, 'b.ts');
        expect(
            cycles(
                new Map([
                    [a, [b]],
                    [b, [a]],
                ]),
            ),
        ).toEqual([[a, b]]);
        expect(cycles(new Map([[a, [a]]]))).toEqual([[a]]);
        expect(
            cycles(
                new Map([
                    [a, [b]],
                    [b, []],
                ]),
            ),
        ).toEqual([]);
    });
});

describe('the language package', () => {
    it('keeps at most four files at the root of its sources; the rest is in phase folders', () => {
        const files = readdirSync(join(root, 'packages/language/src'), { withFileTypes: true }).filter((e) => e.isFile());
        expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['index.ts', 'sla-module.ts', 'sla-services.ts']));
        expect(files.length).toBeLessThanOrEqual(4);
    });
});
