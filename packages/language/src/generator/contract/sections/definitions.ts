/** Section 1: the defined terms, each as the document defines it. */
import type { ExclusionJson } from '../../json-types.js';
import { clauses, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author } from '../wording.js';
import { continueSentence, endSentence } from './author-text.js';

type MaintenanceWindow = Extract<ExclusionJson, { kind: 'scheduled-maintenance' }>;

export function maintenanceWindow(c: ContractContext): MaintenanceWindow | undefined {
    return c.sla.exclusions.find((e): e is MaintenanceWindow => e.kind === 'scheduled-maintenance');
}

/** Whether the exclusions section lists anything (scheduled maintenance counts only when it is excluded). */
export function hasExclusions(c: ContractContext): boolean {
    return c.sla.exclusions.some((e) => e.kind !== 'scheduled-maintenance' || c.sla.measurement.maintenance === 'excluded');
}

/** `by synthetic probes every minute from 3 locations`, or nothing without a probe clause. */
export function probePhrase(c: ContractContext): string {
    const probe = c.sla.measurement.probe;
    if (!probe) return '';
    return c.words.text('probes', { every: c.words.every(probe.intervalSeconds), count: probe.locations, n: String(probe.locations) });
}

function term(text: string): Inline {
    return { kind: 'term', text };
}

export const definitions: SectionBuilder = {
    id: 'definitions',
    title: 'definitions.title',
    build: (c) => clauses(uptime(c), downtime(c), scheduledMaintenance(c), serviceCredit(c)),
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

function scheduledMaintenance(c: ContractContext): Inline[] | null {
    const window = maintenanceWindow(c);
    if (!window) return null;
    const { words } = c;
    // The window is the author's free text ("Sundays 02:00-04:00 UTC", "As announced in the console"),
    // so it closes the sentence after a colon rather than being woven into it.
    return words.sentences(
        words.say('definitions.maintenance', {
            term: term(words.text('definitions.maintenance.term')),
            notice: window.noticeSeconds === null ? 'none' : words.duration(window.noticeSeconds),
            allowance: window.allowance === null ? 'none' : words.duration(window.allowance.seconds),
            per: window.allowance?.per ?? 'none',
            window: endSentence(c, author(window.window)),
        }),
        words.say(c.sla.measurement.maintenance === 'excluded' ? 'definitions.maintenance.excluded' : 'definitions.maintenance.included'),
    );
}

function serviceCredit(c: ContractContext): Inline[] {
    const { words } = c;
    return words.say('definitions.serviceCredit', {
        term: term(words.text('definitions.serviceCredit.term')),
        credits: c.section('credits'),
    });
}
