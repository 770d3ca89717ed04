import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Rpo, Rto, SlaAstType, Tier } from '../generated/ast.js';
import { downtimeBudget } from '../domain/downtime.js';
import { formatDuration } from '../domain/duration.js';
import { periodNoun } from '../domain/period.js';
import { declaredCapabilities } from '../model/capabilities.js';
import { effectiveTier, tierViews } from '../model/effective-tiers.js';
import { agreementOf } from '../model/schedules.js';
import { agreementPeriod, durationSeconds, percentFormatter } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related-information.js';
import { inheritedNote } from './wording.js';

/** An RTO under an hour is a failover, not a rebuild: it takes automatic failover to meet. */
const FAILOVER_RTO_SECONDS = 3600;

/**
 * Recovery objectives against what operations can do (§ "Language v2"): an RPO of zero needs
 * synchronous replication, an RTO in minutes automatic failover, and one recovery taking the
 * whole RTO must fit in the downtime the availability commitment allows a period.
 */
export function recoveryChecks(): ValidationChecks<SlaAstType> {
    return {
        Rpo: checkRpoIsRealistic,
        Rto: checkRtoIsRealistic,
        Tier: checkRtoWithinBudget,
    };
}

function checkRpoIsRealistic(rpo: Rpo, accept: ValidationAcceptor): void {
    const seconds = durationSeconds(rpo.target);
    if (seconds !== 0) return;
    if (declaredCapabilities(agreementOf(rpo)).names.has('synchronous-replication')) return;
    accept(
        'warning',
        `An RPO of ${rpo.target?.$cstNode?.text ?? '0'} promises that no data is ever lost, which needs synchronous replication, but capabilities does not list synchronous-replication.`,
        { node: rpo, property: 'target', code: IssueCodes.RpoUnsupported },
    );
}

function checkRtoIsRealistic(rto: Rto, accept: ValidationAcceptor): void {
    const seconds = durationSeconds(rto.target);
    if (seconds === undefined || seconds >= FAILOVER_RTO_SECONDS) return;
    if (declaredCapabilities(agreementOf(rto)).names.has('automatic-failover')) return;
    accept(
        'warning',
        `An RTO of ${rto.target?.$cstNode?.text ?? '?'} needs automatic failover (a recovery in minutes cannot wait for a person), but capabilities does not list automatic-failover.`,
        { node: rto, property: 'target', code: IssueCodes.RtoUnsupported },
    );
}

/**
 * Judged per tier and per service, once for each pair of RTO and availability, in the tier that
 * brings them together, on the clause written there (the RTO when both are).
 */
function checkRtoWithinBudget(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    const agreement = agreementOf(tier);
    const period = agreementPeriod(agreement);
    const format = percentFormatter(agreement);
    const judged = new Set<unknown>();
    for (const view of tierViews(effective)) {
        const { rto, availability } = view.clauses;
        if (!rto || !availability) continue;
        if (rto.from !== tier.name && availability.from !== tier.name) continue;
        const seconds = durationSeconds(rto.value.target);
        const percent = availability.value.value;
        if (seconds === undefined || percent === undefined || !Number.isFinite(percent) || percent < 0 || percent > 100) continue;
        const budget = downtimeBudget(percent, period).perPeriod.reference;
        if (seconds <= budget) continue;
        const pair = `${rto.value.$cstNode?.offset}:${availability.value.$cstNode?.offset}`;
        if (judged.has(pair)) continue;
        judged.add(pair);
        const service = view.service === undefined ? '' : ` for service ${view.service}`;
        const rtoText = rto.value.target?.$cstNode?.text ?? '?';
        const message = `An RTO of ${rtoText}${inheritedNote(rto.from, tier.name)} is longer than the ${formatDuration(budget)} of downtime that availability ${format(percent)}${inheritedNote(availability.from, tier.name)} allows a ${periodNoun(period)}${service}: one recovery that takes the whole RTO misses the commitment.`;
        const onRto = rto.from === tier.name;
        accept('warning', message, {
            node: onRto ? rto.value : availability.value,
            property: onRto ? 'target' : 'value',
            code: IssueCodes.RtoOverBudget,
            relatedInformation: onRto
                ? relatedTo(availability.value, `The availability commitment: ${format(percent)}`)
                : relatedTo(rto.value, `The RTO: ${rtoText}`),
        });
    }
}
