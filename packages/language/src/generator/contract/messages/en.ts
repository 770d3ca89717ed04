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
    'preamble.customer':
        'This Service Level Agreement ("SLA") between {provider} (the "Provider") and {customer} (the "Customer") sets out the service levels that the Provider commits to for each service tier{credits, select, yes {, how they are measured, and the Service Credits that apply when a commitment is not met} other { and how they are measured}}.',
    'preamble.offering':
        'This Service Level Agreement ("SLA") of {provider} (the "Provider") sets out the service levels that the Provider commits to for each service tier{credits, select, yes {, how they are measured, and the Service Credits that apply when a commitment is not met} other { and how they are measured}}.',
    'preamble.offering.customer': 'The "Customer" is each customer of the Provider that subscribes to a service tier under this SLA.',

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
    'unit.per': '{per, select, day {day} week {week} month {month} quarter {quarter} other {year}}',
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
        '{term} means maintenance that the Provider {notice, select, none {} other {announces at least {notice} in advance and }}carries out{allowance, select, none {} other {, for at most {allowance} per {per},}} in this window: {window}',
    'definitions.maintenance.windows':
        '{term} means maintenance that the Provider carries out in one of the windows below, announced and limited as stated for that window.',
    'definitions.maintenance.window':
        '{window}{notice, select, none {} other {, announced at least {notice} in advance}}{allowance, select, none {} other {, for at most {allowance} per {per}}}',
    'definitions.maintenance.excluded': 'Scheduled Maintenance is not Downtime.',
    'definitions.maintenance.included': 'Scheduled Maintenance counts as Downtime.',
    'definitions.serviceCredit.term': 'Service Credit',
    'definitions.serviceCredit': '{term} means a credit of a percentage of the Monthly Fee for a tier, as set out in Section {credits}.',
    'definitions.monthlyFee.term': 'Monthly Fee',
    'definitions.monthlyFee':
        '{term} means the fee for one month of service in a tier{priced, select, yes {, as listed in Section {commitment}} other {}}{annual, select, yes { (for a tier priced per year, one twelfth of its annual fee)} other {}}.',

    // 2. Service Commitment
    'commitment.title': 'Service Commitment',
    'commitment.firm':
        'The Provider will make {scoped, select, yes {the covered services} other {the services}} available with a {uptime} of at least the figure below {tiers, plural, one {for the {tier} tier} other {for each tier}}.',
    'commitment.efforts':
        'The Provider will use commercially reasonable efforts to make {scoped, select, yes {the covered services} other {the services}} available with a {uptime} of at least the figure below {tiers, plural, one {for the {tier} tier} other {for each tier}}.',
    'commitment.fee': 'Monthly Fee',
    'commitment.feePerYear': '{amount} per year (the Monthly Fee is one twelfth)',
    'commitment.budget': 'Downtime allowed in a {days}-day {noun} (rounded to the second)',
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
    'coverage.calendar': 'The hours of the {calendar} calendar',
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
    'support.response': 'Initial {response, select, defined {Response} other {response}}',
    'support.resolution': '{resolution, select, defined {Resolution} other {Resolution}} target',
    'support.escalation': 'Escalation',
    'support.bestEffort': 'best effort',
    'support.escalationAfter': 'after {duration}',
    'support.noResponses':
        'No {response, select, defined {Response} other {response}} times are committed to for {count, plural, one {the tier} other {the tiers}} {tiers}.',

    // 4. Service Credits
    'credits.title': 'Service Credits',
    'credits.none': 'This SLA provides no Service Credits.',
    'credits.intro':
        'If the {uptime} of a tier for a calendar {noun} falls below the commitment for that tier in Section {commitment}, the Customer is entitled to the Service Credit set out below for that tier{claims, select, yes {, on a claim made under Section {claimsSection}} other {}}.',
    'credits.column': 'Service Credit',
    'credits.shareOfAnnualFee': '{share} of the annual fee',
    'credits.latencyIntro':
        'Where the {percentile} latency of the tier measured over a calendar {noun} falls in a range below, the Service Credit shown applies on the same terms:',
    'credits.cap':
        '{period, select, monthly {Service Credits for a month will not exceed {cap} of the Monthly Fee for that tier.} other {Service Credits for a {noun} will not exceed {cap} of the Monthly Fee for that tier (the fee for one month, not for the whole {noun}).}}',
    'credits.uncapped': 'Service Credits for this tier are not capped.',
    'credits.periodCap': 'Service Credits for a {noun} will not exceed {cap}.',
    'credits.annualCap': 'Service Credits for a year will not exceed {cap} in total.',
    'credits.shareOfMonthlyFee': '{share} of the Monthly Fee',
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
    'exclusions.intro':
        '{credits, select, yes {The commitments in this SLA, and the Service Credits under Section {section}, do not apply to:} other {The commitments in this SLA do not apply to:}}',
    'exclusion.scheduled-maintenance':
        'Scheduled Maintenance ({window}){notice, select, none {} other {, announced at least {notice} in advance}}{allowance, select, none {} other {, for at most {allowance} per {per}}}',
    'exclusion.third-party': "Unavailability caused by third-party providers outside the Provider's control",
    'exclusion.customer-caused': 'Unavailability caused by acts or omissions of the Customer',
    'exclusion.internet-connectivity': "Unavailability caused by the Customer's internet connectivity",
    'exclusion.force-majeure': 'Unavailability caused by force majeure events',
    'exclusion.ddos': 'Unavailability caused by distributed denial-of-service attacks',
    'exclusion.beta-features': 'Features designated as beta',

    // 6. Claims
    'claims.title': 'Claims',
    'claims.none': 'This SLA sets out no claim procedure.',
    'claims.window':
        'The Customer must submit a claim for a Service Credit within {window} after the end of the {noun} in which the Downtime occurred.',
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

    // 8. Services (language v2: services, regions, per-service commitments, error rate, recovery, throughput)
    'services.title': 'Services',
    'services.covered': 'This SLA covers the following services:',
    'services.item': '{name}{description, select, none {} other {: {description}}}',
    'services.regions': 'The service {name} is provided in the regions {regions}.',
    'services.measuredPer':
        'The commitments for the service {name} apply to each {unit, select, region {region} instance {instance} zone {zone} endpoint {endpoint} other {account}} separately.',
    'services.tierIntro': 'For the {tier} tier, the Provider commits to the following for each service:',
    'services.column.service': 'Service',
    'services.column.errorRate': 'Error rate (at most)',
    'services.column.rpo': 'Recovery point objective',
    'services.column.rto': 'Recovery time objective',
    'services.column.throughput': 'Throughput',
    'services.errorRate': 'For the {tier} tier, no more than {percent} of valid requests in a calendar {noun} may fail.',
    'services.rpo':
        'For the {tier} tier, a failure will lose at most the data of the last {duration} before it (recovery point objective).',
    'services.rto': 'For the {tier} tier, the Provider will restore service within {duration} of a failure (recovery time objective).',
    'services.throughput':
        'For the {tier} tier, the Provider will serve at least {count, plural, one {{requests} request} other {{requests} requests}} per {per, select, second {second} minute {minute} other {hour}}.',
    'services.throughputCell':
        '{count, plural, one {{requests} request} other {{requests} requests}} per {per, select, second {second} minute {minute} other {hour}}',
    'services.internal':
        'For the {tier} tier, the Provider keeps an internal objective of {percent}; the internal objective is not a commitment under this SLA.',
    'services.fee.year': 'The fee for the {tier} tier is {amount} per year; its Monthly Fee is one twelfth of it.',

    // 9. Remedies (language v2: other credits, caps, termination, sole remedy, terms of credits)
    'remedies.title': 'Remedies',
    'remedies.errorRateIntro':
        'For the {tier} tier{service, select, none {} other { and the service {service}}}, where the error rate measured over a calendar {noun} falls in a range below, the Service Credit shown applies:',
    'remedies.errorRate.column': 'Error rate',
    'remedies.missedResponse':
        'For the {tier} tier{service, select, none {} other { and the service {service}}}, each initial {response, select, defined {Response} other {response}} to a {severity} {incident, select, defined {Incident} other {incident}} later than the target in Section {support} earns a Service Credit of {credit}.',
    'remedies.availabilityIntro':
        'For the {tier} tier and the service {service}, the following Service Credits apply in place of those in Section {credits}:',
    'remedies.periodCap':
        'For the {tier} tier{service, select, none {} other { and the service {service}}}, Service Credits for a {noun} will not exceed {cap}.',
    'remedies.annualCap':
        'For the {tier} tier{service, select, none {} other { and the service {service}}}, Service Credits for a year will not exceed {cap}.',
    'remedies.capShare': '{percent} of the {fee, select, annual {annual fee} other {Monthly Fee}}',
    'remedies.termination.consecutive':
        'For the {tier} tier{service, select, none {} other { and the service {service}}}, the Customer may terminate this SLA if the {metric} is {range} in {count} consecutive {unit}s.',
    'remedies.termination.any':
        'For the {tier} tier{service, select, none {} other { and the service {service}}}, the Customer may terminate this SLA if the {metric} is {range} in any {count} of {window} consecutive {unit}s.',
    'remedies.metric': '{metric, select, availability {{uptime}} errorRate {error rate} other {{percentile} latency}}',
    'remedies.soleRemedy.yes':
        "Service Credits are the Customer's sole and exclusive remedy for any failure to meet the commitments in this SLA.",
    'remedies.soleRemedy.no':
        "Service Credits are not the Customer's sole remedy: the Customer keeps every other remedy available under the agreement or at law.",
    'remedies.transferable.yes': 'Service Credits may be transferred to another party.',
    'remedies.transferable.no': 'Service Credits may not be transferred to another party.',
    'remedies.payableInCash.yes': 'Service Credits may be paid out in cash.',
    'remedies.payableInCash.no': 'Service Credits are not payable in cash.',
    'remedies.forfeited.yes': 'Service Credits not yet applied are forfeited when this SLA or the agreement terminates.',
    'remedies.forfeited.no': 'Service Credits not yet applied survive the termination of this SLA or of the agreement.',
    'remedies.minimum': 'A Service Credit of less than {minimum} is not paid.',
    'remedies.claimFrom':
        'The claim window is counted from {from, select, incident {the start of the {incident, select, defined {Incident} other {incident}}} other {the end of the {noun} in which the Downtime occurred}}.',
    'remedies.claimContents': 'A claim must contain: {contents}',

    // 10. Operations (language v2: time zone, calendars, holidays, definitions, duties, measurement rules)
    'operations.title': 'Operations',
    'operations.timeZone': 'Calendar {noun}s begin and end in the {zone} time zone.',
    'operations.calendar':
        'The calendar {name} covers {days}{hours, select, none {} other {, {hours}}}{zone, select, none {} other {, in the {zone} time zone}}{holidays, select, none {} other {, except the holidays listed as {holidays}}}.',
    'operations.hours': '{start}-{end}',
    'operations.holidays': 'The holidays {name} are:',
    'operations.holiday': '{date}{name, select, none {} other { ({name})}}',
    'operations.support.calendar': 'Support for the {tier} tier is available during the hours of the calendar {calendar}.',
    'operations.clock.pauses':
        'For the {tier} tier, {response, select, defined {Response} other {response}} and {resolution, select, defined {Resolution} other {resolution}} times run only during support coverage and pause outside it.',
    'operations.clock.runs':
        'For the {tier} tier, {response, select, defined {Response} other {response}} and {resolution, select, defined {Resolution} other {resolution}} times run around the clock, including outside support coverage.',
    'operations.definition': '{term} means {definition}',
    'operations.term.incident': 'Incident',
    'operations.term.response': 'Response',
    'operations.term.resolution': 'Resolution',
    'operations.severityBy':
        'The {party, select, customer {Customer} other {Provider}} assigns the severity of each {incident, select, defined {Incident} other {incident}}.',
    'operations.statusPage':
        'The Provider publishes the status of the services on a status page{address, select, none {} other { at {address}}}.',
    'operations.incidentReport':
        'The Provider will deliver a written {incident, select, defined {Incident} other {incident}} report within {within}{severity, select, none { of each {incident, select, defined {Incident} other {incident}}} other { of each {severity} {incident, select, defined {Incident} other {incident}}}}.',
    'remedies.terminationUnit': '{unit, select, month {month} quarter {quarter} other {year}}',
    'operations.businessDays': '{count, plural, one {{n} business day} other {{n} business days}}',
    'operations.serviceReport':
        'The Provider will deliver a service report on the service levels achieved every {period, select, monthly {month} quarterly {quarter} other {year}}.',
    'operations.review':
        'The parties will review this SLA and the service together every {period, select, monthly {month} quarterly {quarter} other {year}}.',
    'operations.partialMinutes':
        'A minute that is only partly unavailable counts as {counts, select, downtime {Downtime} other {available}}.',
    'operations.firstPeriod':
        'A first {noun} that starts after the beginning of a calendar {noun} is {prorated, select, yes {prorated} other {counted in full}}.',
    'operations.minimumOutage': 'An unavailability shorter than {duration} is not counted as Downtime.',
    'operations.errorRateInterval':
        'Error rate is measured over consecutive intervals of {duration}; an interval in which more than {percent} of valid requests fail counts as Downtime.',
    'operations.missingData': 'A period without monitoring data counts as {counts, select, downtime {Downtime} other {available}}.',
    'operations.dataFrom':
        '{source, select, provider {The Provider’s monitoring data decides} customer {The Customer’s monitoring data decides} other {The monitoring data of both parties decides}} whether a commitment is met.',
    'operations.measuredDuring':
        '{calendar, select, none {Availability is measured around the clock.} other {Availability is measured only during the hours of the calendar {calendar}.}}',
} as const;

/** The keys every catalog has. */
export type MessageKey = keyof typeof en;

/** A catalog: one ICU message per key. */
export type Messages = Readonly<Record<MessageKey, string>>;
