/** `sla diff`'s terminal output: one block per tier, the customer-unfavourable changes first. */
import type { Change } from './change.js';
import { FAVOURS_LABEL, countLine, groupByTier, provenance, valueText } from './groups.js';

export interface DiffLabels {
    old: string;
    new: string;
    /** `--deviations`: the old version is the standard offering. */
    deviations?: boolean;
}

export function diffText(changes: readonly Change[], labels: DiffLabels): string {
    const out: string[] = [
        labels.deviations
            ? `Deviations of ${labels.new} from the standard offering ${labels.old}`
            : `Changes from ${labels.old} to ${labels.new}`,
        countLine(changes),
    ];
    for (const group of groupByTier(changes)) {
        out.push('', group.tier === null ? 'Agreement' : `Tier ${group.tier}`);
        for (const change of group.changes) {
            const mark = labels.deviations ? approvalMark(change) : '';
            out.push(`  ${mark}[${FAVOURS_LABEL[change.favours]}] ${change.clause}: ${valueText(change)}`);
            const from = provenance(change);
            for (const line of [...change.impact, ...(from ? [from] : [])]) out.push(`      ${line}`);
        }
    }
    return out.join('\n') + '\n';
}

/** A deal desk approves what gives the customer more and what no rule can weigh. */
export function needsApproval(change: Change): boolean {
    return change.favours !== 'provider';
}

function approvalMark(change: Change): string {
    return needsApproval(change) ? 'APPROVE ' : '';
}
