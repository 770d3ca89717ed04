/**
 * Section 10 (only when used): how the service is run and measured beyond section 7 — the time
 * zone of calendar periods, business-hours calendars and their holidays, support clocks, the
 * author's definitions of incident, response and resolution, the provider's duties, and the
 * measurement rules of language v2.
 */
import { clauses, list, paragraph, value, type BlockDraft, type SectionBuilder } from '../context.js';
import { author } from '../wording.js';
import { continueSentence, endSentence } from './author-text.js';

export const operations: SectionBuilder = {
    id: 'operations',
    title: 'operations.title',
    optional: true,
    build: (c) => {
        const { words, sla } = c;
        const blocks: BlockDraft[] = [];
        const m = sla.measurement;
        const definitions = sla.definitions;
        const duties = sla.duties;
        blocks.push(
            ...clauses(
                sla.timeZone === undefined ? null : words.say('operations.timeZone', { noun: c.noun, zone: author(sla.timeZone) }),
                ...(sla.calendars ?? []).map((calendar) =>
                    words.say('operations.calendar', {
                        name: author(calendar.name),
                        days: author(words.and(calendar.days.map((d) => d.charAt(0).toUpperCase() + d.slice(1)))),
                        hours: calendar.hours ? 'some' : 'none',
                        ...(calendar.hours
                            ? { hours: value(words.text('operations.hours', { start: calendar.hours.start, end: calendar.hours.end })) }
                            : {}),
                        zone: calendar.zone === null ? 'none' : 'some',
                        ...(calendar.zone === null ? {} : { zone: author(calendar.zone) }),
                        holidays: calendar.holidays === null ? 'none' : 'some',
                        ...(calendar.holidays === null ? {} : { holidays: author(calendar.holidays) }),
                    }),
                ),
            ),
        );
        for (const holidays of sla.holidays ?? []) {
            blocks.push(
                paragraph(words.say('operations.holidays', { name: author(holidays.name) })),
                list(
                    'bullet',
                    holidays.days.map((day) =>
                        words.say('operations.holiday', {
                            date: value(words.date(day.date)),
                            name: day.name === null ? 'none' : 'some',
                            ...(day.name === null ? {} : { name: author(day.name) }),
                        }),
                    ),
                ),
            );
        }
        blocks.push(
            ...clauses(
                ...sla.tiers.flatMap((tier) => [
                    tier.support?.coverage === 'calendar' && tier.support.calendar
                        ? words.say('operations.support.calendar', { tier: author(tier.name), calendar: author(tier.support.calendar) })
                        : null,
                    tier.clock
                        ? words.say(tier.clock.pausesOutsideCoverage ? 'operations.clock.pauses' : 'operations.clock.runs', {
                              ...c.terms,
                              tier: author(tier.name),
                          })
                        : null,
                ]),
                ...(['incident', 'response', 'resolution'] as const).map((term) =>
                    definitions?.[term] == null
                        ? null
                        : words.say('operations.definition', {
                              term: { kind: 'term', text: words.text(`operations.term.${term}`) },
                              definition: endSentence(c, author(continueSentence(definitions[term]!))),
                          }),
                ),
                duties?.severityAssignedBy ? words.say('operations.severityBy', { ...c.terms, party: duties.severityAssignedBy }) : null,
                duties?.statusPage
                    ? words.say('operations.statusPage', {
                          address: duties.statusPage.address === null ? 'none' : 'some',
                          ...(duties.statusPage.address === null ? {} : { address: author(duties.statusPage.address) }),
                      })
                    : null,
                ...(duties?.incidentReports ?? []).map((report, index) =>
                    words.say('operations.incidentReport', {
                        ...c.terms,
                        within: value(
                            report.businessDays !== null
                                ? words.text('operations.businessDays', {
                                      count: report.businessDays,
                                      n: words.decimal(report.businessDays),
                                  })
                                : words.written(c.written.v2?.get(`incidentReport ${index}`), report.seconds ?? 0),
                        ),
                        severity: report.severity === null ? 'none' : 'some',
                        ...(report.severity === null ? {} : { severity: author(report.severity) }),
                    }),
                ),
                duties?.serviceReport ? words.say('operations.serviceReport', { period: duties.serviceReport }) : null,
                duties?.review ? words.say('operations.review', { period: duties.review }) : null,
                m.partialMinutes ? words.say('operations.partialMinutes', { counts: m.partialMinutes }) : null,
                m.firstPeriod
                    ? words.say('operations.firstPeriod', { noun: c.noun, prorated: m.firstPeriod === 'prorated' ? 'yes' : 'no' })
                    : null,
                m.minimumOutageSeconds === undefined
                    ? null
                    : words.say('operations.minimumOutage', {
                          duration: value(words.written(c.written.v2?.get('minimumOutage'), m.minimumOutageSeconds)),
                      }),
                m.errorRateInterval
                    ? words.say('operations.errorRateInterval', {
                          duration: value(words.written(c.written.v2?.get('errorRateInterval'), m.errorRateInterval.seconds)),
                          percent: value(c.percent(m.errorRateInterval.abovePercent)),
                      })
                    : null,
                m.missingData ? words.say('operations.missingData', { counts: m.missingData }) : null,
                m.dataFrom ? words.say('operations.dataFrom', { source: m.dataFrom }) : null,
                m.availabilityMeasured
                    ? words.say('operations.measuredDuring', {
                          calendar: m.availabilityMeasured.calendar === null ? 'none' : 'some',
                          ...(m.availabilityMeasured.calendar === null ? {} : { calendar: author(m.availabilityMeasured.calendar) }),
                      })
                    : null,
            ),
        );
        return blocks;
    },
};
