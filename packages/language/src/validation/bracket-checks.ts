import { AstUtils, GrammarUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Bracket, Cap, Credits, SlaAstType } from '../generated/ast.js';
import { formatInterval, isEmpty, overlaps } from '../domain/interval.js';
import { monthlyShare } from '../domain/credit.js';
import { capVerdict, notMonotonic, overlapRepairs, type CapRange } from '../domain/schedule.js';
import { agreementOf, metricFormatter, scheduleGroups, type ScheduleEntry, type ScheduleGroup } from '../model/schedules.js';
import { creditCap, durationSeconds, percentFormatter } from '../model/values.js';
import type { SlaServices } from '../sla-services.js';
import { IssueCodes } from './issue-codes.js';
import { creditText, replaceProperty, rewriteBracketSide, type FixData, type QuickFix } from './quick-fix-data.js';
import { relatedTo } from './related-information.js';
import { rangeInWords } from './wording.js';

/**
 * A credit schedule on its own (§2.6, §5): brackets that can never apply, overlap, or pay less for
 * worse service, credits above the cap, and the cap itself. Brackets are compared per metric
 * (availability, or latency at one percentile), each group sorted once. A schedule is checked
 * where it is written: a tier inheriting it unchanged adds nothing new, so nothing is repeated.
 * The schedule against a tier's commitment is in schedule-commitment-checks.ts.
 */
export function bracketChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Bracket: checkBoundsFitMetric,
        Credits: [checkBracketsCanApply, checkBracketsDoNotOverlap, checkCreditGrowsAsServiceWorsens, checkCreditsWithinCap],
        Cap: async (cap, accept) => checkCapInCommonRange(cap, (await services.settings.SettingsProvider.checks()).capRange, accept),
    };
}

