// Runs one of the bundled executables (dist/<name>.cjs) with a V8 code cache taken at the end of a
// run. Compiling the 2 MB bundle — above all the functions compiled lazily while Langium builds its
// lexer and parser and checks a document — is a large part of what `sla check` costs on one small
// file; with the cache the next run of the same command skips it (docs/PERFORMANCE.md).
//
// Node's own compile cache (module.enableCompileCache) stores only what is compiled before the code
// runs; this one is made after the run, so it holds every function the command used. It is kept
// per command (`check`, `build`, … each use other code), per Node version and per bundle, in the
// temporary folder like Node's; V8 rejects it by itself when the bundle or the flags change, and
// it is then made again. NODE_DISABLE_COMPILE_CACHE=1 turns it off. Any failure to read or write
// it only costs the time it would have saved.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export function runBundle(name, command = 'run') {
    runScript(fileURLToPath(new URL(`../dist/${name}.cjs`, import.meta.url)), `${name}-${command}`);
}

/** Runs a CommonJS file with the code cache named `cacheName` (also used by the benchmark). */
export function runScript(bundle, cacheName) {
    const source = readFileSync(bundle, 'utf8');
    const disabled = Boolean(process.env.NODE_DISABLE_COMPILE_CACHE);
    const cacheFile = disabled ? undefined : cachePath(bundle, cacheName);
    const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
        filename: bundle,
        cachedData,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) {
        process.once('exit', () => save(cacheFile, () => script.createCachedData()));
    }
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

function cachePath(bundle, cacheName) {
    const key = fnv1a(`${bundle}\0${process.version}\0${process.arch}`);
    const safeName = /^[a-z-]{1,60}$/.test(cacheName) ? cacheName : 'other';
    return join(tmpdir(), 'sla-code-cache', `${safeName}-${key}.bin`);
}

/** A short stable hash for a file name (node:crypto would cost more to load than it saves). */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(16).padStart(8, '0');
}

function readOrUndefined(file) {
    try {
        return readFileSync(file);
    } catch {
        return undefined;
    }
}

function save(file, data) {
    try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed, so that parallel runs never read half a cache.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, data());
        renameSync(partial, file);
    } catch {
        // A read-only or full temporary folder: run without the cache.
    }
}
