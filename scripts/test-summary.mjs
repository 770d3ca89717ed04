// Prints the plain closing line CI logs are read for ("N passed, N failed"): vitest's JSON report
// plus the e2e runner's own "e2e: N passed, N failed" line, when the log holds one.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', logPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportPath)) {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
}
const e2e = logPath && existsSync(logPath) ? /^e2e: (\d+) passed, (\d+) failed/m.exec(readFileSync(logPath, 'utf8')) : null;
if (e2e) {
    passed += Number(e2e[1]);
    failed += Number(e2e[2]);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
