import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildText, createSlaServices } from '../../packages/language/src/index.js';
import {
    DEFAULT_CHECK_SETTINGS,
    parseCheckSettingOption,
    resolveCheckSettings,
} from '../../packages/language/src/validation/check-settings.js';
import { sla as cli } from '../helpers/cli.js';
import { credits, sla, tier } from './documents.js';

describe('check settings: defaults and parsing', () => {
    it("defaults to the specification's figures", () => {
        expect(DEFAULT_CHECK_SETTINGS).toEqual({
            capRange: { min: 25, max: 50 },
            headroomFactor: 1.5,
            ninesThreshold: 99.999,
            fourNinesThreshold: 99.99,
            unstaffedResponseLimit: 7200,
        });
        expect(resolveCheckSettings(undefined)).toEqual({ settings: DEFAULT_CHECK_SETTINGS, problems: [] });
    });

    it("reads a client's sla.checks object, falling back per value when one is malformed", () => {
        const { settings, problems } = resolveCheckSettings({
            capRange: { min: 20 },
            headroomFactor: 2,
            ninesThreshold: 'many',
            unstaffedResponseLimit: '90 min',
        });
        expect(settings).toEqual({
            ...DEFAULT_CHECK_SETTINGS,
            capRange: { min: 20, max: 50 },
            headroomFactor: 2,
            unstaffedResponseLimit: 5400,
        });
        expect(problems).toEqual(['sla.checks.ninesThreshold must be a percentage above 0 and at most 100 (got "many")']);
    });

    it.each<[Parameters<typeof parseCheckSettingOption>[0], string, unknown]>([
        ['capRange', '20-50', { min: 20, max: 50 }],
        ['capRange', '20% - 40%', { min: 20, max: 40 }],
        ['headroomFactor', '1.5', 1.5],
        ['ninesThreshold', '99.999', 99.999],
        ['fourNinesThreshold', '99.95%', 99.95],
        ['unstaffedResponseLimit', '1h 30min', 5400],
    ])('option %s %s', (key, text, value) => {
        expect(parseCheckSettingOption(key, text)).toEqual(value);
    });

    it.each<[Parameters<typeof parseCheckSettingOption>[0], string, RegExp]>([
        ['capRange', '50-20', /--cap-range must run from low to high/],
        ['capRange', '20', /--cap-range must be a range such as 25-50/],
        ['capRange', '20-150', /upper end\) must be a percentage from 0 to 100/],
        ['headroomFactor', '0.9', /--headroom must be a number of at least 1/],
        ['headroomFactor', '', /--headroom must be a number/],
        ['ninesThreshold', '0', /--nines-threshold must be a percentage above 0/],
        ['unstaffedResponseLimit', '2m', /ambiguous/],
        ['unstaffedResponseLimit', '2 fortnights', /--unstaffed-limit must be a duration/],
    ])('rejects %s %j', (key, text, message) => {
        expect(() => parseCheckSettingOption(key, text)).toThrow(message);
    });
});

const document = sla(
    tier('T', [
        'availability 99.99%',
        'latency p95 320 ms',
        'support 24x7',
        'response critical within 90 min',
        credits(['credit 10% when availability below 99.99%'], 'cap 20%'),
    ]),
    { capabilities: 'observed latency p95 200 ms' },
);

function codesByLine(diagnostics: Array<{ code?: string | number }>): string[] {
    return diagnostics.map((d) => String(d.code)).sort();
}

describe('check settings from the client (ConfigurationProvider, section sla.checks)', () => {
    it('uses the defaults when the client sends nothing', async () => {
        const { shared } = createSlaServices(EmptyFileSystem);
        const built = await buildText(shared, document, URI.parse('memory:/settings-default.sla'));
        expect(codesByLine(built.diagnostics)).toEqual(['cap-range', 'four-nines-unsupported', 'unstaffed-response']);
    });

    it('applies every threshold from the settings', async () => {
        const { shared } = createSlaServices(EmptyFileSystem);
        shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: {
                sla: {
                    checks: {
                        capRange: { min: 20, max: 50 },
                        headroomFactor: 2,
                        ninesThreshold: 99.99,
                        fourNinesThreshold: 99.999,
                        unstaffedResponseLimit: '1h',
                    },
                },
            },
        });
        const built = await buildText(shared, document, URI.parse('memory:/settings-custom.sla'));
        expect(codesByLine(built.diagnostics)).toEqual(['little-headroom', 'unrealistic-nines']);
    });

    it('re-validates open documents when the settings change', async () => {
        const { shared } = createSlaServices(EmptyFileSystem);
        const built = await buildText(shared, document, URI.parse('memory:/settings-change.sla'));
        expect(codesByLine(built.diagnostics)).toContain('cap-range');
        const revalidated = new Promise<void>((resolve) => {
            const listener = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
                listener.dispose();
                resolve();
            });
        });
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sla: { checks: { capRange: { min: 20, max: 50 } } } } });
        await revalidated;
        expect(codesByLine(built.document.diagnostics ?? [])).not.toContain('cap-range');
    });
});

describe('check settings from `sla check` options', () => {
    it('changes the verdicts', async () => {
        const { mkdtempSync, writeFileSync } = await import('node:fs');
        const { join } = await import('node:path');
        const { tmpdir } = await import('node:os');
        const file = join(mkdtempSync(join(tmpdir(), 'sla-settings-')), 'doc.sla');
        writeFileSync(file, document);
        const defaults = cli(['check', file, '--format', 'json']);
        expect(defaults.status).toBe(0);
        expect(
            JSON.parse(defaults.stdout)
                .map((d: { code: string }) => d.code)
                .sort(),
        ).toEqual(['cap-range', 'four-nines-unsupported', 'unstaffed-response']);
        const custom = cli([
            'check',
            file,
            '--format',
            'json',
            '--cap-range',
            '20-50',
            '--headroom',
            '2',
            '--nines-threshold',
            '99.99',
            '--four-nines-threshold',
            '99.999',
            '--unstaffed-limit',
            '1h',
        ]);
        expect(custom.status).toBe(0);
        expect(
            JSON.parse(custom.stdout)
                .map((d: { code: string }) => d.code)
                .sort(),
        ).toEqual(['little-headroom', 'unrealistic-nines']);
    });

    it.each([
        [['--cap-range', '50-20'], 'sla: --cap-range must run from low to high (got 50-20)\n'],
        [['--headroom', 'wide'], 'sla: --headroom must be a number of at least 1, such as 1.5 (got "wide")\n'],
        [['--nines-threshold', '101'], 'sla: --nines-threshold must be a percentage above 0 and at most 100 (got "101")\n'],
        [['--unstaffed-limit', '2m'], 'sla: --unstaffed-limit: "2m" is ambiguous (minutes or months?); write 2min\n'],
    ])('rejects %j with one line and exit 2', (args, stderr) => {
        const result = cli(['check', 'examples/acme-tiers.sla', ...args]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(stderr);
        expect(result.stdout).toBe('');
    });
});