/** `Credit 5% (99.9% ≤ availability < 99.95%)`: a bracket named by its credit and its values. */
export function describeBracket(entry: ScheduleEntry, group: ScheduleGroup, capitalized = false): string {
    const format = metricFormatter(agreementOf(entry.node), group);
    const text = `credit ${creditText(entry.node)} (${formatInterval(entry.interval, group.label, format, group.domain)})`;
    return capitalized ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function checkBoundsFitMetric(bracket: Bracket, accept: ValidationAcceptor): void {
    const latency = bracket.metric?.kind === 'latency';
    bracket.bounds.forEach((bound, index) => {
        if (latency && bound.percent !== undefined) {
            accept('error', `A latency bracket is bounded by a duration (such as \`above 500 ms\`), not by ${bound.percent}%.`, {
                node: bracket,
                property: 'bounds',
                index,
                code: IssueCodes.InvalidValue,
            });
        } else if (!latency && bound.duration && durationSeconds(bound.duration) !== undefined) {
            accept('error', `An availability bracket is bounded by a percentage (such as \`below 99.9%\`), not by a duration.`, {
                node: bracket,
                property: 'bounds',
                index,
                code: IssueCodes.InvalidValue,
            });
        }
    });
}

function checkBracketsCanApply(credits: Credits, accept: ValidationAcceptor): void {
    for (const group of scheduleGroups(credits)) {
        for (const { node, interval } of group.entries) {
            if (!isEmpty(interval)) continue;
            const bounds = node.bounds.map((bound) => bound.$cstNode?.text ?? '').join(' and ');
            accept('error', `Credit ${creditText(node)} can never be paid: no ${group.label} is ${bounds}.`, {
                node,
                code: IssueCodes.BracketEmpty,
            });
        }
    }
}

function checkBracketsDoNotOverlap(credits: Credits, accept: ValidationAcceptor): void {
    for (const group of scheduleGroups(credits)) {
        const format = metricFormatter(agreementOf(credits), group);
        for (const { a, b, shared } of overlaps(group.entries.map((entry) => entry.interval))) {
            const [first, second] = [group.entries[a], group.entries[b]];
            const fixes = overlapFixes(first, second, format);
            const range = rangeInWords(shared, group.label, format, group.domain);
            for (const [here, there] of [
                [first, second],
                [second, first],
            ]) {
                accept(
                    'error',
                    `${describeBracket(here, group, true)} overlaps ${describeBracket(there, group)} on ${range}: a measurement there falls in both brackets.`,
                    {
                        node: here.node,
                        code: IssueCodes.BracketOverlap,
                        data: { fixes } satisfies FixData,
                        relatedInformation: relatedTo(there.node, `The overlapping bracket, ${describeBracket(there, group)}`),
                    },
                );
            }
        }
    }
}

/** Move one boundary so the brackets meet: "below 99.95%" becomes "below 99.9%". */
function overlapFixes(a: ScheduleEntry, b: ScheduleEntry, format: (value: number) => string): QuickFix[] {
    const fixes: QuickFix[] = [];
    for (const repair of overlapRepairs(a.interval, b.interval)) {
        const target = repair.bracket === 'a' ? a : b;
        const rewrite = rewriteBracketSide(target.node, repair.side, repair.bound, format);
        if (rewrite) fixes.push({ title: `Make the brackets meet: ${rewrite.text}`, edits: [rewrite.edit], preferred: fixes.length === 0 });
    }
    return fixes;
}

/** Credits are compared only with credits of the same unit: shares of the same fee, or amounts in the same currency. */
function byCreditUnit(entries: ScheduleEntry[]): ScheduleEntry[][] {
    const units = new Map<string, ScheduleEntry[]>();
    for (const entry of entries) {
        const list = units.get(entry.creditUnit);
        if (list) list.push(entry);
        else units.set(entry.creditUnit, [entry]);
    }
    return [...units.values()];
}

function checkCreditGrowsAsServiceWorsens(credits: Credits, accept: ValidationAcceptor): void {
    for (const group of scheduleGroups(credits)) {
        for (const entries of byCreditUnit(group.entries))
            for (const { worse, better } of notMonotonic(entries, group.worse)) {
                const [low, high] = [entries[worse], entries[better]];
                accept(
                    'warning',
                    `${describeBracket(low, group, true)} is less than ${describeBracket(high, group)}: worse ${group.label} would earn less credit.`,
                    {
                        node: low.node,
                        property: 'credit',
                        code: IssueCodes.CreditNotMonotonic,
                        relatedInformation: relatedTo(high.node, `The bracket for better ${group.label}, ${describeBracket(high, group)}`),
                        data: { fixes: raiseCreditFixes(low, high) } satisfies FixData,
                    },
                );
            }
    }
}

function checkCreditsWithinCap(credits: Credits, accept: ValidationAcceptor): void {
    const cap = creditCap(credits);
    const capNode = credits.caps[0];
    if (cap === undefined || !capNode) return;
    const format = percentFormatter(agreementOf(credits));
    for (const bracket of credits.brackets) {
        // A fixed amount is compared with the fee in remedy-checks.ts; a share of the annual fee is twelve monthly shares.
        if (bracket.credit === undefined) continue;
        const share = monthlyShare({ credit: bracket.credit, fee: bracket.fee === 'annual' ? 'annual' : 'monthly' }, undefined);
        if (share === undefined || !(share > cap)) continue;
        if (bracket.fee === 'annual') {
            accept(
                'warning',
                `Credit ${creditText(bracket)} (${format(share)} of the monthly fee) is more than the cap of ${format(cap)}: no more than ${format(cap)} of the monthly fee would be paid.`,
                {
                    node: bracket,
                    property: 'credit',
                    code: IssueCodes.CreditOverCap,
                    relatedInformation: relatedTo(capNode, `The cap of ${format(cap)}`),
                },
            );
            continue;
        }
        accept(
            'warning',
            `Credit ${creditText(bracket)} is more than the cap of ${format(cap)}: no more than ${format(cap)} of the monthly fee would be paid.`,
            {
                node: bracket,
                property: 'credit',
                code: IssueCodes.CreditOverCap,
                relatedInformation: relatedTo(capNode, `The cap of ${format(cap)}`),
                data: { fixes: overCapFixes(bracket, capNode) } satisfies FixData,
            },
        );
    }
}

/** Pay the better bracket's credit for the worse service too: the smallest raise that restores the order. */
function raiseCreditFixes(low: ScheduleEntry, high: ScheduleEntry): QuickFix[] {
    const credit = creditText(high.node);
    const edit = replaceProperty(low.node, 'credit', credit);
    return edit ? [{ title: `Raise the credit to ${credit}`, edits: [edit], preferred: true }] : [];
}

/**
 * Lower the credit to the cap, or raise the cap to the credit when that is still a share of the fee.
 * Both edits stay inside the schedule as written: the bracket and the cap are in the same `credits`
 * block of this document, never in a schedule inherited from elsewhere.
 */
function overCapFixes(bracket: Bracket, capNode: Cap): QuickFix[] {
    if (bracket.$container !== capNode.$container || AstUtils.getDocument(bracket) !== AstUtils.getDocument(capNode)) return [];
    const fixes: QuickFix[] = [];
    const capText = GrammarUtils.findNodeForProperty(capNode.$cstNode, 'value')?.text;
    const lower = capText === undefined ? undefined : replaceProperty(bracket, 'credit', capText);
    if (lower) fixes.push({ title: `Lower the credit to the cap (${capText})`, edits: [lower], preferred: true });
    const credit = creditText(bracket);
    const raise = bracket.credit !== undefined && bracket.credit <= 100 ? replaceProperty(capNode, 'value', credit) : undefined;
    if (raise) fixes.push({ title: `Raise the cap to ${credit}`, edits: [raise], preferred: fixes.length === 0 });
    return fixes;
}

/**
 * Caps to offer for a cap outside the range: the nearest end of the common range and, for a cap
 * above 100%, also 100% itself (the smallest change that makes it a share of the fee at all).
 */
function capFixes(cap: Cap & { value: number }, range: CapRange, format: (value: number) => string): QuickFix[] {
    const targets = cap.value > range.max ? [...(cap.value > 100 && range.max < 100 ? [100] : []), range.max] : [range.min];
    return targets.flatMap((value) => {
        const edit = replaceProperty(cap, 'value', format(value));
        // The end of the common range removes the diagnostic altogether: that is the one to prefer.
        return edit ? [{ title: `Set the cap to ${format(value)}`, edits: [edit], preferred: value === targets[targets.length - 1] }] : [];
    });
}

function checkCapInCommonRange(cap: Cap, range: CapRange, accept: ValidationAcceptor): void {
    // The common range is a share of the monthly fee per period; annual caps and fixed amounts have checks of their own.
    if (!hasPercentValue(cap) || cap.fee === 'annual' || cap.per === 'year') return;
    const verdict = capVerdict(cap.value, range);
    if (verdict === 'within') return; // formatting looks up the document's wording: only for a message
    if (!Number.isFinite(cap.value)) return; // half-written: the syntax error says enough
    const format = percentFormatter(agreementOf(cap));
    const written = format(cap.value);
    const data: FixData = { fixes: capFixes(cap, range, format) };
    switch (verdict) {
        case 'impossible':
            accept(
                'error',
                cap.value > 100
                    ? `A cap of ${written} of the monthly fee lets credits exceed the fee itself: a cap is at most 100%.`
                    : `A cap of ${written} is below 0%: a cap is a share of the monthly fee, from 0% to 100%.`,
                {
                    node: cap,
                    property: 'value',
                    code: IssueCodes.CapRange,
                    data,
                },
            );
            break;
        case 'unusual':
            accept(
                'hint',
                `A cap of ${written} of the monthly fee is outside the common range of ${format(range.min)}–${format(range.max)}.`,
                {
                    node: cap,
                    property: 'value',
                    code: IssueCodes.CapRange,
                    data,
                },
            );
            break;
    }
}

function hasPercentValue(cap: Cap): cap is Cap & { value: number } {
    return cap.value !== undefined;
}
