import { execFileSync } from 'node:child_process';

/** Re-bundles the CLI and language server so that spawned-process tests never run a stale build. */
export default function setup(): void {
    execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
}
