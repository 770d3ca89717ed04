import { hasErrors, InputError, periodDayRange, periodNoun, tierCredit, tierCreditJson, tierCreditLines } from 'sla-language';
import { formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements } from '../load-agreements.js';

export interface CreditsOptions {
    tier: string;
    availability?: number;
    downtime?: number;
    days?: number;
    format: 'text' | 'json';
}

/** `sla credits`: which bracket a measured availability falls in, and what the customer is owed. */
export async function credits(path: string, options: CreditsOptions): Promise<number> {
    if (options.availability === undefined && options.downtime === undefined) {
        throw new InputError('give either --availability or --downtime');
    }
    if (options.availability !== undefined && options.downtime !== undefined) {
        throw new InputError('give either --availability or --downtime, not both');
    }
    if (options.days !== undefined && options.downtime === undefined) {
        throw new InputError('--days goes with --downtime');
    }
    const { agreements, unreadable } = await loadAgreements([path]);
    if (unreadable.length > 0) throw new InputError(`cannot read ${unreadable[0].path}: ${unreadable[0].reason}`);
    const [{ document, diagnostics }] = agreements;
    if (hasErrors(diagnostics)) {
        process.stderr.write(`sla: ${path} has errors; no credit is calculated from it:\n`);
        for (const diagnostic of diagnostics.filter((d) => d.severity === 1)) {
            process.stderr.write(formatText(toFileDiagnostic(path, diagnostic)) + '\n');
        }
        return 1;
    }
    const credit = tierCredit(document.parseResult.value, options, path);
    const range = periodDayRange(credit.period);
    if (credit.days < range.min || credit.days > range.max) {
        // Allowed (a partial period, say), but more likely a slip: say so without failing.
        process.stderr.write(
            `sla: note: ${credit.days} days is not the length of a ${periodNoun(credit.period)} (${range.min}–${range.max} days), the measurement period of ${path}\n`,
        );
    }
    process.stdout.write(
        options.format === 'json' ? JSON.stringify(tierCreditJson(credit), null, 2) + '\n' : tierCreditLines(credit).join('\n') + '\n',
    );
    return 0;
}
