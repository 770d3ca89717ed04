/** Severity levels, exclusions and claims: the agreement-wide lists and blocks, matched by name or kind. */
import { formatDuration, formatDurationLong } from '../../domain/duration.js';
import { maintenancePerPeriod } from '../../domain/maintenance.js';
import { periodNoun } from '../../domain/period.js';
import type { ClaimsJson, ExclusionJson, SeverityJson } from '../../generator/json-types.js';
import { byFigure, carveOut, combine, promise } from '../favour-rules.js';
import type { Side } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';
import { single } from './row-shapes.js';

const severity: TermRow<Side, SeverityJson> = {
    term: 'severity',
    rule: 'a level added, removed or redefined changes which incidents get which targets: read it',
    items: (side) => side.sla.severities.map((s) => [s.name, s]),
    clause: (name) => `severity ${name}`,
    value: (s) => s.description?.trim() ?? null,
    text: (s) => (s.description ? `${s.name}: ${s.description.trim()}` : s.name),
    favours: () => 'unclear',
    authorText: (s) => s.description,
};

/** Standard exclusions and the maintenance window by kind; one in the author's words by its words. */
function exclusionKey(e: ExclusionJson): string {
    return e.kind === 'custom' ? `"${e.description.trim()}"` : e.kind;
}

function exclusionText(e: ExclusionJson): string {
    if (e.kind === 'scheduled-maintenance') {
        const parts = [`scheduled-maintenance "${e.window.trim()}"`];
        if (e.noticeSeconds !== null) parts.push(`notice ${formatDurationLong(e.noticeSeconds)}`);
        if (e.allowance) parts.push(`at most ${formatDurationLong(e.allowance.seconds)} per ${e.allowance.per}`);
        return parts.join(', ');
    }
    if (e.kind === 'custom') return `"${e.description.trim()}"`;
    return e.description ? `${e.kind} "${e.description.trim()}"` : e.kind;
}

const exclusion: TermRow<Side, ExclusionJson> = {
    term: 'exclusion',
    rule: 'an exclusion added favours the provider, one removed the customer; for maintenance, a longer notice favours the customer and a larger allowance the provider; new wording: read it',
    items: (side) => side.sla.exclusions.map((e) => [exclusionKey(e), e]),
    clause: (key) => `exclusion ${key}`,
    value: (e) =>
        e.kind === 'custom'
            ? e.description.trim()
            : { ...e, ...('description' in e ? { description: e.description?.trim() ?? null } : {}) },
    text: exclusionText,
    authorText: (e) => (e.kind === 'scheduled-maintenance' ? e.window : e.description),
    favours: (old, now, _before, after) =>
        carveOut(old, now, () => {
            if (old?.kind === 'scheduled-maintenance' && now?.kind === 'scheduled-maintenance') {
                const period = after.sla.measurement.period;
                const allowance = (a: typeof old.allowance) => (a ? maintenancePerPeriod(a.seconds, a.per, period) : null);
                return combine(
                    byFigure(old.noticeSeconds, now.noticeSeconds, 'customer'),
                    byFigure(allowance(old.allowance), allowance(now.allowance), 'provider'),
                    old.window.trim() === now.window.trim() ? undefined : 'unclear',
                );
            }
            return 'unclear';
        }),
    impact: (old, now, _before, after) => {
        const period = after.sla.measurement.period;
        const allowance = (e: ExclusionJson | undefined) =>
            e?.kind === 'scheduled-maintenance' && e.allowance
                ? maintenancePerPeriod(e.allowance.seconds, e.allowance.per, period)
                : undefined;
        const [a, b] = [allowance(old), allowance(now)];
        if (a === b || (a === undefined && b === undefined)) return [];
        const show = (s: number | undefined) => (s === undefined ? 'none' : formatDuration(s));
        return [`maintenance that does not count against the commitment, per ${periodNoun(period)}: ${show(a)} → ${show(b)}`];
    },
};

/** One clause of the claims block. */
function claimsPart<T>(term: string, clause: string, read: (c: ClaimsJson) => T | null) {
    return single<Side, T>(term, clause, (side) => (side.sla.claims ? read(side.sla.claims) : null));
}

const claimWindow: TermRow<Side, number> = {
    ...claimsPart('claim-window', 'claim window', (c) => c.windowSeconds),
    rule: 'a longer claim window favours the customer',
    value: (s) => s,
    text: (s) => formatDurationLong(s),
    favours: (old, now) => promise(old, now, () => byFigure(old, now, 'customer') ?? 'unclear'),
};

/** Cash back first: a refund is worth more to the customer than a credit on the next invoice, which is worth more than more subscription time. */
const APPLIED_TO_RANK = { refund: 3, 'next-invoice': 2, 'subscription-extension': 1 } as const;

const appliedTo: TermRow<Side, NonNullable<ClaimsJson['appliedTo']>> = {
    ...claimsPart('credit-application', 'credits applied to', (c) => c.appliedTo),
    rule: 'a refund favours the customer over a credit on the next invoice, and that over a subscription extension',
    value: (a) => a,
    text: (a) => a,
    favours: (old, now) => promise(old, now, () => byFigure(APPLIED_TO_RANK[old!], APPLIED_TO_RANK[now!], 'customer') ?? 'unclear'),
};

const verification: TermRow<Side, string> = {
    ...claimsPart('claim-verification', 'claim verification', (c) => c.verification),
    rule: 'no rule can weigh how claims are verified: read it',
    value: (v) => v.trim(),
    text: (v) => v.trim(),
    favours: () => 'unclear',
    authorText: (v) => v,
};

export const documentRows: ReadonlyArray<AnyRow<Side>> = [severity, exclusion, claimWindow, appliedTo, verification];
