import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Response, SlaAstType, Tier } from '../generated/ast.js';
import type { Sourced } from '../domain/inheritance.js';
import { needsSomeoneOnCall, respondsAfterResolution, severityOrderViolations } from '../domain/support.js';
import { declaredCapabilities } from '../model/capabilities.js';
import { effectiveTier, type EffectiveTier } from '../model/effective-tiers.js';
import { durationSeconds } from '../model/values.js';
import type { SlaServices } from '../sla-services.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo, relatedToAll } from './related-information.js';
import { inheritedNote, listInWords, within } from './wording.js';
import { allSeverities } from '../model/severities.js';

/**
 * Support targets that contradict each other or need people nobody has (§5 support checks), on
 * the `response` line. Severity order and staffing are judged on the tier as it really is: an
 * inherited `response` line counts, and a pairing is reported in the tier that brings it together
 * (on its own line there), never again in tiers that inherit both sides unchanged.
 */
export function supportChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Response: checkResponseBeforeResolution,
        Tier: [
            checkSeverityOrder,
            async (tier, accept) =>
                checkStaffedForResponses(tier, (await services.settings.SettingsProvider.checks()).unstaffedResponseLimit, accept),
        ],
    };
}

function checkResponseBeforeResolution(response: Response, accept: ValidationAcceptor): void {
    const respond = durationSeconds(response.response);
    const resolve = durationSeconds(response.resolution);
    if (respond === undefined || resolve === undefined || !respondsAfterResolution(respond, resolve)) return;
    accept(
        'error',
        `For ${response.severity?.$refText ?? 'these'} issues, a response ${within(response.response)} comes after the resolution ${within(response.resolution)}: the issue would be resolved before anyone responds.`,
        {
            node: response,
            code: IssueCodes.ResponseAfterResolution,
        },
    );
}

/** The tier's effective response lines in the declared order of severities (most severe first). */
function responsesBySeverity(tier: EffectiveTier): Array<Sourced<Response> | undefined> {
    const levels = allSeverities(tier.node.$container);
    const seen = new Set<string>();
    const ordered: Array<Sourced<Response> | undefined> = [];
    for (const level of levels) {
        if (seen.has(level.name)) continue; // a repeated name is `duplicate-name`; the first one ranks
        seen.add(level.name);
        ordered.push(tier.responses[level.name]);
    }
    return ordered;
}

function checkSeverityOrder(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    const lines = responsesBySeverity(effective);
    const times = lines.map((line) => durationSeconds(line?.value.response));
    // One diagnostic per line of this tier, naming every line it is out of order with.
    const partners = new Map<Response, Array<{ line: Sourced<Response>; moreSevere: boolean }>>();
    for (const { moreSevere, lessSevere } of severityOrderViolations(times)) {
        const [slow, fast] = [lines[moreSevere]!, lines[lessSevere]!];
        const [target, partner, partnerIsMoreSevere] =
            fast.from === tier.name ? [fast, slow, true] : slow.from === tier.name ? [slow, fast, false] : [];
        if (!target || !partner) continue;
        const list = partners.get(target.value) ?? [];
        list.push({ line: partner, moreSevere: partnerIsMoreSevere! });
        partners.set(target.value, list);
    }
    for (const [line, others] of partners) {
        const first = others[0];
        const other = first.line.value;
        const otherText = `${other.severity.$refText} ${within(other.response)}${inheritedNote(first.line.from, tier.name)}`;
        const message = first.moreSevere
            ? `Severity ${line.severity.$refText} is less severe than ${other.severity.$refText} but gets a faster response: ${within(line.response)} against ${otherText}.`
            : `Severity ${line.severity.$refText} is more severe than ${other.severity.$refText} but gets a slower response: ${within(line.response)} against ${otherText}.`;
        accept('warning', message, {
            node: line,
            code: IssueCodes.SeverityOrder,
            relatedInformation: relatedToAll(
                others.map(
                    ({ line: o }) =>
                        [
                            o.value,
                            `response ${o.value.severity.$refText} ${within(o.value.response)}${inheritedNote(o.from, tier.name)}`,
                        ] as const,
                ),
            ),
        });
    }
}

function checkStaffedForResponses(tier: Tier, limit: number, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    const support = effective?.clauses.support;
    if (!tier.name || !effective || effective.node !== tier || support?.value.coverage?.$type !== 'AroundTheClock') return;
    if (declaredCapabilities(tier.$container).names.has('on-call 24x7')) return;
    const supportNote = support.from === tier.name ? '' : `, inherited from ${support.from}`;
    const inherited: Array<Sourced<Response>> = [];
    for (const line of Object.values(effective.responses)) {
        const seconds = durationSeconds(line.value.response);
        if (seconds === undefined || !needsSomeoneOnCall(seconds, limit)) continue;
        if (line.from === tier.name) {
            accept(
                'warning',
                `A response ${within(line.value.response)} for ${line.value.severity.$refText} issues around the clock (support 24x7${supportNote}) needs someone on call at night, but capabilities does not list on-call 24x7.`,
                {
                    node: line.value,
                    code: IssueCodes.UnstaffedResponse,
                    relatedInformation: relatedTo(support.value, `Support 24x7${supportNote}`),
                },
            );
        } else if (support.from === tier.name) {
            inherited.push(line);
        }
    }
    if (inherited.length > 0) {
        const described = inherited.map(
            (line) => `${line.value.severity.$refText} ${within(line.value.response)} (inherited from ${line.from})`,
        );
        accept(
            'warning',
            `Support 24x7 makes the response ${listInWords(described)} a promise around the clock, which needs someone on call at night, but capabilities does not list on-call 24x7.`,
            {
                node: support.value,
                code: IssueCodes.UnstaffedResponse,
                relatedInformation: relatedToAll(
                    inherited.map(
                        (line) => [line.value, `response ${line.value.severity.$refText} ${within(line.value.response)}`] as const,
                    ),
                ),
            },
        );
    }
}
