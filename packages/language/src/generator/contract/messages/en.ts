/**
 * The English catalog of the contract text: every sentence and phrase the generator writes, in
 * ICU MessageFormat, keyed by name. A catalog in another language has exactly these keys and the
 * same placeholders (the `Messages` type checks the keys; a test checks the placeholders).
 *
 * Placeholders that hold text (`{term}`, `{definition}`, `{duration}`) receive runs already
 * worded; `{noun}` is this catalog's `period.noun` and `{period}` the kind (`monthly`,
 * `quarterly`, `yearly`) for catalogs whose grammar needs more than one noun form. Figures arrive
 * formatted (`99.9%`, `4 hours`); `{n}` beside a `{count, plural, …}` is the figure as the author
 * wrote it, so `#` (which would regroup digits) is never used.
 */
export const en = {
    // Cover block and opening
    title: '{title} — Service Level Agreement',
    'field.provider': 'Provider:',
    'field.customer': 'Customer:',
    'field.effective': 'Effective date:',
    'field.term': 'Term:',
    'field.scope': 'Covered services:',
    'term.months': '{count, plural, one {{n} month} other {{n} months}}',
    'term.years': '{count, plural, one {{n} year} other {{n} years}}',
    preamble:
        'This Service Level Agreement ("SLA") sets out the service levels that the Provider commits to for each service tier, how they are measured, and the Service Credits that the Customer may claim when a commitment is not met.',

    // Shared words
    'period.noun': '{period, select, monthly {month} quarterly {quarter} other {year}}',
    'period.uptime':
        '{period, select, monthly {Monthly Uptime Percentage} quarterly {Quarterly Uptime Percentage} other {Yearly Uptime Percentage}}',
    'sentence.separator': ' ',
    'list.itemEnd': '{item};',
    'list.lastItemEnd': '{item}.',
    'sentence.end': '{text}.',
    'cell.none': '—',
    'table.tier': 'Tier',
    'unit.week': '{count, plural, one {{n} week} other {{n} weeks}}',
    'unit.day': '{count, plural, one {{n} day} other {{n} days}}',
    'unit.hour': '{count, plural, one {{n} hour} other {{n} hours}}',
    'unit.minute': '{count, plural, one {{n} minute} other {{n} minutes}}',
    'unit.second': '{count, plural, one {{n} second} other {{n} seconds}}',
    'unit.millisecond': '{count, plural, one {{n} millisecond} other {{n} milliseconds}}',
    'unit.ms': '{n} ms',
    'duration.parts': '{first} {rest}',
    money: '{currency} {amount}',
    percentile: 'p{n}',

    // 1. Definitions
    'definitions.title': 'Definitions',
    'definitions.uptime':
        '{term} means the total number of minutes in a calendar {noun}, minus the number of minutes of Downtime in that {noun}, divided by the total number of minutes in that {noun}, expressed as a percentage.',
    'definitions.uptime.exclusions': 'Minutes excluded under Section {exclusions} are not counted as Downtime.',
    'definitions.downtime.term': 'Downtime',
    'definitions.downtime': '{term} means {definition}',
    'definitions.downtime.missing': '{term} means [to be defined: the agreement does not define Downtime].',
    'definitions.probes': 'Availability is measured {probes}.',
    probes: 'by synthetic probes {every} from {count, plural, one {{n} location} other {{n} locations}}',
    'probes.every': 'every {duration}',
    'probes.everyUnit': 'every {unit, select, week {week} day {day} hour {hour} minute {minute} second {second} other {millisecond}}',
    'definitions.maintenance.term': 'Scheduled Maintenance',
    'definitions.maintenance':
        '{term} means maintenance that the Provider {notice, select, none {} other {announces at least {notice} in advance and }}carries out{allowance, select, none {} other {, for at most {allowance} per {per, select, day {day} week {week} month {month} quarter {quarter} other {year}},}} in this window: {window}',
    'definitions.maintenance.excluded': 'Scheduled Maintenance is not Downtime.',
    'definitions.maintenance.included': 'Scheduled Maintenance counts as Downtime.',
    'definitions.serviceCredit.term': 'Service Credit',
    'definitions.serviceCredit':
        '{term} means a percentage of the monthly fee for the affected tier, owed to the Customer under Section {credits}.',

    // 2. Service Commitment
    'commitment.title': 'Service Commitment',
    'commitment.intro':
        "The Provider will use commercially reasonable efforts to make {scoped, select, yes {the covered services} other {the services}} available with a {uptime} of at least the figure below for the Customer's tier.",
    'commitment.fee': 'Monthly fee',
    'commitment.budget': 'Downtime allowed in a {days}-day {noun}',
    'commitment.latency': 'Latency ({percentile})',
    'commitment.percentiles':
        'Latency figures are percentiles: a commitment at {percentile} is met when at least {share}% of the measured requests in a {noun} complete within the stated time.',
    'commitment.latencyScope': 'The {percentile} latency commitment applies to: {description}',
    'commitment.latencyScope.tiers': 'The {percentile} latency commitment ({tiers}) applies to: {description}',

    // 3. Support
    'support.title': 'Support',
    'support.none': 'This SLA makes no support commitments.',
    'support.coverage': 'Coverage',
    'coverage.24x7': '24 hours a day, 7 days a week',
    'coverage.none': 'No support coverage',
    'coverage.kind': '{kind, select, business {Business hours} other {Extended hours}}',
    'coverage.hours': '{kind}, {start}-{end}',
    'coverage.zone': '{coverage} {zone}',
    'zone.customer-local': "in the Customer's local time",
    'zone.provider-local': "in the Provider's local time",
    'zone.UTC': 'UTC',
    'zone.iana': 'in the {zone} time zone',
    'support.severities': 'Severity levels, from most to least severe:',
    'support.severity': '{name}: {description}',
    'support.severity.column': 'Severity',
    'support.response': 'Initial response',
    'support.resolution': 'Resolution target',
    'support.escalation': 'Escalation',
    'support.bestEffort': 'best effort',
    'support.escalationAfter': 'after {duration}',
    'support.noResponses': 'No response times are committed to for {count, plural, one {the tier} other {the tiers}} {tiers}.',

    // 4. Service Credits
    'credits.title': 'Service Credits',
    'credits.none': 'This SLA provides no Service Credits.',
    'credits.intro':
        "If the {uptime} for a calendar {noun} falls below the commitment of the Customer's tier, the Customer is eligible for the Service Credit below, as a percentage of the monthly fee for that tier.",
    'credits.column': 'Service Credit',
    'credits.shareOfAnnualFee': '{share} of the annual fee',
    'credits.latencyIntro':
        'Where the {percentile} latency measured over a calendar {noun} falls in a range below, the Customer is eligible for the Service Credit shown:',
    'credits.cap': 'Service Credits for a {noun} will not exceed {cap} of the monthly fee for that tier.',
    'credits.uncapped': 'Service Credits for this tier are not capped.',
    'credits.withoutTiers': 'No Service Credits apply to {count, plural, one {the tier} other {the tiers}} {tiers}.',
    'bracket.exactly': 'Exactly {value}',
    'bracket.any': 'Any value',
    'bracket.upper': '{inclusive, select, yes {Equal to or less than} other {Less than}} {max}',
    'bracket.lower': '{inclusive, select, yes {Equal to or greater than} other {Greater than}} {min}',
    'bracket.between':
        '{maxInclusive, select, yes {Equal to or less than} other {Less than}} {max} but {minInclusive, select, yes {equal to or greater than} other {greater than}} {min}',

    // 5. Exclusions
    'exclusions.title': 'Exclusions',
    'exclusions.none': 'This SLA lists no exclusions.',
    'exclusions.intro': 'The commitments in this SLA, and the Service Credits under Section {credits}, do not apply to:',
    'exclusion.scheduled-maintenance': 'Scheduled Maintenance',
    'exclusion.third-party': "unavailability caused by third-party providers outside the Provider's control",
    'exclusion.customer-caused': 'unavailability caused by acts or omissions of the Customer',
    'exclusion.internet-connectivity': "unavailability caused by the Customer's internet connectivity",
    'exclusion.force-majeure': 'unavailability caused by force majeure events',
    'exclusion.ddos': 'unavailability caused by distributed denial-of-service attacks',
    'exclusion.beta-features': 'features designated as beta',

    // 6. Claims
    'claims.title': 'Claims',
    'claims.none': 'This SLA does not set out how Service Credits are claimed.',
    'claims.window':
        'To receive a Service Credit, the Customer must submit a claim within {window} after the end of the {noun} in which the Downtime occurred.',
    'claims.appliedTo.next-invoice': "Service Credits are applied to the Customer's next invoice.",
    'claims.appliedTo.refund': 'Service Credits are paid to the Customer as a refund.',
    'claims.appliedTo.subscription-extension': "Service Credits are given as an extension of the Customer's subscription.",

    // 7. Measurement
    'measurement.title': 'Measurement',
    'measurement.period': 'Compliance is measured per calendar {noun}.',
    'measurement.periodProbes': 'Compliance is measured per calendar {noun}, {probes}.',
    'measurement.maintenance':
        '{defined, select, yes {Scheduled Maintenance} other {Scheduled maintenance}} {excluded, select, yes {does not count} other {counts}} as Downtime.',
    'measurement.budgetIntro':
        'For reference, the Downtime that each commitment allows, computed as (100% minus the {uptime} committed) times the length of the period, rounded to the second:',
    'measurement.perDay': 'Per day',
    'measurement.perWeek': 'Per week',
    'measurement.perPeriod': 'Per {noun} ({days} days)',
    'measurement.perPeriodRange': 'Per {noun} ({min} to {max} days)',
    'measurement.perYear': 'Per year (365 days)',
    'measurement.range': '{min} to {max}',
} as const;

/** The keys every catalog has. */
export type MessageKey = keyof typeof en;

/** A catalog: one ICU message per key. */
export type Messages = Readonly<Record<MessageKey, string>>;
