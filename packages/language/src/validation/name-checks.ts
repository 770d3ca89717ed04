import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, SlaAstType, Tier } from '../generated/ast.js';
import { findInheritanceCycles } from '../domain/inheritance.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related-information.js';
import { allSeverities } from '../model/severities.js';

/** Names of tiers, severities, services, calendars and holiday lists: unique within the agreement, and no tier inheriting from itself. */
export function nameChecks(): ValidationChecks<SlaAstType> {
    return {
        Agreement: [checkUniqueNames, checkNoInheritanceCycle],
    };
}

function checkUniqueNames(agreement: Agreement, accept: ValidationAcceptor): void {
    const severities = allSeverities(agreement);
    reportDuplicates(agreement.tiers, 'tier', accept);
    reportDuplicates(severities, 'severity', accept);
    reportDuplicates(agreement.services, 'service', accept);
    reportDuplicates(agreement.calendars, 'calendar', accept);
    reportDuplicates(agreement.holidayLists, 'holiday list', accept);
}

function reportDuplicates(
    nodes: ReadonlyArray<{ name: string } & Parameters<typeof relatedTo>[0]>,
    kind: string,
    accept: ValidationAcceptor,
): void {
    const first = new Map<string, (typeof nodes)[number]>();
    for (const node of nodes) {
        if (node.name === undefined) continue; // `tier {` without a name: the syntax error covers it
        const earlier = first.get(node.name);
        if (!earlier) {
            first.set(node.name, node);
            continue;
        }
        accept('error', `A ${kind} named ${node.name} is already declared.`, {
            node,
            property: 'name',
            code: IssueCodes.DuplicateName,
            relatedInformation: relatedTo(earlier, `The first ${kind} named ${node.name}`),
        });
    }
}

function checkNoInheritanceCycle(agreement: Agreement, accept: ValidationAcceptor): void {
    const sources = agreement.tiers.map((tier) => ({ name: tier.name, parent: tier.parent?.$refText, clauses: {}, responses: {} }));
    const byName = new Map<string, Tier>(agreement.tiers.map((tier) => [tier.name, tier]));
    for (const cycle of findInheritanceCycles(sources)) {
        const path = [...cycle, cycle[0]].join(' → ');
        for (const name of cycle) {
            const tier = byName.get(name);
            if (tier?.parent) {
                accept('error', `Tier ${name} inherits from itself through ${path}.`, {
                    node: tier,
                    property: 'parent',
                    code: IssueCodes.InheritanceCycle,
                });
            }
        }
    }
}
