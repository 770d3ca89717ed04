/**
 * One difference between two versions of an agreement, in the terms a negotiator reads: which
 * clause, what it said and now says, whose side it moves towards, and what it means in figures.
 * Plain data, so the text, Markdown and JSON outputs and the editor's preview all print the same.
 */

/**
 * Whose position a change improves. `unclear` is for changes no rule can weigh — free text,
 * parties, a new tier — which someone has to read.
 */
export type Favours = 'customer' | 'provider' | 'unclear';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

export interface Change {
    /** The tier the clause belongs to (its name in the new version), or null for the agreement as a whole. */
    tier: string | null;
    /** The kind of term, one row of the comparison table: `availability`, `response`, `exclusion`… */
    term: string;
    /** The clause as a reader names it: `availability`, `response critical`, `exclusion ddos`. */
    clause: string;
    change: ChangeKind;
    /** The clause's value as written, or null when it is absent on that side. */
    old: string | null;
    new: string | null;
    favours: Favours;
    /** The rule that decided `favours`, in words (docs/LANGUAGE-REFERENCE.md lists them). */
    rule: string;
    /** What the change means in figures: downtime, credits, money, times. */
    impact: string[];
    /** The tier that wrote the clause on each side when it is inherited (null: written in the tier itself). */
    inheritedFrom: { old: string | null; new: string | null };
}

/** Customer-unfavourable first, then those to be read, then customer-favourable ones. */
export const FAVOURS_ORDER: readonly Favours[] = ['provider', 'unclear', 'customer'];

export function byFavours(a: Change, b: Change): number {
    return FAVOURS_ORDER.indexOf(a.favours) - FAVOURS_ORDER.indexOf(b.favours);
}
