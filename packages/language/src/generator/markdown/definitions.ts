import type { RootContent } from 'mdast';
import type { ExclusionJson } from '../json-types.js';
import { numberedClauses, own, sectionHeading, type Contract } from './contract.js';
import { strong, type Inline } from './mdast.js';
import { continueSentence, every, sentence } from './wording.js';
import { formatDurationLong } from '../../domain/duration.js';

type MaintenanceWindow = Extract<ExclusionJson, { kind: 'scheduled-maintenance' }>;

export function maintenanceWindow(c: Contract): MaintenanceWindow | undefined {
    return c.sla.exclusions.find((e): e is MaintenanceWindow => e.kind === 'scheduled-maintenance');
}

/** Whether Section 5 lists anything (scheduled maintenance counts only when it is excluded). */
export function hasExclusions(c: Contract): boolean {
    return c.sla.exclusions.some((e) => e.kind !== 'scheduled-maintenance' || c.sla.measurement.maintenance === 'excluded');
}

/** `by synthetic probes every minute from 3 locations`, or nothing without a probe clause. */
export function probePhrase(c: Contract): string {
    const probe = c.sla.measurement.probe;
    if (!probe) return '';
    return `by synthetic probes ${every(probe.intervalSeconds)} from ${probe.locations} location${probe.locations === 1 ? '' : 's'}`;
}

/** Section 1: the defined terms, each as the document defines it. */
export function definitions(c: Contract): RootContent[] {
    const { noun } = c;
    const uptime: Inline[] = [
        strong(c.uptime),
        ` means the total number of minutes in a calendar ${noun}, minus the number of minutes of Downtime in that ${noun}, `,
        `divided by the total number of minutes in that ${noun}, expressed as a percentage.`,
        hasExclusions(c) ? ' Minutes excluded under Section 5 are not counted as Downtime.' : '',
    ];
    const definition = c.sla.measurement.downtime;
    const probe = probePhrase(c);
    const downtime: Inline[] = [
        strong('Downtime'),
        ' means ',
        definition === null ? '[to be defined: the agreement does not define Downtime].' : sentence(continueSentence(own(definition))),
        probe ? ` Availability is measured ${probe}.` : '',
    ];
    return [sectionHeading(1, 'Definitions'), ...numberedClauses(1, [uptime, downtime, scheduledMaintenance(c), serviceCredit()])];
}

function scheduledMaintenance(c: Contract): Inline[] | null {
    const window = maintenanceWindow(c);
    if (!window) return null;
    // The window is the author's free text ("Sundays 02:00-04:00 UTC", "As announced in the console"),
    // so it closes the sentence after a colon rather than being woven into it.
    const notice = window.noticeSeconds === null ? '' : `announces at least ${formatDurationLong(window.noticeSeconds)} in advance and `;
    const allowance =
        window.allowance === null ? '' : `, for at most ${formatDurationLong(window.allowance.seconds)} per ${window.allowance.per},`;
    return [
        strong('Scheduled Maintenance'),
        ` means maintenance that the Provider ${notice}carries out${allowance} in this window: `,
        sentence(own(window.window)),
        c.sla.measurement.maintenance === 'excluded'
            ? ' Scheduled Maintenance is not Downtime.'
            : ' Scheduled Maintenance counts as Downtime.',
    ];
}

function serviceCredit(): Inline[] {
    return [
        strong('Service Credit'),
        ' means a percentage of the monthly fee for the affected tier, owed to the Customer under Section 4.',
    ];
}
