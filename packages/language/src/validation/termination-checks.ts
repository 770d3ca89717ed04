import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { SlaAstType, Termination, Tier } from '../generated/ast.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, isEmpty, type Interval } from '../domain/interval.js';
import { periodNoun } from '../domain/period.js';
import { clampToCommitment, partMeetingCommitment } from '../domain/schedule.js';
import { effectiveTier, metricKey, tierViews, type EffectiveTier } from '../model/effective-tiers.js';
import { agreementOf, durationFormatter } from '../model/schedules.js';
import { agreementPeriod, bracketInterval, durationSeconds, percentFormatter } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { rewriteBoundsSide, type FixData, type QuickFix } from './quick-fix-data.js';
import { relatedTo } from './related-information.js';
import { inheritedNote, rangeInWords } from './wording.js';

const MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12 };

/**
 * Termination rights for chronic failure: a window the agreement can hold, counted in its own
 * periods, and a threshold that only a missed commitment can reach.
 */
export function terminationChecks(): ValidationChecks<SlaAstType> {
    return {
        Termination: checkTerminationWindow,
        Tier: checkTerminationBelowCommitment,
    };
}

/** `months` → `month`. */
function unitNoun(unit: string | undefined): string | undefined {
    return unit?.replace(/s$/, '');
}

function checkTerminationWindow(termination: Termination, accept: ValidationAcceptor): void {
    const agreement = agreementOf(termination);
    const period = agreementPeriod(agreement);
    const unit = unitNoun(termination.unit);
    if (unit && unit !== 'period' && unit !== periodNoun(period)) {
        accept(
            'error',
            `Availability is measured per ${periodNoun(period)}, so a termination right counts ${periodNoun(period)}s (or \`periods\`), not ${termination.unit}.`,
            { node: termination, property: 'unit', code: IssueCodes.InvalidValue },
        );
        return;
    }
    const { count, window, consecutive } = termination;
    if (count !== undefined && window !== undefined && Number.isFinite(count) && Number.isFinite(window)) {
        if (!Number.isInteger(count) || !Number.isInteger(window) || count < 1 || count > window) {
            accept('error', `"Any ${count} of ${window}" needs whole numbers with ${count} at most ${window}.`, {
                node: termination,
                property: 'count',
                code: IssueCodes.InvalidValue,
            });
            return;
        }
    }
    if (consecutive !== undefined && Number.isFinite(consecutive) && (!Number.isInteger(consecutive) || consecutive < 1)) {
        accept('error', `A termination right counts a whole number of ${periodNoun(period)}s in a row, at least 1 (not ${consecutive}).`, {
            node: termination,
            property: 'consecutive',
            code: IssueCodes.InvalidValue,
        });
        return;
    }
    const length = window ?? consecutive;
    const term = agreement.terms[0];
    if (length === undefined || !term || term.length === undefined || !Number.isFinite(term.length)) return;
    const termMonths = term.length * (term.unit?.startsWith('year') ? 12 : 1);
    const windowMonths = length * MONTHS[periodNoun(period)];
    if (windowMonths <= termMonths) return;
    accept(
        'warning',
        `The termination window of ${length} ${periodNoun(period)}s is longer than the term of ${term.$cstNode?.text.replace(/^term\s+/, '') ?? '?'}: the right can never be used.`,
        {
            node: termination,
            property: window !== undefined ? 'window' : 'consecutive',
            code: IssueCodes.TerminationWindowOverTerm,
            relatedInformation: relatedTo(term, 'The term of the agreement'),
        },
    );
}

/**
 * A right to terminate while the commitment is met (`termination when availability below 99.95%`
 * with `availability 99.9%`) would end the agreement for service the provider promised and
 * delivered. Judged per tier and per service, in the tier that brings the pair together.
 */
function checkTerminationBelowCommitment(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    const agreement = agreementOf(tier);
    const judged = new Set<string>();
    for (const view of tierViews(effective)) {
        for (const [key, sourced] of Object.entries(view.clauses)) {
            if (!key.startsWith('termination ') || !sourced) continue;
            const termination = sourced.value as Termination;
            const metric = metricKey(termination.metric);
            const commitment = commitmentOf(view.clauses, metric);
            if (!metric || !commitment || (sourced.from !== tier.name && commitment.from !== tier.name)) continue;
            const pair = `${termination.$cstNode?.offset}:${commitment.node.$cstNode?.offset}`;
            if (judged.has(pair)) continue;
            judged.add(pair);
            const latency = metric.startsWith('latency');
            const interval = bracketInterval(termination);
            const met = isEmpty(interval)
                ? undefined
                : partMeetingCommitment(interval, commitment.value, metric === 'availability' ? 'lower' : 'higher');
            if (!met) continue;
            const format = latency ? durationFormatter(agreement) : percentFormatter(agreement);
            const range = rangeInWords(met, metric, format, latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN);
            const worse = metric === 'availability' ? 'lower' : 'higher';
            const fixes = sourced.from === tier.name ? limitFixes(termination, interval, commitment.value, worse, format) : [];
            const service = view.service === undefined ? '' : ` for service ${view.service}`;
            accept(
                'warning',
                `This termination right${inheritedNote(sourced.from, tier.name)} applies to ${range}, which meets the commitment of ${format(commitment.value)}${service}${inheritedNote(commitment.from, tier.name)}: the customer could terminate for service that was delivered as promised.`,
                {
                    node: sourced.from === tier.name ? termination : commitment.node,
                    code: IssueCodes.TerminationAboveCommitment,
                    relatedInformation: relatedTo(commitment.node, `The commitment: ${format(commitment.value)}`),
                    data: { fixes } satisfies FixData,
                },
            );
        }
    }
}

/**
 * Limit the right to values that miss the commitment (`below 99.95%` → `below 99.9%`), as the fix
 * of `bracket-above-target` limits a bracket; its title shows the new bounds. None when the whole
 * range meets the commitment: removing a right is the author's call, not a repair.
 */
function limitFixes(
    termination: Termination,
    interval: Interval,
    commitment: number,
    worse: 'lower' | 'higher',
    format: (value: number) => string,
): QuickFix[] {
    const bound = clampToCommitment(interval, commitment, worse);
    const rewrite = bound && rewriteBoundsSide(termination, worse === 'lower' ? 'max' : 'min', bound, format);
    return rewrite
        ? [
              {
                  title: `Limit the termination right to the commitment: when ${rewrite.metric} ${rewrite.bounds}`,
                  edits: [rewrite.edit],
                  preferred: true,
              },
          ]
        : [];
}

interface SourcedCommitment {
    value: number;
    node: AstNode;
    from: string;
}

function commitmentOf(clauses: EffectiveTier['clauses'], metric: string | undefined): SourcedCommitment | undefined {
    if (metric === 'availability' || metric === 'error-rate') {
        const sourced = metric === 'availability' ? clauses.availability : clauses.errorRate;
        const value = sourced?.value.value;
        return sourced && value !== undefined && Number.isFinite(value) ? { value, node: sourced.value, from: sourced.from } : undefined;
    }
    if (metric?.startsWith('latency ')) {
        const sourced = clauses[metric as `latency ${string}`];
        const seconds = durationSeconds(sourced?.value.target);
        return sourced && seconds !== undefined ? { value: seconds, node: sourced.value, from: sourced.from } : undefined;
    }
    return undefined;
}
