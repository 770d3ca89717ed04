/**
 * The extension inside a real VS Code, through the `vscode` API only, so the same suite runs in
 * VS Code for the Web (test/run-web.mjs) and in desktop VS Code (test/run-electron.mjs).
 *
 * The runner prepares the workspace: `examples/` (the project's examples) and `expected/`, what
 * the `sla` CLI printed and wrote for them (`manifest.json`, `acme-tiers.md`, `acme-tiers.json`),
 * so that "the same as the CLI" is checked against the CLI itself.
 */
import * as vscode from 'vscode';
import { OUTPUT_FORMAT_INFOS } from 'sla-language/output-format-list';
import { expectedCodes } from '../../../../test/helpers/expectations.js';
import { assert, assertEqual, poll, test } from './harness.js';

interface CliDiagnostic {
    file: string;
    line: number;
    severity: string;
    code: string;
    message: string;
}
interface Manifest {
    examples: string[];
    check: CliDiagnostic[];
    build: { source: string; markdown: string; json: string };
    credits: { source: string; tier: string; measurement: string; text: string; json: Record<string, unknown> };
    report: { source: string; log: string; markdown: string };
}

const root = () => vscode.workspace.workspaceFolders![0].uri;
const at = (path: string) => vscode.Uri.joinPath(root(), path);
const decoder = new TextDecoder();
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri) =>
    vscode.workspace.fs.stat(uri).then(
        () => true,
        () => false,
    );

let manifest: Manifest;

async function open(path: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(at(path));
    return vscode.window.showTextDocument(document, { preview: false });
}

function positionOf(document: vscode.TextDocument, text: string, within = 0): vscode.Position {
    const offset = document.getText().indexOf(text);
    assert(offset >= 0, `"${text}" is not in ${document.uri.path}`);
    return document.positionAt(offset + within);
}

const severityNames = ['error', 'warning', 'info', 'hint'];
const diagnosticKey = (line: number, code: string, severity: string) => `${line}:${code}:${severity}`;

/** `// expect: CODE[, CODE…]` comments: the diagnostics the conformance rule requires on each line. */
function expectations(text: string): Array<{ line: number; code: string }> {
    return [...expectedCodes(text)].flatMap(([line, codes]) => codes.map((code) => ({ line, code })));
}

test('activates on an .sla file and registers its commands', async () => {
    manifest = JSON.parse(await read(at('expected/manifest.json'))) as Manifest;
    const editor = await open('examples/acme-tiers.sla');
    assertEqual(editor.document.languageId, 'sla', 'language of a .sla file');
    const extension = vscode.extensions.getExtension('sla-toolkit.sla-vscode');
    assert(extension, 'the extension sla-toolkit.sla-vscode is installed');
    await poll(
        () => extension.isActive,
        (active) => active,
        15_000,
    );
    assert(extension.isActive, 'the extension is active after opening an .sla file');
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
        'sla.generate',
        'sla.generateContractText',
        'sla.exportJson',
        'sla.openContractPreview',
        'sla.calculateCredit',
        'sla.creditReport',
    ]) {
        assert(commands.includes(id), `command ${id} is registered`);
    }
});

/**
 * The editor shows what `sla check` prints (the same server code), and the specification's
 * conformance rule holds: each `// expect: CODE` line carries that code, other lines no error or
 * warning. A code that no example gets from `sla check` yet is a check still to come: listed as
 * pending, not failed, and required as soon as `sla check` reports it.
 */
