/** Section 1: the defined terms, each as the document defines it. */
import type { ExclusionJson } from '../../json-types.js';
import { clauses, list, type BlockDraft, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author, type MessageValues } from '../wording.js';
import type { WrittenForms } from '../written.js';
import { continueSentence, endListItem, endSentence } from './author-text.js';
import { hasCredits } from './credits.js';

type MaintenanceWindow = Extract<ExclusionJson, { kind: 'scheduled-maintenance' }>;

/** Every maintenance window of the document, with its written durations. */
export function maintenanceWindows(c: ContractContext): Array<{ window: MaintenanceWindow; written: WrittenWindow }> {
    return c.sla.exclusions.flatMap((e, index) =>
        e.kind === 'scheduled-maintenance'
            ? [{ window: e, written: c.written.exclusions[index] ?? { notice: null, allowance: null } }]
            : [],
    );
}

type WrittenWindow = WrittenForms['exclusions'][number];

/** The notice and allowance of a window, as placeholders of the catalog's window messages. */
export function windowTerms(c: ContractContext, window: MaintenanceWindow, written: WrittenWindow): MessageValues {
    return {
        notice: window.noticeSeconds === null ? 'none' : c.words.written(written.notice, window.noticeSeconds),
        allowance: window.allowance === null ? 'none' : c.words.written(written.allowance, window.allowance.seconds),
        per: window.allowance === null ? 'none' : c.words.text('unit.per', { per: window.allowance.per }),
    };
}

/** Whether the exclusions section lists anything (scheduled maintenance counts only when it is excluded). */
export function hasExclusions(c: ContractContext): boolean {
    return c.sla.exclusions.some((e) => e.kind !== 'scheduled-maintenance' || c.sla.measurement.maintenance === 'excluded');
}

/** `by synthetic probes every minute from 3 locations`, or nothing without a probe clause. */
export function probePhrase(c: ContractContext): string {
    const probe = c.sla.measurement.probe;
    if (!probe) return '';
    return c.words.text('probes', {
        every: c.words.every(probe.intervalSeconds, c.written.probeInterval),
        count: probe.locations,
        n: String(probe.locations),
    });
}

function term(text: string): Inline {
    return { kind: 'term', text };
}

export const definitions: SectionBuilder = {
    id: 'definitions',
    title: 'definitions.title',
    build: (c) => {
        const maintenance = scheduledMaintenance(c);
        return [...clauses(uptime(c), downtime(c)), ...maintenance, ...(hasCredits(c) ? clauses(serviceCredit(c), monthlyFee(c)) : [])];
    },
};

function uptime(c: ContractContext): Inline[] {
    const { words } = c;
    return words.sentences(
        words.say('definitions.uptime', { term: term(c.uptime), noun: c.noun, period: c.period }),
        hasExclusions(c) ? words.say('definitions.uptime.exclusions', { exclusions: c.section('exclusions') }) : null,
    );
}

function downtime(c: ContractContext): Inline[] {
    const { words } = c;
    const definition = c.sla.measurement.downtime;
    const downtimeTerm = term(words.text('definitions.downtime.term'));
    const probe = probePhrase(c);
    return words.sentences(
        definition === null
            ? words.say('definitions.downtime.missing', { term: downtimeTerm })
            : words.say('definitions.downtime', { term: downtimeTerm, definition: endSentence(c, author(continueSentence(definition))) }),
        probe ? words.say('definitions.probes', { probes: probe }) : null,
    );
}

/** One window: one sentence. Several: the definition, then every window with its own notice and allowance. */
function scheduledMaintenance(c: ContractContext): BlockDraft[] {
    const windows = maintenanceWindows(c);
    if (windows.length === 0) return [];
    const { words } = c;
    const maintenanceTerm = term(words.text('definitions.maintenance.term'));
    const counts = words.say(
        c.sla.measurement.maintenance === 'excluded' ? 'definitions.maintenance.excluded' : 'definitions.maintenance.included',
    );
    if (windows.length === 1) {
        const [{ window, written }] = windows;
        // The window is the author's free text ("Sundays 02:00-04:00 UTC", "As announced in the console"),
        // so it closes the sentence after a colon rather than being woven into it.
        return clauses(
            words.sentences(
                words.say('definitions.maintenance', {
                    term: maintenanceTerm,
                    ...windowTerms(c, window, written),
                    window: endSentence(c, author(window.window)),
                }),
                counts,
            ),
        );
    }
    return [
        ...clauses(words.sentences(words.say('definitions.maintenance.windows', { term: maintenanceTerm }), counts)),
        list(
            'lettered',
            windows.map(({ window, written }, index) =>
                endListItem(
                    c,
                    words.say('definitions.maintenance.window', { window: author(window.window), ...windowTerms(c, window, written) }),
                    index === windows.length - 1,
                ),
            ),
        ),
    ];
}

function monthlyFee(c: ContractContext): Inline[] {
    const { words } = c;
    return words.say('definitions.monthlyFee', {
        term: term(words.text('definitions.monthlyFee.term')),
        priced: c.sla.tiers.some((t) => t.price !== null) ? 'yes' : 'no',
        commitment: c.section('commitment'),
    });
}

function serviceCredit(c: ContractContext): Inline[] {
    const { words } = c;
    return words.say('definitions.serviceCredit', {
        term: term(words.text('definitions.serviceCredit.term')),
        credits: c.section('credits'),
    });
}
