// The same extension-host suite in desktop VS Code, through @vscode/test-electron: the Node
// extension host, the Node client and the language server as a separate process over IPC.
//
// Desktop VS Code is downloaded by test-electron (or taken from VSCODE_EXECUTABLE). Where it can
// be neither downloaded nor found — as on the project's offline machines — the suite is reported
// as NOT RUN and the exit code is 2, never 0: a run that tested nothing must not look green.
// `--allow-not-run` makes that case exit 0 (still saying "not run") for opportunistic callers.
// On Linux without a display, run it under `xvfb-run -a`.
import { existsSync } from 'node:fs';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { bundleAll, extensionPath, makeWorkspace, suitePath } from './e2e-setup.mjs';

const say = (line) => process.stdout.write(`[e2e desktop] ${line}\n`);
const allowNotRun = process.argv.includes('--allow-not-run');

function notRun(reason) {
    say(`NOT RUN: ${reason}`);
    say('desktop e2e: not run — nothing was tested');
    process.exit(allowNotRun ? 0 : 2);
}

await bundleAll();

let executable = process.env.VSCODE_EXECUTABLE;
if (executable && !existsSync(executable)) notRun(`VSCODE_EXECUTABLE=${executable} does not exist`);
if (!executable) {
    try {
        say('downloading desktop VS Code (stable)…');
        executable = await downloadAndUnzipVSCode({ version: 'stable', timeout: 20_000 });
    } catch (error) {
        notRun(`desktop VS Code could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    }
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    notRun('no display: run this script under `xvfb-run -a`');
}

const workspace = makeWorkspace();
say(`VS Code ${executable}, workspace ${workspace}`);
try {
    await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: suitePath,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    say('desktop e2e: passed');
} catch (error) {
    say(`desktop e2e: FAILED (${error instanceof Error ? error.message : error})`);
    process.exit(1);
}