async function checkDiagnostics(path: string): Promise<void> {
    const editor = await open(path);
    const fromCli = manifest.check
        .filter((d) => d.file === path)
        .map((d) => diagnosticKey(d.line, d.code, d.severity))
        .sort();
    const inEditor = () =>
        vscode.languages
            .getDiagnostics(editor.document.uri)
            .map((d) =>
                diagnosticKey(
                    d.range.start.line + 1,
                    String(typeof d.code === 'object' ? d.code.value : d.code),
                    severityNames[d.severity],
                ),
            )
            .sort();
    // The server publishes after each build; wait for the one that matches, then compare.
    const shown = await poll(inEditor, (keys) => JSON.stringify(keys) === JSON.stringify(fromCli), 20_000);
    assertEqual(shown, fromCli, `${path}: the editor's diagnostics (line:code:severity) and sla check's`);

    const implemented = new Set(manifest.check.map((d) => d.code));
    const expected = expectations(editor.document.getText());
    const pending: string[] = [];
    for (const { line, code } of expected) {
        if (!implemented.has(code)) {
            pending.push(`${line}:${code}`);
            continue;
        }
        assert(
            shown.some((key) => key.startsWith(`${line}:${code}:`)),
            `${path}:${line} should carry ${code} (// expect:)`,
        );
    }
    const expectedLines = new Set(expected.map((e) => e.line));
    for (const key of shown) {
        const [line, code, severity] = key.split(':');
        assert(
            !(severity === 'error' || severity === 'warning') || expectedLines.has(Number(line)),
            `${path}:${line} carries ${severity} ${code} but has no // expect: comment`,
        );
    }
    if (pending.length > 0) console.log(`      ${path}: pending (not reported by sla check yet): ${pending.join(', ')}`);
}

test('diagnostics of examples/seed-overlap.sla: the two bracket-overlaps its // expect: comments ask for', async () => {
    await checkDiagnostics('examples/seed-overlap.sla');
    const overlaps = vscode.languages.getDiagnostics(at('examples/seed-overlap.sla')).filter((d) => d.code === 'bracket-overlap');
    if (new Set(manifest.check.map((d) => d.code)).has('bracket-overlap')) {
        assertEqual(
            overlaps.map((d) => d.range.start.line + 1),
            [16, 17],
            'bracket-overlap on both overlapping brackets',
        );
    }
});

test('diagnostics of every other example: its // expect: comments, and what sla check reports', async () => {
    for (const path of manifest.examples.filter((p) => p !== 'examples/seed-overlap.sla')) {
        await checkDiagnostics(path);
    }
}, 120_000);

test('hover on 99.95% shows its downtime budget (21m 36s a 30-day month)', async () => {
    const editor = await open('examples/acme-tiers.sla');
    const position = positionOf(editor.document, 'availability 99.95%', 'availability 99'.length);
    const hovers = await poll(
        () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position),
        (result) => (result ?? []).length > 0,
    );
    const text = (hovers ?? []).flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert(text.includes('21m 36s'), `the hover names the monthly budget 21m 36s; it says:\n${text}`);
});

test('inlay hints show the budget per period after availability figures, and sla.inlayHints.enabled turns them off', async () => {
    const editor = await open('examples/acme-tiers.sla');
    const document = editor.document;
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    const label = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));
    const standardLine = positionOf(document, 'availability 99.9%\n').line;
    const found = await poll(hints, (result) => (result ?? []).some((h) => h.position.line === standardLine));
    const standard = (found ?? []).find((h) => h.position.line === standardLine);
    assert(
        standard && label(standard).includes('43m 12s') && label(standard).includes('month'),
        `a hint after 99.9% with 43m 12s / month; got ${standard && label(standard)}`,
    );

    const settings = vscode.workspace.getConfiguration('sla');
    await settings.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
    try {
        const off = await poll(hints, (result) => (result ?? []).length === 0, 10_000);
        assertEqual((off ?? []).length, 0, 'inlay hints with sla.inlayHints.enabled = false');
    } finally {
        await settings.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    const on = await poll(hints, (result) => (result ?? []).length > 0, 10_000);
    assert((on ?? []).length > 0, 'inlay hints come back when the setting is reset');
});

test('Generate Contract Text writes the same bytes as sla build', async () => {
    const source = at(manifest.build.source);
    const outcome = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('sla.generateContractText', source);
    assert(outcome?.written, `the command wrote a file; it returned ${JSON.stringify(outcome)}`);
    assertEqual(outcome.written.toString(), at('examples/acme-tiers.md').toString(), 'written next to the document');
    const written = await vscode.workspace.fs.readFile(outcome.written);
    const expected = await vscode.workspace.fs.readFile(at(manifest.build.markdown));
    assert(written.length > 500, 'the contract text is not empty');
    assertEqual(decoder.decode(written), decoder.decode(expected), 'contract text from the editor vs. from sla build');
    assertEqual(written.length, expected.length, 'byte length');
});

