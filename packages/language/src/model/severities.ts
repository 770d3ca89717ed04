import type { Agreement, Severity } from '../generated/ast.js';

/**
 * Every severity level of the agreement, in the order written, across its `severities` blocks (a
 * second block is an error, but its levels still resolve, so the checks and the editor see them).
 */
export function allSeverities(agreement: Agreement): Severity[] {
    return (agreement.severityBlocks ?? []).flatMap((block) => block.levels);
}
