import { GrammarUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { Availability, Latency, SlaAstType } from '../generated/ast.js';
import { downtimeBudget } from '../domain/downtime.js';
import { formatDuration } from '../domain/duration.js';
import { formatPercent } from '../domain/interval.js';
import { periodNoun } from '../domain/period.js';
import {
    FOUR_NINES_CAPABILITIES,
    availabilityAboveObserved,
    headroomTarget,
    latencyVerdict,
    missingForFourNines,
    realisticAlternatives,
} from '../domain/realism.js';
import { declaredCapabilities } from '../model/capabilities.js';
import { effectiveTier } from '../model/effective-tiers.js';
import { agreementOf, durationFormatter } from '../model/schedules.js';
import { tierOf } from '../model/owners.js';
import { agreementPeriod, durationSeconds, percentFormatter } from '../model/values.js';
import type { SlaServices } from '../sla-services.js';
import type { CheckSettings } from './check-settings.js';
import { IssueCodes } from './issue-codes.js';
import type { FixData, QuickFix } from './quick-fix-data.js';
import { relatedTo } from './related-information.js';
import { listInWords } from './wording.js';

/**
 * Promises operations cannot keep (§5 realism checks), on the availability or latency line that
 * makes them. A commitment is judged where it is written: a tier inheriting it unchanged promises
 * nothing new. Capabilities belong to the whole agreement.
 */
export function realismChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Availability: async (node, accept) => checkAvailabilityIsRealistic(node, await services.settings.SettingsProvider.checks(), accept),
        Latency: async (node, accept) => checkLatencyIsRealistic(node, await services.settings.SettingsProvider.checks(), accept),
    };
}

function checkAvailabilityIsRealistic(availability: Availability, settings: CheckSettings, accept: ValidationAcceptor): void {
    const value = availability.value;
    if (!Number.isFinite(value) || value < 0 || value > 100) return; // `percent-range` reports it
    const agreement = agreementOf(availability);
    const format = percentFormatter(agreement);
    const period = agreementPeriod(agreement);
    // Only a message shows the budget: compute it when one is reported, not for every figure.
    const budget = () => formatDuration(downtimeBudget(value, period).perPeriod.reference);
    const declared = declaredCapabilities(agreement);

    if (value >= settings.ninesThreshold) {
        accept(
            'warning',
            `Availability ${format(value)} allows only ${budget()} of downtime a ${periodNoun(period)}: few services can keep a promise of ${format(settings.ninesThreshold)} or more.`,
            {
                node: availability,
                property: 'value',
                code: IssueCodes.UnrealisticNines,
                data: { fixes: realisticFigures(availability, settings.ninesThreshold) } satisfies FixData,
            },
        );
    }
    if (value >= settings.fourNinesThreshold) {
        const missing = missingForFourNines(declared.names);
        if (missing.length > 0) {
            const lacking =
                missing.length === FOUR_NINES_CAPABILITIES.length
                    ? agreement.capabilities.length === 0
                        ? 'the agreement declares no capabilities'
                        : 'capabilities lists none of them'
                    : `capabilities does not list ${listInWords(missing)}`;
            accept(
                'warning',
                `Availability ${format(value)} (${budget()} of downtime a ${periodNoun(period)}) needs ${listInWords([...FOUR_NINES_CAPABILITIES])}, but ${lacking}.`,
                {
                    node: availability,
                    property: 'value',
                    code: IssueCodes.FourNinesUnsupported,
                    data: { missing },
                    relatedInformation: agreement.capabilities[0] && relatedTo(agreement.capabilities[0], 'The capabilities declared'),
                },
            );
        }
    }
    const observed = declared.observedAvailability;
    if (observed && Number.isFinite(observed.value) && availabilityAboveObserved(value, observed.value)) {
        const window = observed.window === undefined || !observed.windowUnit ? '' : ` over ${observed.window} ${observed.windowUnit}`;
        accept(
            'warning',
            `Availability ${format(value)} is more than the ${format(observed.value)} observed${window}: the commitment is stricter than what operations deliver.`,
            {
                node: availability,
                property: 'value',
                code: IssueCodes.AboveObserved,
                relatedInformation: relatedTo(observed, `Observed availability ${format(observed.value)}`),
            },
        );
    }
}

/**
 * The nearest common figures below the threshold, each with its downtime budget in the title. The
 * tier's own brackets that start at the old figure (`below 99.999%`) move with it.
 */
function realisticFigures(availability: Availability, threshold: number): QuickFix[] {
    const valueNode = GrammarUtils.findNodeForProperty(availability.$cstNode, 'value');
    if (!valueNode) return [];
    const tier = tierOf(availability)!;
    const period = agreementPeriod(agreementOf(availability));
    const credits = effectiveTier(tier)?.clauses.credits;
    const ownBrackets = credits && credits.from === tier.name ? credits.value.brackets : [];
    const boundsAtOldFigure = ownBrackets
        .filter((bracket) => bracket.metric?.kind === 'availability')
        .flatMap((bracket) => bracket.bounds)
        .filter((bound) => bound.percent === availability.value)
        .map((bound) => GrammarUtils.findNodeForProperty(bound.$cstNode, 'percent'))
        .filter((node) => node !== undefined);
    return realisticAlternatives(threshold).map((figure, index) => {
        const text = formatPercent(figure);
        const edits: TextEdit[] = [valueNode, ...boundsAtOldFigure].map((node) => ({ range: node.range, newText: text }));
        const budget = formatDuration(downtimeBudget(figure, period).perPeriod.reference);
        return { title: `Use ${text} (${budget} a ${periodNoun(period)})`, edits, preferred: index === 0 };
    });
}

function checkLatencyIsRealistic(latency: Latency, settings: CheckSettings, accept: ValidationAcceptor): void {
    const target = durationSeconds(latency.target);
    const agreement = agreementOf(latency);
    const observed = declaredCapabilities(agreement).observedLatency.get(latency.percentile);
    const observedSeconds = durationSeconds(observed?.value);
    if (target === undefined || !observed || observedSeconds === undefined) return;
    const verdict = latencyVerdict(target, observedSeconds, settings.headroomFactor);
    if (verdict === 'ok') return; // formatting looks up the document's wording: only for a message
    const format = durationFormatter(agreement);
    const related = relatedTo(observed, `Observed ${latency.percentile} latency ${format(observedSeconds)}`);
    switch (verdict) {
        case 'stricter-than-observed':
            accept(
                'warning',
                `A ${latency.percentile} latency target of ${format(target)} is faster than the ${format(observedSeconds)} observed: the commitment is stricter than what operations deliver.`,
                {
                    node: latency,
                    property: 'target',
                    code: IssueCodes.AboveObserved,
                    relatedInformation: related,
                },
            );
            break;
        case 'little-headroom':
            accept(
                'hint',
                `A ${latency.percentile} latency target of ${format(target)} leaves little headroom over the ${format(observedSeconds)} observed: it is under ${settings.headroomFactor} × ${format(observedSeconds)} = ${format(headroomTarget(observedSeconds, settings.headroomFactor))}.`,
                {
                    node: latency,
                    property: 'target',
                    code: IssueCodes.LittleHeadroom,
                    relatedInformation: related,
                },
            );
            break;
    }
}
