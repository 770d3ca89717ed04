// The main job: check every example, build the clean one, and show a budget and a credit — what a
// CI pipeline of an SLA repository would run. Fails when a result differs from what it should be.
import { spawnSync } from 'node:child_process';

const steps = [
    { args: ['check', 'examples/acme-tiers.sla'], expect: 0, why: 'the clean example has no error' },
    { args: ['check', 'examples/'], expect: 1, why: 'the other examples hold deliberate mistakes' },
    {
        args: ['build', 'examples/acme-tiers.sla', 'examples/cloud-provider-style.sla', '--out', 'out/'],
        expect: 0,
        why: 'JSON and contract text of the clean examples',
    },
    {
        args: ['build', 'examples/seed-overlap.sla', '--out', 'out/'],
        expect: 1,
        why: 'a document with errors is not compiled: nothing is written',
    },
    { args: ['budget', '99.95%'], expect: 0, why: 'the downtime budget of three and a half nines' },
    {
        args: ['credits', 'examples/acme-tiers.sla', '--tier', 'Enterprise', '--downtime', '3h', '--days', '30'],
        expect: 0,
        why: 'the spec example',
    },
];

let failed = 0;
for (const step of steps) {
    process.stdout.write(`\n$ sla ${step.args.join(' ')}    # ${step.why}\n`);
    const result = spawnSync(process.execPath, ['packages/cli/bin/sla.js', ...step.args], { stdio: 'inherit' });
    if (result.status !== step.expect) {
        process.stdout.write(`^ exited ${result.status}, expected ${step.expect}\n`);
        failed++;
    }
}
process.exitCode = failed ? 1 : 0;