test('Export JSON writes the same bytes as sla build, into sla.output.folder when set', async () => {
    const settings = vscode.workspace.getConfiguration('sla', at('examples'));
    await settings.update('output.folder', 'generated/contracts', vscode.ConfigurationTarget.Global);
    try {
        const outcome = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('sla.exportJson', at(manifest.build.source));
        assert(outcome?.written, `the command wrote a file; it returned ${JSON.stringify(outcome)}`);
        assertEqual(outcome.written.toString(), at('generated/contracts/acme-tiers.json').toString(), 'written into sla.output.folder');
        const written = decoder.decode(await vscode.workspace.fs.readFile(outcome.written));
        assertEqual(written, await read(at(manifest.build.json)), 'JSON from the editor vs. from sla build');
        JSON.parse(written);

        // A folder outside the workspace is refused, and nothing is written.
        await settings.update('output.folder', '../outside', vscode.ConfigurationTarget.Global);
        const refused = await vscode.commands.executeCommand<{ refused?: string; reason?: string }>(
            'sla.exportJson',
            at(manifest.build.source),
        );
        assertEqual(refused?.refused, 'location', `refused for a folder outside the workspace (${JSON.stringify(refused)})`);
        assert(!(await exists(vscode.Uri.joinPath(root(), '..', 'outside', 'acme-tiers.json'))), 'nothing written outside the workspace');
    } finally {
        await settings.update('output.folder', undefined, vscode.ConfigurationTarget.Global);
    }
});

test('SLA: Generate… writes every registered format, the bytes sla build writes, and refuses an unknown format', async () => {
    const source = at(manifest.build.source);
    for (const format of OUTPUT_FORMAT_INFOS) {
        const outcome = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('sla.generate', {
            uri: source,
            format: format.name,
        });
        assert(outcome?.written, `${format.name}: the command wrote a file; it returned ${JSON.stringify(outcome)}`);
        assertEqual(
            outcome.written.toString(),
            at(`examples/acme-tiers${format.extension}`).toString(),
            `${format.name}: next to the document`,
        );
        const written = await vscode.workspace.fs.readFile(outcome.written);
        const expected = await vscode.workspace.fs.readFile(at(`expected/acme-tiers${format.extension}`));
        assert(written.length > 0, `${format.name}: not empty`);
        assertEqual(
            Array.from(written).join(','),
            Array.from(expected).join(','),
            `${format.name}: the bytes from the editor vs. sla build`,
        );
    }
    const refused = await vscode.commands.executeCommand<{ refused?: string; reason?: string }>('sla.generate', {
        uri: source,
        format: 'pdf',
    });
    assertEqual(refused?.refused, 'format', `an unknown format is refused (${JSON.stringify(refused)})`);
    assert(refused?.reason?.includes('unknown output format "pdf"'), `the refusal names the format: ${refused?.reason}`);
    assert(!(await exists(at('examples/acme-tiers.pdf'))), 'nothing written for an unknown format');
}, 60_000);

test('a file that sla did not write is not overwritten without consent, as with sla build', async () => {
    const source = at('examples/foreign-copy.sla');
    await vscode.workspace.fs.writeFile(source, await vscode.workspace.fs.readFile(at('examples/acme-tiers.sla')));
    const handWritten = new TextEncoder().encode('# Our own notes on the contract\n');
    await vscode.workspace.fs.writeFile(at('examples/foreign-copy.md'), handWritten);
    const refused = await vscode.commands.executeCommand<{ refused?: string }>('sla.generateContractText', {
        uri: source,
        overwriteForeign: false,
    });
    assertEqual(refused?.refused, 'foreign', `refused to overwrite a hand-written file (${JSON.stringify(refused)})`);
    assertEqual(await read(at('examples/foreign-copy.md')), '# Our own notes on the contract\n', 'the hand-written file is untouched');
    const forced = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('sla.generateContractText', {
        uri: source,
        overwriteForeign: true,
    });
    assert(forced?.written, 'overwritten when the person agrees');
    // Its own output carries the marker: a second run overwrites without asking.
    const again = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('sla.generateContractText', {
        uri: source,
        overwriteForeign: false,
    });
    assert(again?.written, `sla's own output is overwritten without asking (${JSON.stringify(again)})`);
});

