/**
 * The semantic comparison of two versions of an agreement (issue: what changed, in legal and
 * financial terms). Pure: plain data in, plain data out, no Langium services, so the CLI, the
 * language server and a browser run the same code.
 *
 * Tiers are matched by name, with inheritance resolved on both sides, so a change in a parent
 * tier is reported in every tier that inherits it. A tier that disappears while one with exactly
 * the same terms appears is a rename. Everything else is a row of the term table.
 */
import type { Agreement } from '../generated/ast.js';
import { agreementJson } from '../generator/agreement-json.js';
import type { TierJson, TierServiceJson } from '../generator/json-types.js';
import { percentFormatter } from '../model/values.js';
import { byFavours, type Change } from './change.js';
import { largestCreditImpact, money } from './impact.js';
import { agreementRows } from './rows/agreement-rows.js';
import { creditRows } from './rows/credit-rows.js';
import { documentRows } from './rows/document-rows.js';
import { measurementRows } from './rows/measurement-rows.js';
import { tierRows } from './rows/tier-rows.js';
import { withTranslations } from './rows/translation-rows.js';
import { v2AgreementRows } from './rows/v2-agreement-rows.js';
import { SERVICE_TERMS, v2TierRows } from './rows/v2-tier-rows.js';
import type { Side, TierScope } from './side.js';
import { compareRows, type AnyRow } from './term-row.js';

export interface CompareOptions {
    /**
     * The new version is a negotiated contract, the old one the standard offering it started
     * from: the customer's name is expected, tiers not taken are not concessions, and a tier of
     * its own that extends a standard tier is compared with that tier.
     */
    deviations?: boolean;
}

// Each row of the author's text is followed by the row of its translations (`translation-rows.ts`).
const AGREEMENT_ROWS: ReadonlyArray<AnyRow<Side>> = withTranslations(
    [...agreementRows, ...measurementRows, ...documentRows, ...v2AgreementRows],
    (side) => side.sla.translations,
);
const TIER_TERM_ROWS: ReadonlyArray<AnyRow<TierScope>> = [...tierRows, ...v2TierRows, ...creditRows];
const tierTranslations = (scope: TierScope) => scope.side.sla.translations;
const TIER_ROWS = withTranslations(TIER_TERM_ROWS, tierTranslations);
const TIER_WIDE_ROWS = withTranslations(
    TIER_TERM_ROWS.filter((row) => !SERVICE_TERMS.has(row.term)),
    tierTranslations,
);
const SERVICE_ROWS = withTranslations(
    TIER_TERM_ROWS.filter((row) => SERVICE_TERMS.has(row.term)),
    tierTranslations,
);

/** Terms expected to differ between a standard offering and a contract negotiated from it. */
const EXPECTED_IN_A_DEAL = new Set(['customer', 'title']);

export function sideOf(agreement: Agreement): Side {
    return { sla: agreementJson(agreement), percent: percentFormatter(agreement) };
}

export function compareAgreements(before: Side, after: Side, options: CompareOptions = {}): Change[] {
    const agreement = compareRows(AGREEMENT_ROWS, before, after, null).filter(
        (c) => !(options.deviations && EXPECTED_IN_A_DEAL.has(c.term)),
    );
    return [...agreement.sort(byFavours), ...compareTiers(before, after, options)];
}

/** Strips names and provenance: two tiers with equal signatures make the same promises. */
function signature(tier: TierJson): string {
    return JSON.stringify(tier, (key, value) =>
        key === 'name' || key === 'extends' || key === 'inheritsFrom' || key === 'from' ? undefined : value,
    );
}

