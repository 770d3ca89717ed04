import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAvailability,
    isBound,
    isBracket,
    isCap,
    isClockRange,
    isDuration,
    isEffective,
    isObservedAvailability,
    isResponse,
    isSeverity,
    isService,
    isServiceTerms,
    isCalendar,
    isCalendarCoverage,
    isCalendarHolidays,
    isHolidays,
    isHoliday,
    isMeasuredHours,
    isMissedResponse,
    isIncidentReport,
    isErrorRate,
    isErrorRateInterval,
    isTier,
} from '../generated/ast.js';

/**
 * Modifiers of this language, added to the standard ones in the legend. Literals keep a standard
 * type (`number`) so that every client colours them out of the box; the modifier tells them apart
 * for themes and clients that style `number.percentage`, `number.duration`, `number.dateTime`.
 */
export const SlaTokenModifiers = {
    percentage: 'percentage',
    duration: 'duration',
    dateTime: 'dateTime',
} as const;

/** The legend lists modifiers in key order and bit i is the i-th: ours follow the standard ten. */
const ALL_MODIFIERS: Record<string, number> = (() => {
    const all: Record<string, number> = { ...AllSemanticTokenModifiers };
    let next = Math.max(...Object.values(all)) << 1;
    for (const modifier of Object.values(SlaTokenModifiers)) {
        all[modifier] = next;
        next <<= 1;
    }
    return all;
})();

/**
 * Semantic tokens: tiers as `class` and severities as `enumMember` (with `declaration` where they
 * are declared), percentages, durations (number and unit as one token) and dates and clock times
 * as `number` with a modifier of their own.
 */
export class SlaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenModifiers(): Record<string, number> {
        return ALL_MODIFIERS;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | undefined | 'prune' {
        const declaration = [SemanticTokenModifiers.declaration, SemanticTokenModifiers.definition];
        if (isTier(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: declaration });
            if (node.parent) acceptor({ node, property: 'parent', type: SemanticTokenTypes.class });
        } else if (isService(node) || isCalendar(node) || isHolidays(node)) {
            // Services, calendars and holiday lists are named things like tiers: `class` where declared and used.
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: declaration });
        } else if (isServiceTerms(node)) {
            acceptor({ node, property: 'service', type: SemanticTokenTypes.class });
        } else if (isCalendarCoverage(node) || isMeasuredHours(node)) {
            if (node.calendar) acceptor({ node, property: 'calendar', type: SemanticTokenTypes.class });
        } else if (isCalendarHolidays(node)) {
            acceptor({ node, property: 'list', type: SemanticTokenTypes.class });
        } else if (isMissedResponse(node) || isIncidentReport(node)) {
            if (node.severity) acceptor({ node, property: 'severity', type: SemanticTokenTypes.enumMember });
        } else if (isErrorRate(node) || isErrorRateInterval(node)) {
            acceptor({
                node,
                property: isErrorRate(node) ? 'value' : 'threshold',
                type: SemanticTokenTypes.number,
                modifier: SlaTokenModifiers.percentage,
            });
        } else if (isHoliday(node)) {
            acceptor({ node, property: 'date', type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.dateTime });
        } else if (isSeverity(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: declaration });
        } else if (isResponse(node)) {
            acceptor({ node, property: 'severity', type: SemanticTokenTypes.enumMember });
        } else if (isAvailability(node) || isObservedAvailability(node) || isCap(node)) {
            if (node.value !== undefined)
                acceptor({ node, property: 'value', type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.percentage });
            if (isAvailability(node) && node.internal !== undefined)
                acceptor({ node, property: 'internal', type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.percentage });
        } else if (isBracket(node)) {
            if (node.credit !== undefined)
                acceptor({ node, property: 'credit', type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.percentage });
        } else if (isBound(node) && node.percent !== undefined) {
            acceptor({ node, property: 'percent', type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.percentage });
        } else if (isDuration(node) && node.$cstNode) {
            acceptor({ cst: node.$cstNode, type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.duration });
            return 'prune';
        } else if (isEffective(node)) {
            acceptor({ node, property: 'date', type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.dateTime });
        } else if (isClockRange(node) && node.$cstNode) {
            acceptor({ cst: node.$cstNode, type: SemanticTokenTypes.number, modifier: SlaTokenModifiers.dateTime });
            return 'prune';
        }
        return undefined;
    }
}
