/**
 * The entry point VS Code calls with `--extensionTestsPath`: run every test, and reject when one
 * failed so that the test host exits non-zero.
 */
import { runAll } from './harness.js';
import './extension.test.js';

export async function run(): Promise<void> {
    const { passed, failed } = await runAll();
    if (failed > 0 || passed === 0) {
        throw new Error(`${failed} of ${passed + failed} extension tests failed`);
    }
}
