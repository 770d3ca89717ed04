import {
    InputError,
    metricCredit,
    metricCreditJson,
    metricCreditLines,
    parseDurationInput,
    parseLatencyInput,
    periodDayRange,
    periodNoun,
    tierCredit,
    tierCreditJson,
    tierCreditLines,
} from 'sla-language';
import { formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements } from '../load-agreements.js';
import { errorsForTier } from '../tier-errors.js';

export interface CreditsOptions {
    tier: string;
    service?: string;
    availability?: number;
    downtime?: number;
    days?: number;
    /** `p95=450ms`: a measured latency percentile, instead of an availability or downtime. */
    latency?: string;
    /** The measured share of failed requests over the period, in percent. */
    errorRate?: number;
    /** Refused with a reason: the language has no credits on them. */
    rpo?: string;
    rto?: string;
    format: 'text' | 'json';
}

/** `sla credits`: which bracket a measured availability, downtime, latency or error rate falls in, and what the customer is owed. */
export async function credits(path: string, options: CreditsOptions): Promise<number> {
    if (options.rpo !== undefined || options.rto !== undefined) {
        throw new InputError(
            `${options.rpo !== undefined ? '--rpo' : '--rto'}: RPO and RTO earn no service credit (the language has no credit brackets for them); give --availability, --downtime, --latency or --error-rate`,
        );
    }
    const measurements = [options.availability, options.downtime, options.latency, options.errorRate].filter(
        (given) => given !== undefined,
    );
    if (measurements.length === 0) {
        throw new InputError('give one of --availability, --downtime, --latency or --error-rate');
    }
    if (measurements.length > 1) {
        throw new InputError('give one measurement: --availability, --downtime, --latency or --error-rate, not two');
    }
    if (options.days !== undefined && options.downtime === undefined) {
        throw new InputError('--days goes with --downtime');
    }
    // Wrong input is told before the file is read: exit 2, whatever the document holds.
    const metricQuery =
        options.latency !== undefined
            ? (() => {
                  const { percentile, seconds } = parseLatencyInput(options.latency, parseDurationInput);
                  return { metric: 'latency' as const, percentile, value: seconds };
              })()
            : options.errorRate !== undefined
              ? { metric: 'error-rate' as const, value: options.errorRate }
              : undefined;
    const { agreements, unreadable } = await loadAgreements([path]);
    if (unreadable.length > 0) throw new InputError(`cannot read ${unreadable[0].path}: ${unreadable[0].reason}`);
    const [{ document, diagnostics }] = agreements;
    const agreement = document.parseResult.value;
    const errors = diagnostics.filter((d) => d.severity === 1);
    const { blocking, elsewhere } = errorsForTier(agreement, errors, options.tier);
    if (blocking.length > 0) {
        process.stderr.write(`sla: ${path} has errors that tier ${options.tier} depends on; no credit is calculated from it:\n`);
        for (const diagnostic of blocking) process.stderr.write(formatText(toFileDiagnostic(path, diagnostic)) + '\n');
        return 1;
    }
    if (elsewhere.length > 0) {
        // Errors in other tiers change nothing of this credit: compute it, and say what else is wrong.
        process.stderr.write(
            `sla: note: ${path} has errors outside tier ${options.tier} and the tiers it extends; they do not change this credit:\n`,
        );
        for (const diagnostic of elsewhere) process.stderr.write(formatText(toFileDiagnostic(path, diagnostic)) + '\n');
    }
    if (metricQuery !== undefined) {
        const result = metricCredit(agreement, { tier: options.tier, service: options.service, ...metricQuery }, path);
        process.stdout.write(
            options.format === 'json'
                ? JSON.stringify(metricCreditJson(result), null, 2) + '\n'
                : metricCreditLines(result).join('\n') + '\n',
        );
        return 0;
    }
    const credit = tierCredit(agreement, options, path);
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