function compareTiers(before: Side, after: Side, options: CompareOptions): Change[] {
    const olds = new Map(before.sla.tiers.map((t) => [t.name, t]));
    const news = new Map(after.sla.tiers.map((t) => [t.name, t]));
    const renamedFrom = findRenames(
        before.sla.tiers.filter((t) => !news.has(t.name)),
        after.sla.tiers.filter((t) => !olds.has(t.name)),
    );
    const changes: Change[] = [];
    for (const tier of after.sla.tiers) {
        const group: Change[] = [];
        const previousName = olds.has(tier.name) ? tier.name : renamedFrom.get(tier.name);
        const base = options.deviations && previousName === undefined && tier.extends !== null ? olds.get(tier.extends) : undefined;
        if (previousName !== undefined && previousName !== tier.name) {
            group.push(
                tierChange(tier.name, 'renamed', previousName, tier.name, 'a tier renamed with the same terms changes no promise', []),
            );
        } else if (previousName === undefined) {
            group.push(
                tierChange(
                    tier.name,
                    'added',
                    null,
                    summary(tier, after),
                    base
                        ? `a tier of this contract's own, compared below with ${base.name}, the standard tier it extends`
                        : 'a new tier: read its terms',
                    largestCreditImpact(undefined, { side: after, tier }),
                ),
            );
        }
        const old = previousName !== undefined ? olds.get(previousName) : base;
        if (old) group.push(...compareTier(before, old, after, tier));
        // The tier's own changes, then each service's, each with the customer-unfavourable first.
        const labels = [...new Set(group.map((c) => c.tier))];
        changes.push(...group.sort((a, b) => labels.indexOf(a.tier) - labels.indexOf(b.tier) || byFavours(a, b)));
    }
    const renamed = new Set(renamedFrom.values());
    for (const tier of before.sla.tiers) {
        if (news.has(tier.name) || renamed.has(tier.name) || options.deviations) continue;
        changes.push(tierChange(tier.name, 'removed', summary(tier, before), null, 'a tier withdrawn: read what its customers lose', []));
    }
    return changes;
}

/**
 * Where both versions of a tier declare services, the commitments a service block can set are
 * compared per service (each service's commitments as they really are, tier-wide clauses
 * applied); the rest, and tiers without services, tier-wide.
 */
function compareTier(before: Side, old: TierJson, after: Side, tier: TierJson): Change[] {
    const names = { old: old.name, new: tier.name };
    const perService = (old.services?.length ?? 0) > 0 && (tier.services?.length ?? 0) > 0;
    if (!perService) return compareRows(TIER_ROWS, { side: before, tier: old }, { side: after, tier }, tier.name, names);
    const changes = compareRows(TIER_WIDE_ROWS, { side: before, tier: old }, { side: after, tier }, tier.name, names);
    const oldServices = new Map(old.services!.map((s) => [s.name, s]));
    for (const service of tier.services!) {
        const was = oldServices.get(service.name);
        // A service added or removed is reported once, agreement-wide.
        if (!was) continue;
        const scope = (side: Side, t: TierJson, s: TierServiceJson): TierScope => ({
            side,
            tier: {
                ...t,
                ...s,
                name: t.name,
                errorRate: s.errorRate ?? undefined,
                rpo: s.rpo ?? undefined,
                rto: s.rto ?? undefined,
                throughput: s.throughput ?? undefined,
            },
        });
        changes.push(
            ...compareRows(
                SERVICE_ROWS,
                scope(before, old, was),
                scope(after, tier, service),
                `${tier.name}, service ${service.name}`,
                names,
            ),
        );
    }
    return changes;
}

/** New name → old name, for each unmatched new tier whose terms equal those of an unmatched old one. */
function findRenames(gone: TierJson[], added: TierJson[]): Map<string, string> {
    const bySignature = new Map<string, string[]>();
    for (const tier of gone) {
        const key = signature(tier);
        bySignature.set(key, [...(bySignature.get(key) ?? []), tier.name]);
    }
    const renames = new Map<string, string>();
    for (const tier of added) {
        const candidates = bySignature.get(signature(tier));
        const previous = candidates?.shift();
        if (previous !== undefined) renames.set(tier.name, previous);
    }
    return renames;
}

/** `99.95% availability, USD 1,300 per month`: what a tier added or removed offers at a glance. */
function summary(tier: TierJson, side: Side): string {
    const parts = [
        tier.availability ? `${side.percent(tier.availability.percent)} availability` : 'no availability commitment',
        ...(tier.price ? [`${money(tier.price.amount, side)} per month`] : []),
    ];
    return parts.join(', ');
}

function tierChange(
    tier: string,
    change: Change['change'],
    old: string | null,
    now: string | null,
    rule: string,
    impact: string[],
): Change {
    return {
        tier,
        term: 'tier',
        clause: 'tier',
        change,
        old,
        new: now,
        favours: 'unclear',
        rule,
        impact,
        inheritedFrom: { old: null, new: null },
    };
}
