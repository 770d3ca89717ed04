/**
 * The comparison is a table: one row per kind of term, each with how its items are found and
 * matched (by identity: a name, a severity, the range a bracket covers, or the kind itself for
 * singletons), how they are written, and the rule that says whom a change favours. The engine
 * below knows nothing of any particular term, so a new kind of term is one more row.
 */
import type { Change, Favours } from './change.js';

export interface TermRow<S, T> {
    /** The kind of term, as in `Change.term`. */
    term: string;
    /** The favour rule, in words; the same sentence is recorded in docs/LANGUAGE-REFERENCE.md. */
    rule: string;
    /** Whether the row compares these two scopes at all (say, brackets only where both versions have a schedule). */
    applies?(before: S, after: S): boolean;
    /** The items of this kind in one scope, keyed by identity. */
    items(scope: S): Array<[key: string, item: T]>;
    /** How a reader names the clause: `response critical`. */
    clause(key: string, item: T): string;
    /** What is compared: the item without its provenance. Two items with equal values are the same term. */
    value(item: T): unknown;
    /** The item as the contract states it. */
    text(item: T, scope: S): string;
    favours(old: T | undefined, now: T | undefined, before: S, after: S): Favours;
    impact?(old: T | undefined, now: T | undefined, before: S, after: S): string[];
    /** The tier that wrote an inherited item. */
    from?(item: T): string | undefined;
    /**
     * The author's own text of an item (a description, a definition, a window), the one the author
     * may give in other languages (`"…" in ru "…"`); each row that has one is followed by a row of
     * its translations (`translation-rows.ts`).
     */
    authorText?(item: T): string | null | undefined;
}

/** Rows of different item types in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRow<S> = TermRow<S, any>;

function sameValue<T>(row: TermRow<unknown, T>, a: T, b: T): boolean {
    return JSON.stringify(row.value(a)) === JSON.stringify(row.value(b));
}

/**
 * The changes of every row between two scopes (the agreement, or one tier in its two versions).
 * Items are matched by key; an item only on one side is added or removed. Linear in the number of
 * items: each side is put in a map once.
 */
export function compareRows<S>(
    rows: ReadonlyArray<AnyRow<S>>,
    before: S,
    after: S,
    tier: string | null,
    ownTier?: { old: string; new: string },
): Change[] {
    const changes: Change[] = [];
    for (const row of rows) {
        if (row.applies && !row.applies(before, after)) continue;
        const olds = new Map(row.items(before));
        const news = new Map(row.items(after));
        const keys = [...olds.keys(), ...[...news.keys()].filter((key) => !olds.has(key))];
        for (const key of keys) {
            const old = olds.get(key);
            const now = news.get(key);
            if (old !== undefined && now !== undefined && sameValue(row, old, now)) continue;
            const inherited = (item: unknown, own: string | undefined) => {
                const from = item === undefined ? undefined : row.from?.(item);
                return from === undefined || from === own ? null : from;
            };
            changes.push({
                tier,
                term: row.term,
                clause: row.clause(key, now ?? old),
                change: old === undefined ? 'added' : now === undefined ? 'removed' : 'changed',
                old: old === undefined ? null : row.text(old, before),
                new: now === undefined ? null : row.text(now, after),
                favours: row.favours(old, now, before, after),
                rule: row.rule,
                impact: row.impact?.(old, now, before, after) ?? [],
                inheritedFrom: { old: inherited(old, ownTier?.old), new: inherited(now, ownTier?.new) },
            });
        }
    }
    return changes;
}