test('a document with errors is not compiled: the commands refuse and write nothing', async () => {
    const broken = at('examples/broken-copy.sla');
    const text = (await read(at('examples/acme-tiers.sla'))).replace('period monthly', 'period fortnightly');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(text));
    const outcome = await vscode.commands.executeCommand<{ refused?: string; errors?: Array<{ line: number; message: string }> }>(
        'sla.generateContractText',
        broken,
    );
    assertEqual(outcome?.refused, 'errors', `refused (${JSON.stringify(outcome)})`);
    assert(
        (outcome?.errors ?? []).length > 0 && outcome!.errors!.every((e) => e.line > 0 && e.message),
        'the errors are named, with their lines',
    );
    assert(!(await exists(at('examples/broken-copy.md'))), 'no contract text was written');
    const credit = await vscode.commands.executeCommand<{ refused?: string }>('sla.calculateCredit', {
        uri: broken,
        tier: 'Standard',
        measurement: '99%',
    });
    assertEqual(credit?.refused, 'errors', 'the credit calculator refuses too');
});

test('the contract preview renders the contract text under a strict CSP and follows edits', async () => {
    const copy = at('examples/preview-copy.sla');
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(at('examples/acme-tiers.sla')));
    const editor = await open('examples/preview-copy.sla');
    type Snapshot = { title: string; html: string };
    const first = await vscode.commands.executeCommand<Snapshot>('sla.openContractPreview', copy);
    assert(first, 'the command returns the preview');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(first.html)?.[1] ?? '';
    assert(csp.startsWith("default-src 'none'; style-src "), `CSP allows nothing but the stylesheet: ${csp}`);
    assert(!/script/i.test(csp) && !/<script/i.test(first.html), 'no script in the page or its policy');
    assert(/<h[12][^>]*>[^<]*Acme Cloud Platform/.test(first.html), "the agreement's title as a heading");
    assert(/<table>[\s\S]*99\.95%[\s\S]*<\/table>/.test(first.html), 'commitments as a table');
    assert(!/ style="/.test(first.html), 'no inline style attributes (the CSP would drop them)');

    // An edit shows after the debounce, without running the command again.
    const price = positionOf(editor.document, 'price 2000 per month', 'price '.length);
    const edited = /7,?777/;
    assert(!edited.test(first.html), 'the price to be typed is not there yet');
    await editor.edit((edit) => edit.replace(new vscode.Range(price, price.translate(0, 4)), '7777'));
    const after = await vscode.commands.executeCommand<Snapshot>('sla.openContractPreview', copy);
    assert(after && edited.test(after.html), 'the preview shows the edited price');

    // With an error, the preview says so and keeps the last good text.
    const period = positionOf(editor.document, 'period monthly', 'period '.length);
    await editor.edit((edit) => edit.replace(new vscode.Range(period, period.translate(0, 'monthly'.length)), 'fortnightly'));
    const broken = await vscode.commands.executeCommand<Snapshot>('sla.openContractPreview', copy);
    assert(broken && /class="notice"/.test(broken.html) && edited.test(broken.html), 'a notice of the errors above the last good text');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('Credit Report opens the statement sla report writes, with its preview', async () => {
    const { source, log, markdown } = manifest.report;
    const outcome = await vscode.commands.executeCommand<{ markdown?: string; breach?: boolean; statement?: vscode.Uri }>(
        'sla.creditReport',
        {
            uri: at(source),
            log: at(log),
        },
    );
    assert(outcome?.markdown, `the report was made (${JSON.stringify(outcome)})`);
    assertEqual(outcome.markdown, markdown, 'the statement of sla report --format markdown');
    assert(outcome.breach === true, 'February missed the 99.99% of Enterprise');
    assert(/!\[Error budget burned, February 2026\]\(data:image\/svg\+xml;base64,/.test(outcome.markdown), 'the chart is embedded');
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.toString() === outcome.statement?.toString());
    assert(shown?.languageId === 'markdown' && shown.getText() === markdown, 'the statement is open as Markdown');
    const bad = await vscode.commands.executeCommand<{ invalid?: string }>('sla.creditReport', {
        uri: at(source),
        log: at('examples/acme-tiers.sla'),
    });
    assert(bad?.invalid?.startsWith('acme-tiers.sla: line 1'), `a file that is no log is refused in one line (${JSON.stringify(bad)})`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('Calculate Service Credit answers what sla credits answers', async () => {
    const { source, tier, measurement, text, json } = manifest.credits;
    const outcome = await vscode.commands.executeCommand<{ summary?: string; lines?: string[]; json?: unknown }>('sla.calculateCredit', {
        uri: at(source),
        tier,
        measurement,
    });
    assert(outcome?.lines, `the calculator answered (${JSON.stringify(outcome)})`);
    assertEqual(outcome.lines.join('\n') + '\n', text, 'the lines of sla credits');
    assertEqual(outcome.json, json, 'the JSON of sla credits --format json');
    assert(
        outcome.lines.some((line) => line.includes('USD 500.00')),
        'the spec example: USD 500.00',
    );
    assert(
        outcome.summary?.startsWith('Enterprise: 25% service credit = USD 500.00 — 99.5833% is less than 99.9%'),
        `the one-line answer leads with the amount: ${outcome.summary}`,
    );

    const invalid = await vscode.commands.executeCommand<{ invalid?: string }>('sla.calculateCredit', {
        uri: at(source),
        tier,
        measurement: '3m',
    });
    assert(invalid?.invalid && /ambiguous/.test(invalid.invalid), `3m is refused as ambiguous (${JSON.stringify(invalid)})`);
});

test('SLA: Compare with… shows the changes and the redlined contract text, as sla diff reports them', async () => {
    const original = decoder.decode(await vscode.workspace.fs.readFile(at('examples/acme-tiers.sla')));
    const revised = original.replace('availability 99.95%', 'availability 99.9%').replace('window 30 days', 'window 60 days');
    assert(revised !== original, 'the revision changes the text');
    const copy = at('examples/compare-revised.sla');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(revised));
    await open('examples/compare-revised.sla');
    const commands = await vscode.commands.getCommands(true);
    assert(commands.includes('sla.compareWith'), 'command sla.compareWith is registered');

    type Snapshot = { title: string; html: string; counts: Record<string, number>; changes: Array<Record<string, unknown>> };
    const shown = await vscode.commands.executeCommand<Snapshot>('sla.compareWith', { uri: copy, against: at('examples/acme-tiers.sla') });
    assert(shown && 'html' in shown, `the command opened the comparison (${JSON.stringify(shown)?.slice(0, 300)})`);
    assertEqual(shown.title, 'Changes: acme-tiers.sla → compare-revised.sla', 'the preview title names both versions');
    assertEqual(shown.counts, { provider: 1, unclear: 0, customer: 1 }, 'one change for each party');
    assertEqual(
        shown.changes.map((c) => [c.tier, c.clause, c.favours]),
        [
            [null, 'claim window', 'customer'],
            ['Premium', 'availability', 'provider'],
        ],
        'the changes, grouped by tier, customer-unfavourable first',
    );
    assert(/21m 36s → 43m 12s/.test(shown.html), 'the downtime the new availability allows');
    assert(/<h2>Tier Premium<\/h2>/.test(shown.html), 'a heading per tier');
    assert(/within <del>30<\/del><ins>60<\/ins> days/.test(shown.html), 'the redline marks the claim window word by word');
    assert(/<td><del>99\.95%<\/del><ins>99\.9%<\/ins><\/td>/.test(shown.html), 'and the commitment inside its table cell');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(shown.html)?.[1] ?? '';
    assert(csp.startsWith("default-src 'none'; style-src ") && !/<script/i.test(shown.html), `no script under a strict CSP: ${csp}`);

    const broken = at('examples/compare-broken.sla');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(original.replace('period monthly', 'period monthly }}')));
    const refused = await vscode.commands.executeCommand<{ refused?: string; side?: string }>('sla.compareWith', {
        uri: copy,
        against: broken,
    });
    assertEqual([refused?.refused, refused?.side], ['errors', 'old'], 'a version with syntax errors is refused, naming the side');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
