import { GrammarUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Capabilities, ClaimWindow, Claims, Credits, Price, Response, SlaAstType, Term, Tier } from '../generated/ast.js';
import { currencyMinorUnits } from '../domain/money.js';
import { effectiveTier, latencyClauses } from '../model/effective-tiers.js';
import { agreementOf, scheduleGroups } from '../model/schedules.js';
import { durationSeconds, percentFormatter } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related-information.js';
import { within } from './wording.js';
import { creditText } from './quick-fix-data.js';

/**
 * Clauses that contradict each other or promise nothing in practice, which the other checks let
 * through (docs/LANGUAGE-REFERENCE.md, "Consistency checks"): two on-call rotations, a second
 * observed availability, a schedule that pays nothing for a total outage, credits without a cap,
 * a term of no length, amounts finer than the currency, claim windows too short to claim in,
 * escalation outside the response–resolution span, a response no earlier than the resolution, and
 * a higher percentile promised faster than a lower one.
 */
export function consistencyChecks(): ValidationChecks<SlaAstType> {
    return {
        Capabilities: checkCapabilitiesAgree,
        Credits: [checkScheduleHasFloor, checkScheduleHasCap],
        Term: checkTermHasLength,
        Price: checkPriceFitsCurrency,
        Claims: checkClaimWindowGiven,
        ClaimWindow: checkClaimWindowLength,
        Response: checkResponseTimesInOrder,
        Tier: checkLatencyPercentilesInOrder,
    };
}

function checkCapabilitiesAgree(block: Capabilities, accept: ValidationAcceptor): void {
    const onCall = block.items.filter((item) => item.$type === 'OnCall' && item.coverage !== undefined);
    const first = onCall[0];
    for (const other of onCall.slice(1)) {
        if (other.$type !== 'OnCall' || first.$type !== 'OnCall') continue;
        const same = other.coverage === first.coverage;
        accept(
            'error',
            same
                ? `on-call ${other.coverage} is given twice.`
                : `on-call ${other.coverage} contradicts on-call ${first.coverage}: the rotation is one or the other.`,
            {
                node: other,
                code: same ? IssueCodes.DuplicateClause : IssueCodes.ConflictingClause,
                relatedInformation: relatedTo(first, `The first on-call clause: on-call ${first.coverage}`),
            },
        );
    }
    const observed = block.items.filter((item) => item.$type === 'ObservedAvailability');
    for (const other of observed.slice(1)) {
        accept('error', 'The observed availability is given more than once; only one is allowed.', {
            node: other,
            code: IssueCodes.DuplicateClause,
            relatedInformation: relatedTo(observed[0], 'The first observed availability'),
        });
    }
}

/** `credit 10% when availability below 99.5% and at least 99.0%` as the lowest bracket: below 99.0% nothing is paid. */
function checkScheduleHasFloor(credits: Credits, accept: ValidationAcceptor): void {
    for (const group of scheduleGroups(credits)) {
        if (group.metric !== 'availability' || group.entries.length === 0) continue;
        const lowest = group.entries.reduce((low, entry) => (entry.interval.min < low.interval.min ? entry : low));
        const { min, minInclusive } = lowest.interval;
        if (min < 0 || (min === 0 && minInclusive)) continue;
        const format = percentFormatter(agreementOf(credits));
        const below = min === 0 ? 'availability of exactly 0%' : `availability ${minInclusive ? '<' : '≤'} ${format(min)}`;
        accept(
            'warning',
            `No credit is paid for ${below}, although higher availability earns credit: a total outage would earn nothing while the lowest bracket pays ${creditText(lowest.node)}.`,
            {
                node: credits,
                keyword: 'credits',
                code: IssueCodes.ScheduleFloor,
                relatedInformation: relatedTo(lowest.node, 'The lowest bracket'),
            },
        );
    }
}

function checkScheduleHasCap(credits: Credits, accept: ValidationAcceptor): void {
    if (credits.caps.length > 0 || credits.brackets.length === 0) return;
    accept(
        'warning',
        'The credit schedule has no cap: credits are unlimited, and several brackets in one period could add up to more than the fee.',
        {
            node: credits,
            keyword: 'credits',
            code: IssueCodes.UncappedCredits,
        },
    );
}

function checkTermHasLength(term: Term, accept: ValidationAcceptor): void {
    if (term.length === undefined || term.length > 0) return;
    accept('error', `A term of ${term.$cstNode?.text.replace(/^term\s+/, '') ?? '0'} is no term: the agreement would end as it starts.`, {
        node: term,
        property: 'length',
        code: IssueCodes.InvalidValue,
    });
}

