/** Section 7: the period, the probes, maintenance, and the downtime each commitment allows. */
import { localWritten } from './credits.js';
import { paragraph, table, type BlockDraft, type Cell, type SectionBuilder } from '../context.js';
import { author } from '../wording.js';
import { maintenanceWindows, probePhrase } from './definitions.js';

export const measurement: SectionBuilder = {
    id: 'measurement',
    title: 'measurement.title',
    build: (c) => {
        const { words } = c;
        const probe = probePhrase(c);
        const { periodDays, maintenance, period } = c.sla.measurement;
        const windowsDeclared = maintenanceWindows(c).length > 0;
        const content: BlockDraft[] = [
            paragraph(
                words.sentences(
                    probe
                        ? words.say('measurement.periodProbes', { noun: c.noun, period, probes: probe })
                        : words.say('measurement.period', { noun: c.noun, period }),
                    // Said when the document declares a window or says how maintenance counts: with neither,
                    // "maintenance does not count as Downtime" would be an exclusion nobody wrote.
                    // "Scheduled Maintenance" is a defined term only when the document describes the window.
                    windowsDeclared || c.written.maintenanceWritten !== false
                        ? words.say('measurement.maintenance', {
                              defined: windowsDeclared ? 'yes' : 'no',
                              excluded: maintenance === 'excluded' ? 'yes' : 'no',
                          })
                        : null,
                ),
            ),
        ];
        const committed = c.sla.tiers.filter((t) => t.availability?.downtimeBudget);
        if (committed.length === 0) return content;
        const ranged = periodDays.min !== periodDays.max;
        const header: Cell[] = [
            words.say('table.tier'),
            words.say('period.uptime', { period }),
            words.say('measurement.perDay'),
            words.say('measurement.perWeek'),
            words.say('measurement.perPeriod', { noun: c.noun, period, days: periodDays.reference }),
            ...(ranged
                ? [words.say('measurement.perPeriodRange', { noun: c.noun, period, min: periodDays.min, max: periodDays.max })]
                : []),
            ...(period === 'yearly' ? [] : [words.say('measurement.perYear')]),
        ];
        const rows = committed.map((t): Cell[] => {
            const budget = t.availability!.downtimeBudget!;
            return [
                [author(t.name)],
                localWritten(c, c.written.tiers.get(t.name)?.availability) ?? c.percent(t.availability!.percent),
                c.words.computed(budget.daySeconds),
                c.words.computed(budget.weekSeconds),
                c.words.computed(budget.period.referenceSeconds),
                ...(ranged
                    ? [
                          words.text('measurement.range', {
                              min: c.words.computed(budget.period.minSeconds),
                              max: c.words.computed(budget.period.maxSeconds),
                          }),
                      ]
                    : []),
                ...(period === 'yearly' ? [] : [c.words.computed(budget.yearSeconds)]),
            ];
        });
        content.push(paragraph(words.say('measurement.budgetIntro', { uptime: c.uptime })), table(header, rows));
        return content;
    },
};
