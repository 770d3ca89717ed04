/**
 * The shapes the favour rules take, shared by the rows: a figure where more is better for one
 * party, a promise whose presence is the customer's, a carve-out whose presence is the provider's.
 */
import type { Favours } from './change.js';

/** The side a rising figure favours: a higher availability favours the customer, a longer response time the provider. */
export function byFigure(
    old: number | null | undefined,
    now: number | null | undefined,
    risingFavours: 'customer' | 'provider',
): Favours | undefined {
    if (old === now) return undefined;
    if (old === undefined || now === undefined || old === null || now === null) return 'unclear';
    const other = risingFavours === 'customer' ? 'provider' : 'customer';
    return now > old ? risingFavours : other;
}

/** A promise made to the customer: adding it favours the customer, dropping it the provider. */
export function promise<T>(old: T | undefined | null, now: T | undefined | null, changed: () => Favours): Favours {
    if (old === undefined || old === null) return 'customer';
    if (now === undefined || now === null) return 'provider';
    return changed();
}

/** A carve-out from the provider's promises (an exclusion): adding it favours the provider. */
export function carveOut<T>(old: T | undefined, now: T | undefined, changed: () => Favours): Favours {
    if (old === undefined) return 'provider';
    if (now === undefined) return 'customer';
    return changed();
}

/**
 * The direction of a change of several parts (`undefined`: that part did not change). Parts that
 * move in opposite directions, or a part no rule can weigh, make the whole change unclear.
 */
export function combine(...parts: Array<Favours | undefined>): Favours {
    const moved = parts.filter((f): f is Favours => f !== undefined);
    return moved.length > 0 && moved.every((f) => f === moved[0]) ? moved[0] : 'unclear';
}
