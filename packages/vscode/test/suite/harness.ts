/**
 * A tiny test runner for inside the extension host (web worker or Node): tests run one after the
 * other, each under a time limit, and the run ends with the plain summary line
 * `N passed, N failed` that CI logs are read for. No framework, so the same bundle runs under
 * VS Code for the Web and under @vscode/test-electron.
 */
type TestFunction = () => Promise<void> | void;

interface TestCase {
    name: string;
    fn: TestFunction;
    timeout: number;
}

const tests: TestCase[] = [];

export function test(name: string, fn: TestFunction, timeout = 30_000): void {
    tests.push({ name, fn, timeout });
}

export async function runAll(log: (line: string) => void = (line) => console.log(line)): Promise<{ passed: number; failed: number }> {
    let passed = 0;
    let failed = 0;
    for (const { name, fn, timeout } of tests) {
        const started = Date.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        try {
            await Promise.race([
                Promise.resolve().then(fn),
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms`)), timeout);
                }),
            ]);
            passed++;
            log(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
            failed++;
            log(
                `  ✗ ${name} (${Date.now() - started} ms)\n      ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 6).join('\n      ') : String(error)}`,
            );
        } finally {
            clearTimeout(timer);
        }
    }
    log(`${passed} passed, ${failed} failed`);
    return { passed, failed };
}

export class AssertionError extends Error {}

export function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new AssertionError(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) throw new AssertionError(`${what}:\n        expected ${e}\n        actual   ${a}`);
}

/** Polls until `probe` returns a value that `done` accepts; returns the last value either way. */
export async function poll<T>(probe: () => PromiseLike<T> | T, done: (value: T) => boolean, timeout = 15_000, interval = 100): Promise<T> {
    const deadline = Date.now() + timeout;
    let value = await probe();
    while (!done(value) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, interval));
        value = await probe();
    }
    return value;
}
