import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Availability, ErrorRateInterval, SlaAstType } from '../generated/ast.js';
import { downtimeBudget } from '../domain/downtime.js';
import { formatDuration } from '../domain/duration.js';
import { periodNoun } from '../domain/period.js';
import { agreementOf } from '../model/schedules.js';
import { agreementPeriod, durationSeconds, percentFormatter } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related-information.js';

/**
 * Commitments stronger than the measurement can tell apart (`unmeasurable-commitment`): probes
 * coarser than the error-rate intervals they should judge, a downtime budget shorter than one
 * probe interval, or shorter than the minimum outage that counts at all.
 */
export function measurabilityChecks(): ValidationChecks<SlaAstType> {
    return {
        ErrorRateInterval: checkProbesSeeEveryInterval,
        Availability: checkBudgetIsMeasurable,
    };
}

function checkProbesSeeEveryInterval(interval: ErrorRateInterval, accept: ValidationAcceptor): void {
    const probe = interval.$container.probes[0];
    const probeSeconds = durationSeconds(probe?.interval);
    const intervalSeconds = durationSeconds(interval.length);
    if (!probe || probeSeconds === undefined || intervalSeconds === undefined || probeSeconds <= intervalSeconds) return;
    accept(
        'warning',
        `Error rate is judged over ${interval.length?.$cstNode?.text} intervals, but probes run only every ${probe.interval?.$cstNode?.text}: most intervals would have no probe to judge them.`,
        { node: interval, property: 'length', code: IssueCodes.UnmeasurableCommitment, relatedInformation: relatedTo(probe, 'The probes') },
    );
}

function checkBudgetIsMeasurable(availability: Availability, accept: ValidationAcceptor): void {
    const percent = availability.value;
    if (percent === undefined || !Number.isFinite(percent) || percent <= 0 || percent >= 100) return;
    const agreement = agreementOf(availability);
    const measurement = agreement.measurements[0];
    if (!measurement) return;
    const period = agreementPeriod(agreement);
    const budget = downtimeBudget(percent, period).perPeriod.reference;
    const format = percentFormatter(agreement);
    const probe = measurement.probes[0];
    const probeSeconds = durationSeconds(probe?.interval);
    const minimum = measurement.minimumOutages[0];
    const minimumSeconds = durationSeconds(minimum?.length);
    const allows = `Availability ${format(percent)} allows ${formatDuration(budget)} of downtime a ${periodNoun(period)}`;
    if (probe && probeSeconds !== undefined && budget < probeSeconds) {
        accept(
            'warning',
            `${allows}, less than one probe interval (every ${probe.interval?.$cstNode?.text}): the measurement cannot tell a met commitment from a missed one.`,
            {
                node: availability,
                property: 'value',
                code: IssueCodes.UnmeasurableCommitment,
                relatedInformation: relatedTo(probe, 'The probes'),
            },
        );
    } else if (minimum && minimumSeconds !== undefined && budget < minimumSeconds) {
        accept(
            'warning',
            `${allows}, less than the minimum outage that counts (${minimum.length?.$cstNode?.text}): any outage that counts at all misses the commitment.`,
            {
                node: availability,
                property: 'value',
                code: IssueCodes.UnmeasurableCommitment,
                relatedInformation: relatedTo(minimum, 'The minimum outage'),
            },
        );
    }
}
