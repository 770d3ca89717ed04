import {
    availabilityFromDowntime, agreementPeriod, calculateCredit, capitalize, creditBrackets, creditCap, describeIntervalInWords,
    effectiveTiers, formatDuration, formatMeasured, formatMoney, formatPercent, hasErrors, measuredFromAvailability, percentFormatter, periodDays,
    periodNoun, AVAILABILITY_DOMAIN, type CreditResult, type Measured,
} from 'sla-language';
import { formatText, toFileDiagnostic } from '../format-diagnostics.js';
import { loadAgreements } from '../load-agreements.js';
import { UsageError } from '../usage-error.js';

export interface CreditsOptions {
    tier: string;
    availability?: number;
    downtime?: number;
    days?: number;
    format: 'text' | 'json';
}

/** `sla credits`: which bracket a measured availability falls in, and what the customer is owed. */
export async function credits(path: string, options: CreditsOptions): Promise<number> {
    if ((options.availability === undefined) === (options.downtime === undefined)) {
        throw new UsageError('give either --availability or --downtime');
    }
    if (options.days !== undefined && options.downtime === undefined) {
        throw new UsageError('--days goes with --downtime');
    }
    const { agreements, unreadable } = await loadAgreements([path]);
    if (unreadable.length > 0) throw new UsageError(`cannot read ${unreadable[0].path}: ${unreadable[0].reason}`);
    const [{ document, diagnostics }] = agreements;
    if (hasErrors(diagnostics)) {
        process.stderr.write(`sla: ${path} has errors; no credit is calculated from it:\n`);
        for (const diagnostic of diagnostics.filter((d) => d.severity === 1)) {
            process.stderr.write(formatText(toFileDiagnostic(path, diagnostic)) + '\n');
        }
        return 1;
    }
    const agreement = document.parseResult.value;
    const tiers = effectiveTiers(agreement);
    const tier = tiers.get(options.tier);
    if (!tier) {
        throw new UsageError(`${path} has no tier "${options.tier}"; its tiers are ${[...tiers.keys()].join(', ')}`);
    }
    const commitment = tier.clauses.availability?.value.value;
    const schedule = tier.clauses.credits?.value;
    if (commitment === undefined || !schedule) {
        throw new UsageError(`tier ${options.tier} has no ${commitment === undefined ? 'availability commitment' : 'credit schedule'}`);
    }
    const period = agreementPeriod(agreement);
    const days = options.days ?? periodDays(period);
    const measured: Measured = options.downtime !== undefined
        ? availabilityFromDowntime(options.downtime, days)
        : measuredFromAvailability(options.availability!);
    const brackets = creditBrackets(schedule).map(({ bracket }) => bracket);
    const cap = creditCap(schedule);
    const price = tier.clauses.price?.value.amount;
    const currency = agreement.currencies[0]?.code ?? '';
    const result = calculateCredit({ brackets, cap, commitment, monthlyPrice: price, measured });
    const bracket = result.bracketIndex === undefined ? undefined : brackets[result.bracketIndex];
    const bracketWords = bracket && capitalize(describeIntervalInWords(bracket.interval, percentFormatter(agreement), AVAILABILITY_DOMAIN));

    if (options.format === 'json') {
        process.stdout.write(JSON.stringify({
            tier: options.tier,
            commitment,
            period,
            days,
            downtimeSeconds: options.downtime ?? null,
            measuredAvailability: Number(formatMeasured(measured.exact).slice(0, -1)),
            outcome: result.reason,
            bracket: bracket ? { credit: bracket.credit, description: bracketWords, ...bracket.interval } : null,
            credit: result.credit,
            capped: result.capped,
            cap: cap ?? null,
            monthlyPrice: price ?? null,
            amount: result.amount ?? null,
            currency,
        }, null, 2) + '\n');
        return 0;
    }
    const lines = [
        `Tier ${options.tier}: commitment ${formatPercent(commitment)} ${period} availability`,
        `Measured availability: ${formatMeasured(measured.exact)}${options.downtime !== undefined
            ? ` (${formatDuration(options.downtime)} of downtime in a ${days}-day ${periodNoun(period)})` : ''}`,
        ...outcomeLines(result, bracketWords, cap, price, currency),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
}

function outcomeLines(result: CreditResult, bracketWords: string | undefined, cap: number | undefined, price: number | undefined, currency: string): string[] {
    if (result.reason === 'met') return ['The commitment is met: no service credit is due.'];
    if (result.reason === 'gap') return ['No bracket of the credit schedule covers this availability: no service credit is due (see bracket-gap).'];
    const capNote = result.capped ? ` (the bracket's ${formatPercent(result.bracketCredit)}, capped at ${formatPercent(cap!)})` : '';
    return [
        `Bracket: ${bracketWords} → ${formatPercent(result.bracketCredit)}`,
        `Credit: ${formatPercent(result.credit)} of the monthly fee${capNote}`,
        price === undefined || result.amount === undefined
            ? 'Amount: the tier has no price'
            : `Amount: ${formatMoney(result.amount, currency)} (${formatPercent(result.credit)} of ${formatMoney(price, currency)})`,
    ];
}
