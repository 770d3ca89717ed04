import { hasErrors } from 'sla-language';
import { byPosition, formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements } from '../load-agreements.js';

export interface CheckOptions {
    format: 'text' | 'json';
}

/** `sla check`: every diagnostic of every file; exit 0 clean, 1 with errors, 2 when a path cannot be read. */
export async function check(paths: string[], options: CheckOptions): Promise<number> {
    const { agreements, unreadable } = await loadAgreements(paths);
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
