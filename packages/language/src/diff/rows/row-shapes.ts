/**
 * Row shapes that recur: one value of a scope found by a reader function, compared as a figure
 * with a direction, as a promise that is there or not, or as text to be read.
 */
import type { Favours } from '../change.js';
import { byFigure, promise } from '../favour-rules.js';
import type { TermRow } from '../term-row.js';

type Read<S, T> = (scope: S) => T | null | undefined;

/** A single item of a scope: present or absent, never a list. */
export function single<S, T>(term: string, clause: string, read: Read<S, T>): Pick<TermRow<S, T>, 'term' | 'clause' | 'items'> {
    return {
        term,
        clause: () => clause,
        items: (scope) => {
            const value = read(scope);
            return value === null || value === undefined ? [] : [[term, value]];
        },
    };
}

/** Free text or a choice no rule can weigh. */
export function toRead<S, T>(
    term: string,
    clause: string,
    read: Read<S, T>,
    text: (value: T) => string,
    rule = 'no rule can weigh it: read it',
): TermRow<S, T> {
    return { ...single(term, clause, read), rule, value: (v) => v, text, favours: () => 'unclear' };
}

/**
 * A figure promised to the customer: present is better for the customer than absent, and a
 * change moves towards whoever `rising` says a higher figure favours.
 */
export function promisedFigure<S, T>(
    term: string,
    clause: string,
    read: Read<S, T>,
    figure: (value: T) => number,
    rising: 'customer' | 'provider',
    text: (value: T) => string,
    from?: (value: T) => string | undefined,
): TermRow<S, T> {
    const better = rising === 'customer' ? 'higher' : 'lower';
    return {
        ...single(term, clause, read),
        rule: `a ${better} ${clause} favours the customer; added favours the customer, removed the provider`,
        value: figure,
        text,
        from,
        favours: (old, now) => promise(old, now, () => byFigure(figure(old!), figure(now!), rising) ?? 'unclear'),
    };
}

/** A choice between two words, one of which is the customer's: `included` over `excluded`. */
export function choice<S, T extends string | boolean>(
    term: string,
    clause: string,
    read: Read<S, T>,
    customersChoice: T,
    text: (value: T) => string,
    rule: string,
): TermRow<S, T> {
    return {
        ...single(term, clause, read),
        rule,
        value: (v) => v,
        text,
        favours: (old, now): Favours =>
            old === undefined || now === undefined
                ? 'unclear'
                : now === customersChoice
                  ? 'customer'
                  : old === customersChoice
                    ? 'provider'
                    : 'unclear',
    };
}
