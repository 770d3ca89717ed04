/** `sla diff --format json`: the comparison for tools, with the counts a review gate needs. */
import type { Change } from './change.js';
import { countByFavours } from './groups.js';
import { needsApproval } from './render-text.js';

/** The `$schema`-like id of this shape; a change that breaks consumers gets a new one. */
export const DIFF_FORMAT_ID = 'urn:sla-toolkit:diff:v1';

export function diffJson(changes: readonly Change[], labels: { old: string; new: string; deviations?: boolean }): Record<string, unknown> {
    return {
        format: DIFF_FORMAT_ID,
        old: labels.old,
        new: labels.new,
        deviations: labels.deviations === true,
        counts: countByFavours(changes),
        changes: changes.map((c) => ({ ...c, ...(labels.deviations ? { needsApproval: needsApproval(c) } : {}) })),
    };
}
