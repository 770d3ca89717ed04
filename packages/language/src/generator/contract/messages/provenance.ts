/**
 * Where each message of the catalog comes from: the contract text invents nothing, so every
 * sentence is either written because the source has a clause (`clause`, a pattern of the source's
 * words that must be present for the message to appear) or is the documented wording of what the
 * source leaves unsaid (`when` says when it is written and how the source changes it). Messages
 * without either are layout: headings, column titles, units, punctuation.
 * docs/LANGUAGE-REFERENCE.md lists every sentence from this table (a test keeps them equal), and a
 * test checks every contract built from the examples and the fuzz corpus against `clause`.
 */
import type { MessageKey } from './en.js';

export interface Provenance {
    /** When the sentence is written and, for a default, what in the source changes it. */
    when?: string;
    /** Words the source must contain (comments and strings aside) for the message to appear. */
    clause?: RegExp;
}

const LAYOUT: Provenance = {};

const EXCLUSION_DEFAULT = (kind: string): Provenance => ({
    when: `\`${kind}\` without a description of its own; a description after \`${kind}\` replaces it`,
    clause: new RegExp(`(^|[^\\w-])${kind}(?![\\w-])`),
});

export const PROVENANCE: Readonly<Record<MessageKey, Provenance>> = {
    title: LAYOUT,
    'field.provider': LAYOUT,
    'field.customer': { clause: /\bcustomer\b/ },
    'field.effective': { clause: /\beffective\b/ },
    'field.term': { clause: /\bterm\b/ },
    'field.scope': { clause: /\bscope\b/ },
    'term.months': { clause: /\bterm\b/ },
    'term.years': { clause: /\bterm\b/ },
    'preamble.customer': {
        when: 'always, for an agreement with `customer`: opens the contract and defines the Provider and the Customer by name',
        clause: /\bcustomer\b/,
    },
    'preamble.offering': {
        when: 'always, for an agreement without `customer` (a standard offering): opens the contract and defines the Provider',
    },
    'preamble.offering.customer': { when: 'an agreement without `customer`: defines the Customer as every subscriber of a tier' },
    'period.noun': LAYOUT,
    'period.uptime': LAYOUT,
    'sentence.separator': LAYOUT,
    'list.itemEnd': LAYOUT,
    'list.lastItemEnd': LAYOUT,
    'sentence.end': LAYOUT,
    'cell.none': LAYOUT,
    'table.tier': LAYOUT,
    'unit.week': LAYOUT,
    'unit.day': LAYOUT,
    'unit.hour': LAYOUT,
    'unit.minute': LAYOUT,
    'unit.second': LAYOUT,
    'unit.millisecond': LAYOUT,
    'unit.ms': LAYOUT,
    'unit.per': LAYOUT,
    'duration.parts': LAYOUT,
    money: LAYOUT,
    percentile: LAYOUT,
    'definitions.title': LAYOUT,
    'definitions.uptime': { when: 'always: the period of `measurement { period … }` defines the Uptime Percentage' },
    'definitions.uptime.exclusions': { when: 'the agreement lists exclusions', clause: /\bexclusions\b/ },
    'definitions.downtime.term': LAYOUT,
    'definitions.downtime': { clause: /\bdowntime\b/ },
    'definitions.downtime.missing': {
        when: 'the measurement block has no `downtime "…"` definition: a drafting note, replaced by the definition once written',
    },
    'definitions.probes': { clause: /\bprobe\b/ },
    probes: { clause: /\bprobe\b/ },
    'probes.every': { clause: /\bprobe\b/ },
    'probes.everyUnit': { clause: /\bprobe\b/ },
    'definitions.maintenance.term': { clause: /\bscheduled-maintenance\b/ },
    'definitions.maintenance': { clause: /\bscheduled-maintenance\b/ },
    'definitions.maintenance.windows': { clause: /\bscheduled-maintenance\b/ },
    'definitions.maintenance.window': { clause: /\bscheduled-maintenance\b/ },
    'definitions.maintenance.excluded': {
        when: 'a maintenance window is defined and `maintenance included` is not written (excluded is the default)',
        clause: /\bscheduled-maintenance\b/,
    },
    'definitions.maintenance.included': { clause: /\bmaintenance\s+included\b/ },
    'definitions.serviceCredit.term': { clause: /\bcredit\b/ },
    'definitions.serviceCredit': { when: 'a tier has a credit schedule: defines Service Credit', clause: /\bcredit\b/ },
    'definitions.monthlyFee.term': { clause: /\bcredit\b/ },
    'definitions.monthlyFee': {
        when: 'a tier has a credit schedule: defines the Monthly Fee that credits and caps are shares of (one twelfth of a price written `per year`)',
        clause: /\bcredit\b/,
    },
    'commitment.title': LAYOUT,
    'commitment.firm': {
        when: 'always, unless the agreement says `standard commercially-reasonable-efforts`: a firm commitment (`standard firm` is the default)',
    },
    'commitment.efforts': { clause: /\bstandard\s+commercially-reasonable-efforts\b/ },
    'commitment.fee': { clause: /\bprice\b/ },
    'commitment.fees': { clause: /\bprice\b/ },
    'commitment.feePer': { clause: /\bprice\b/ },
    'commitment.budget': LAYOUT,
    'commitment.latency': { clause: /\blatency\b/ },
    'commitment.percentiles': { when: 'a tier commits to a latency percentile: what a percentile means', clause: /\blatency\b/ },
    'commitment.latencyScope': { clause: /\blatency\b/ },
    'commitment.latencyScope.tiers': { clause: /\blatency\b/ },
    'support.title': LAYOUT,
    'support.none': { when: 'no tier has `support` or `response` lines' },
    'support.coverage': { clause: /\b(support|response)\b/ },
    'coverage.24x7': { clause: /\b24x7\b/ },
    'coverage.none': { when: 'a tier without `support` beside tiers with it', clause: /\b(support|response)\b/ },
    'coverage.calendar': { clause: /\bsupport\s+during\b/ },
    'coverage.kind': { clause: /\b(business|extended)-hours\b/ },
    'coverage.hours': { clause: /\b(business|extended)-hours\b/ },
    'coverage.zone': { clause: /\b(business|extended)-hours\b/ },
    'zone.customer-local': { clause: /\bcustomer-local\b/ },
    'zone.provider-local': { clause: /\bprovider-local\b/ },
    'zone.UTC': { clause: /\bUTC\b/ },
    'zone.iana': { clause: /\b(business|extended)-hours\b/ },
    'support.severities': { clause: /\bseverities\b/ },
    'support.severity': { clause: /\bseverities\b/ },
    'support.severity.column': { clause: /\bresponse\b/ },
    'support.response': { clause: /\bresponse\b/ },
    'support.resolution': { clause: /\bresponse\b/ },
    'support.escalation': { clause: /\bresponse\b/ },
    'support.bestEffort': {
        when: 'a `response` line without `resolution within …` (best effort); writing the resolution replaces it',
        clause: /\bresponse\b/,
    },
    'support.escalationAfter': { clause: /\bescalation\b/ },
    'support.noResponses': { when: 'a tier without `response` lines beside tiers with them', clause: /\bresponse\b/ },
    'credits.title': LAYOUT,
    'credits.none': { when: 'no tier has a credit schedule' },
    'credits.intro': {
        when: 'a tier has a credit schedule: the one rule of entitlement (on a claim under the claims section when the agreement has `claims`)',
        clause: /\bcredit\b/,
    },
    'credits.column': { clause: /\bcredit\b/ },
    'credits.shareOfAnnualFee': { clause: /\bannual\s+fee\b/ },
    'credits.latencyIntro': { clause: /\bcredit\b[^\n]*\blatency\b/ },
    'credits.cap': { clause: /\bcap\b/ },
    'credits.uncapped': { when: 'a credit schedule without `cap`; writing a cap replaces it', clause: /\bcredit\b/ },
    'credits.withoutTiers': { when: 'a tier without a credit schedule beside tiers with one', clause: /\bcredit\b/ },
    'bracket.exactly': { clause: /\bcredit\b/ },
    'bracket.any': { clause: /\bcredit\b/ },
    'bracket.upper': { clause: /\b(below|at\s+most)\b/ },
    'bracket.lower': { clause: /\b(above|at\s+least)\b/ },
    'bracket.between': { clause: /\band\b/ },
    'exclusions.title': LAYOUT,
    'exclusions.none': { when: 'the agreement lists no exclusions (or only maintenance windows that count as downtime)' },
    'exclusions.intro': { clause: /\bexclusions\b/ },
    'exclusion.scheduled-maintenance': { clause: /\bscheduled-maintenance\b/ },
    'exclusion.third-party': EXCLUSION_DEFAULT('third-party'),
    'exclusion.customer-caused': EXCLUSION_DEFAULT('customer-caused'),
    'exclusion.internet-connectivity': EXCLUSION_DEFAULT('internet-connectivity'),
    'exclusion.force-majeure': EXCLUSION_DEFAULT('force-majeure'),
    'exclusion.ddos': EXCLUSION_DEFAULT('ddos'),
    'exclusion.beta-features': EXCLUSION_DEFAULT('beta-features'),
    'claims.title': LAYOUT,
    'claims.none': { when: 'the agreement has no `claims` block, or one with none of `window`, `applied-to`, `verification`' },
    'claims.window': { clause: /\bwindow\b/ },
    'claims.appliedTo.next-invoice': { clause: /\bapplied-to\s+next-invoice\b/ },
    'claims.appliedTo.refund': { clause: /\bapplied-to\s+refund\b/ },
    'claims.appliedTo.subscription-extension': { clause: /\bapplied-to\s+subscription-extension\b/ },
    'measurement.title': LAYOUT,
    'measurement.period': { when: 'always, without `probe`: the measurement period' },
    'measurement.periodProbes': { clause: /\bprobe\b/ },
    'measurement.maintenance': {
        when: 'always: whether scheduled maintenance counts as Downtime (it does not unless `maintenance included` is written)',
    },
    'measurement.budgetIntro': { when: 'a tier commits to availability: the downtime each commitment allows, computed by the tool' },
    'measurement.perDay': LAYOUT,
    'measurement.perWeek': LAYOUT,
    'measurement.perPeriod': LAYOUT,
    'measurement.perPeriodRange': LAYOUT,
    'measurement.perYear': LAYOUT,
    'measurement.range': LAYOUT,
};
