// The long fuzz run: `npm run fuzz -- [--count N] [--seed S] [--services N] [--cli N] [--server N]`.
// --count N sets the services' documents to N and the CLI's documents and the server's edits to N/10
// (default 10,000 / 1,000 / 1,000); the others override one figure each. Prints the figures of the
// run (also written to fuzz-report.json) and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const value = (name) => {
    const index = args.indexOf(`--${name}`);
    if (index < 0) return undefined;
    const number = Number(args[index + 1]);
    if (!Number.isInteger(number) || number < 0) {
        process.stderr.write(`fuzz: --${name} needs a whole number (got "${args[index + 1]}")\n`);
        process.exit(2);
    }
    return number;
};
const count = value('count') ?? 10_000;
const env = {
    ...process.env,
    FUZZ_SERVICES: String(value('services') ?? count),
    FUZZ_CLI: String(value('cli') ?? Math.ceil(count / 10)),
    FUZZ_SERVER: String(value('server') ?? Math.ceil(count / 10)),
    FUZZ_SEED: String(value('seed') ?? Math.floor(Math.random() * 2 ** 31)),
    FUZZ_REPORT: 'fuzz-report.json',
};
process.stdout.write(
    `fuzz: seed ${env.FUZZ_SEED}: ${env.FUZZ_SERVICES} documents through the services, ${env.FUZZ_CLI} through sla check, ${env.FUZZ_SERVER} edits into the language server\n`,
);
rmSync(env.FUZZ_REPORT, { force: true });
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz/fuzz.test.ts'], { stdio: 'inherit', env });
if (existsSync(env.FUZZ_REPORT)) process.stdout.write(`\n${readFileSync(env.FUZZ_REPORT, 'utf8')}`);
process.exitCode = run.status ?? 1;
