import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, resolveCheckSettings } from '../../packages/language/src/validation/check-settings.js';
import { build } from '../helpers/services.js';
import { findOutputFormat } from '../../packages/language/src/generator/output-formats.js';
import { FORMAT_SHORTCUTS, GENERATE_COMMAND } from '../../packages/vscode/src/format-commands.js';

/**
 * The extension's manifest against the rest of the project: every file it names exists (the
 * grammar after the bundle copies it), every menu entry is a contributed command, the settings are
 * the ones the server reads with the same defaults, and the snippets expand to valid SLA.
 */
const extension = fileURLToPath(new URL('../../packages/vscode/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${extension}package.json`, 'utf8'));
const contributes = manifest.contributes;

describe('the extension manifest', () => {
    it('names only files that are in the extension folder', () => {
        const files = [
            manifest.main,
            manifest.browser,
            manifest.icon,
            ...contributes.languages.flatMap((l: { configuration: string; icon: { light: string; dark: string } }) => [
                l.configuration,
                l.icon.light,
                l.icon.dark,
            ]),
            ...contributes.grammars.map((g: { path: string }) => g.path),
            ...contributes.snippets.map((s: { path: string }) => s.path),
        ];
        for (const file of files) expect(existsSync(`${extension}${file}`), file).toBe(true);
        expect(readFileSync(`${extension}syntaxes/sla.tmLanguage.json`, 'utf8')).toBe(
            readFileSync(fileURLToPath(new URL('../../syntaxes/sla.tmLanguage.json', import.meta.url)), 'utf8'),
        );
    });

    it('puts only contributed commands in menus, and all of them in the palette, editor title and explorer', () => {
        const commands = new Set(contributes.commands.map((c: { command: string }) => c.command));
        expect([...commands].sort()).toEqual([
            'sla.calculateCredit',
            'sla.compareWith',
            'sla.creditReport',
            'sla.exportJson',
            'sla.exportWordDocument',
            'sla.generate',
            'sla.generateContractText',
            'sla.openContractPreview',
        ]);
        for (const menu of ['commandPalette', 'editor/title', 'explorer/context']) {
            const ids = contributes.menus[menu].map((entry: { command: string }) => entry.command);
            expect(new Set(ids), menu).toEqual(commands);
        }
    });

    it("titles each format's shortcut command with the format's title from the registry of output formats", () => {
        const titles = new Map(contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
        expect(titles.get(GENERATE_COMMAND)).toBe('Generate…');
        for (const [command, name] of Object.entries(FORMAT_SHORTCUTS)) {
            const format = findOutputFormat(name);
            expect(format, `${command} names the registered format ${name}`).toBeDefined();
            expect(titles.get(command)).toBe(format!.title);
        }
    });

    it('contributes the check settings the server reads, with its defaults', () => {
        const properties = contributes.configuration.properties;
        const raw: Record<string, unknown> = {};
        for (const [key, schema] of Object.entries<{ default: unknown }>(properties)) {
            if (!key.startsWith('sla.checks.')) continue;
            // VS Code hands the server `sla.checks.capRange.min` as { capRange: { min } }.
            const path = key.slice('sla.checks.'.length).split('.');
            let target = raw;
            for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
            target[path.at(-1)!] = schema.default;
        }
        expect(Object.keys(raw).sort()).toEqual(Object.keys(DEFAULT_CHECK_SETTINGS).sort());
        const { settings, problems } = resolveCheckSettings(raw);
        expect(problems).toEqual([]);
        expect(settings).toEqual(DEFAULT_CHECK_SETTINGS);
        expect(properties['sla.inlayHints.enabled'].default).toBe(true);
        expect(properties['sla.output.folder'].default).toBe('');
        expect(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['sla.output.folder']);
    });
});

/** A snippet body with each placeholder's default (the first choice of a choice), tabs as four spaces. */
function expand(body: string[]): string {
    let text = body.join('\n').replace(/\t/g, '    ');
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
    }
    return text.replace(/\$\{?\d+\}?/g, '');
}

describe('the snippets', () => {
    const snippets: Record<string, { body: string[] }> = JSON.parse(readFileSync(`${extension}snippets/sla.json`, 'utf8'));
    const agreement = expand(snippets.Agreement.body);
    const errorsAndWarnings = async (text: string) =>
        (await build(text)).diagnostics
            .filter((d) => d.severity === 1 || d.severity === 2)
            .map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`);

    it('the agreement snippet expands to an agreement without errors or warnings', async () => {
        expect(agreement).toContain('tier Standard {');
        expect(agreement).not.toMatch(/\$/);
        expect(await errorsAndWarnings(agreement)).toEqual([]);
    });

    it('each block snippet fits where it belongs', async () => {
        const inside = (marker: string, snippet: string) => agreement.replace(marker, `${marker}\n${expand(snippets[snippet].body)}\n`);
        expect(expand(snippets.Tier.body)).toMatch(/^tier Premium extends Standard \{/);
        expect(await errorsAndWarnings(inside('    scope "What the agreement covers"', 'Tier'))).toEqual([]);
        const withoutCredits = agreement.replace(/ {8}credits \{[\s\S]*? {8}\}\n/, '');
        expect(
            await errorsAndWarnings(
                withoutCredits.replace(
                    '        response critical within 4 h, resolution within 24 h',
                    `        response critical within 4 h, resolution within 24 h\n${expand(snippets['Credit schedule'].body)}`,
                ),
            ),
        ).toEqual([]);
    });
});

describe('the snippets of language v2', () => {
    const snippets: Record<string, { body: string[] }> = JSON.parse(readFileSync(`${extension}snippets/sla.json`, 'utf8'));
    const agreement = expand(snippets.Agreement.body);
    const indent = (text: string, spaces: number) =>
        text
            .split('\n')
            .map((line) => ' '.repeat(spaces) + line)
            .join('\n');

    it('each expands where it belongs into an agreement without errors or warnings', async () => {
        const atAgreement = ['Service', 'Calendar', 'Holidays', 'Definitions', 'Duties'].map((name) =>
            indent(expand(snippets[name].body), 4),
        );
        const inTier = ['Service commitments', 'Termination right', 'Recovery objectives'].map((name) =>
            indent(expand(snippets[name].body), 8),
        );
        let text = agreement.replace(
            '    scope "What the agreement covers"',
            `    scope "What the agreement covers"\n${atAgreement.join('\n')}`,
        );
        text = text.replace('    tier Standard {', `    tier Standard {\n${inTier.join('\n')}`);
        text = text.replace('    claims {', `    claims {\n${indent(expand(snippets['Credit terms'].body), 8)}`);
        text = text.replace(/ {4}measurement \{[\s\S]*? {4}\}\n/, `${indent(expand(snippets['Measurement rules'].body), 4)}\n`);
        // An RTO in minutes needs automatic failover (rto-unsupported): the capability the snippet's description names.
        text = text.replace(
            '    scope "What the agreement covers"',
            '    scope "What the agreement covers"\n    capabilities {\n        automatic-failover\n    }',
        );
        const built = await build(text);
        expect(text).not.toMatch(/\$/);
        expect(
            built.diagnostics
                .filter((d) => d.severity === 1 || d.severity === 2)
                .map((d) => `${d.range.start.line + 1}: ${d.code}: ${d.message}`),
        ).toEqual([]);
        expect(text).toContain('service API "Public REST API" {');
        expect(text).toContain('credits are not transferable');
    });
});
