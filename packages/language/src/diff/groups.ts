/**
 * Changes grouped as they are read: the agreement-wide ones, then tier by tier in the order the
 * new version declares them (tiers removed last), each group with the customer-unfavourable
 * changes first. The comparison already returns them in this order; this only cuts the list.
 */
import type { Change, Favours } from './change.js';

export interface ChangeGroup {
    /** Null for the agreement as a whole. */
    tier: string | null;
    changes: Change[];
}

export function groupByTier(changes: readonly Change[]): ChangeGroup[] {
    const groups: ChangeGroup[] = [];
    for (const change of changes) {
        const last = groups[groups.length - 1];
        if (last && last.tier === change.tier) last.changes.push(change);
        else groups.push({ tier: change.tier, changes: [change] });
    }
    return groups;
}

export function countByFavours(changes: readonly Change[]): Record<Favours, number> {
    const counts: Record<Favours, number> = { provider: 0, unclear: 0, customer: 0 };
    for (const change of changes) counts[change.favours]++;
    return counts;
}

/** `3 changes: 1 favours the provider, 1 to read, 1 favours the customer`. */
export function countLine(changes: readonly Change[]): string {
    if (changes.length === 0) return 'No changes in terms.';
    const counts = countByFavours(changes);
    const parts = [
        counts.provider > 0 ? `${counts.provider} favour${counts.provider === 1 ? 's' : ''} the provider` : '',
        counts.unclear > 0 ? `${counts.unclear} to read` : '',
        counts.customer > 0 ? `${counts.customer} favour${counts.customer === 1 ? 's' : ''} the customer` : '',
    ].filter(Boolean);
    return `${changes.length} change${changes.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

export const FAVOURS_LABEL: Record<Favours, string> = {
    provider: 'favours the provider',
    customer: 'favours the customer',
    unclear: 'to read',
};

/** `99.95% → 99.9%`, `added: ddos`, `removed: 5%`, `Gold → Premium`. */
export function valueText(change: Change): string {
    if (change.change === 'added') return `added: ${change.new}`;
    if (change.change === 'removed') return `removed: ${change.old}`;
    return `${change.old} → ${change.new}`;
}

/** `(inherited from Standard)`, `(was inherited from Standard)`, or nothing. */
export function provenance(change: Change): string {
    const { old, new: now } = change.inheritedFrom;
    if (now !== null) return old === now || old === null ? `inherited from ${now}` : `inherited from ${now}, was from ${old}`;
    return old !== null ? `was inherited from ${old}` : '';
}