function checkPriceFitsCurrency(price: Price, accept: ValidationAcceptor): void {
    const code = agreementOf(price).currencies[0]?.code;
    const written = GrammarUtils.findNodeForProperty(price.$cstNode, 'amount')?.text;
    if (!code || !written) return;
    const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
    const allowed = currencyMinorUnits(code);
    if (decimals <= allowed) return;
    accept(
        'error',
        allowed === 0
            ? `${code} has no minor unit: a price of ${written} ${code} cannot be paid (${code} amounts are whole numbers).`
            : `${code} has ${allowed} decimal places: a price of ${written} ${code} cannot be paid exactly.`,
        { node: price, property: 'amount', code: IssueCodes.InvalidValue },
    );
}

function checkClaimWindowGiven(claims: Claims, accept: ValidationAcceptor): void {
    if (claims.windows.length > 0) return;
    accept(
        'warning',
        'The claims block gives no window: it does not say how long customers have to claim credits (add `window 30 days`).',
        {
            node: claims,
            keyword: 'claims',
            code: IssueCodes.ClaimWindow,
        },
    );
}

function checkClaimWindowLength(window: ClaimWindow, accept: ValidationAcceptor): void {
    const seconds = durationSeconds(window.length);
    if (seconds === undefined || seconds >= 24 * 3600) return;
    const written = window.length?.$cstNode?.text ?? '';
    accept(
        seconds === 0 ? 'error' : 'warning',
        seconds === 0
            ? `A claim window of ${written} leaves no time to claim: credits could never be claimed.`
            : `A claim window of ${written} is shorter than a day: customers could hardly claim in time.`,
        { node: window, property: 'length', code: seconds === 0 ? IssueCodes.InvalidValue : IssueCodes.ClaimWindow },
    );
}

function checkResponseTimesInOrder(response: Response, accept: ValidationAcceptor): void {
    const respond = durationSeconds(response.response);
    const resolve = durationSeconds(response.resolution);
    const escalate = durationSeconds(response.escalation);
    const severity = response.severity?.$refText ?? 'these';
    if (respond !== undefined && resolve !== undefined && respond === resolve) {
        accept(
            'warning',
            `For ${severity} issues, the response ${within(response.response)} is due at the same time as the resolution ${within(response.resolution)}: no time is left between responding and resolving.`,
            { node: response, code: IssueCodes.ResponseEqualsResolution },
        );
    }
    if (escalate === undefined) return;
    if (respond !== undefined && escalate < respond) {
        accept(
            'warning',
            `For ${severity} issues, escalation after ${response.escalation?.$cstNode?.text} comes before the first response (${within(response.response)}): nobody has looked at the issue yet.`,
            { node: response, property: 'escalation', code: IssueCodes.EscalationOrder },
        );
    } else if (resolve !== undefined && escalate > resolve) {
        accept(
            'warning',
            `For ${severity} issues, escalation after ${response.escalation?.$cstNode?.text} comes after the resolution target (${within(response.resolution)}): it would escalate an issue already late.`,
            { node: response, property: 'escalation', code: IssueCodes.EscalationOrder },
        );
    }
}

/** p99 is at least p95 for any traffic: a p99 target faster than the p95 target cannot be met together with it. */
function checkLatencyPercentilesInOrder(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    const lines = latencyClauses(effective)
        .map((line) => ({ ...line, percentile: Number(line.value.percentile?.slice(1)), seconds: durationSeconds(line.value.target) }))
        .filter((line) => Number.isFinite(line.percentile) && line.seconds !== undefined)
        .sort((a, b) => a.percentile - b.percentile);
    for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) {
            const [lower, higher] = [lines[i], lines[j]];
            if (!(higher.seconds! < lower.seconds!) || (higher.from !== tier.name && lower.from !== tier.name)) continue;
            const target = higher.from === tier.name ? higher : lower;
            accept(
                'error',
                `The ${higher.value.percentile} target of ${higher.value.target?.$cstNode?.text} is faster than the ${lower.value.percentile} target of ${lower.value.target?.$cstNode?.text}: a ${higher.value.percentile} latency is never below the ${lower.value.percentile} latency, so one of them is wrong.`,
                {
                    node: target.value,
                    property: 'target',
                    code: IssueCodes.LatencyOrder,
                    relatedInformation: relatedTo(
                        (target === higher ? lower : higher).value,
                        `latency ${(target === higher ? lower : higher).value.percentile}`,
                    ),
                },
            );
        }
    }
}
