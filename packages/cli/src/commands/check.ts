import { Option } from 'commander';
import { CHECK_SETTING_OPTIONS, hasErrors, parseCheckSettingOption, type CheckSettings } from 'sla-language';
import { byPosition, formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements } from '../load-agreements.js';

export interface CheckOptions {
    format: 'text' | 'json';
    /** The threshold options as written, by Commander's attribute name (`--headroom` → `headroom`). */
    [setting: string]: string | undefined;
}

/**
 * An option setting one threshold of the checks (validation/check-settings.ts). The text is
 * checked when parsed (a bad value is exit 2 with a one-line reason) and handed on as written.
 */
export function checkSettingOption(key: keyof CheckSettings, value: string, description: string): Option {
    return new Option(`${CHECK_SETTING_OPTIONS[key]} <${value}>`, description).argParser((text: string) => {
        parseCheckSettingOption(key, text); // throws an InputError (exit 2) for a bad value
        return text;
    });
}

/** `sla check`: every diagnostic of every file; exit 0 clean, 1 with errors, 2 when a path cannot be read. */
export async function check(paths: string[], options: CheckOptions): Promise<number> {
    const settings = Object.fromEntries(
        (Object.keys(CHECK_SETTING_OPTIONS) as Array<keyof CheckSettings>)
            .map((key) => [key, options[new Option(CHECK_SETTING_OPTIONS[key]).attributeName()]])
            .filter(([, text]) => text !== undefined),
    );
    const { agreements, unreadable } = await loadAgreements(paths, settings);
    const diagnostics = agreements
        .flatMap(({ path, diagnostics }) => diagnostics.map((diagnostic) => toFileDiagnostic(path, diagnostic)))
        .sort(byPosition);
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify(diagnostics, null, 2) + '\n');
    } else {
        for (const diagnostic of diagnostics) process.stdout.write(formatText(diagnostic) + '\n');
    }
    for (const { path, reason } of unreadable) {
        process.stderr.write(`sla: cannot read ${path}: ${reason}\n`);
    }
    if (unreadable.length > 0) return 2;
    return agreements.some(({ diagnostics }) => hasErrors(diagnostics)) ? 1 : 0;
}
