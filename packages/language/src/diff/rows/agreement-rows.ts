/**
 * Terms of the agreement as a whole: the parties, dates and scope. Who they favour cannot be
 * weighed by a rule (a new scope text may widen or narrow the services), so each is `unclear`:
 * a change someone has to read.
 */
import type { Side } from '../side.js';
import type { AnyRow, TermRow } from '../term-row.js';

const READ_IT = 'no rule can weigh it: read it';

/** A single written value of the agreement, compared as text. */
function textRow(
    term: string,
    clause: string,
    read: (side: Side) => string | null,
    show: (value: string) => string = (v) => v,
): TermRow<Side, string> {
    return {
        term,
        rule: READ_IT,
        items: (side) => {
            const value = read(side);
            return value === null ? [] : [[term, value]];
        },
        clause: () => clause,
        value: (v) => v,
        text: (v) => show(v),
        favours: () => 'unclear',
    };
}

export const agreementRows: ReadonlyArray<AnyRow<Side>> = [
    textRow('title', 'title', (s) => s.sla.title || null),
    textRow('provider', 'provider', (s) => s.sla.provider || null),
    textRow('customer', 'customer', (s) => s.sla.customer),
    textRow('effective', 'effective date', (s) => s.sla.effective),
    textRow('term', 'term', (s) => (s.sla.term ? `${s.sla.term.length} ${s.sla.term.unit}${s.sla.term.length === 1 ? '' : 's'}` : null)),
    textRow('currency', 'currency', (s) => s.sla.currency),
    { ...textRow('scope', 'scope', (s) => s.sla.scope), authorText: (v) => v },
];
