/** Small pieces of plain English shared by the messages of the checks. */

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** ` (inherited from Standard)` when the clause comes from another tier, else nothing. */
export function inheritedNote(from: string, tier: string): string {
    return from === tier ? '' : ` (inherited from ${from})`;
}
