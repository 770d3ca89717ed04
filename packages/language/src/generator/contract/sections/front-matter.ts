/** Title, parties, dates and the opening paragraph, as a published SLA opens. */
import type { ContractContext } from '../context.js';
import { paragraph } from '../context.js';
import type { MessageKey } from '../messages/index.js';
import type { Block, Field, Inline } from '../types.js';
import { author } from '../wording.js';
import { hasCredits } from './credits.js';

export interface FrontMatter {
    title: Inline[];
    fields: Field[];
    preamble: Block[];
}

export function frontMatter(c: ContractContext): FrontMatter {
    const { sla, words } = c;
    const credits = hasCredits(c) ? 'yes' : 'no';
    const fields: Field[] = [];
    const field = (name: Field['name'], label: MessageKey, value: Inline[]) => fields.push({ name, label: words.say(label), value });
    field('provider', 'field.provider', [author(sla.provider)]);
    if (sla.customer !== null) field('customer', 'field.customer', [author(sla.customer)]);
    if (sla.effective !== null) field('effective', 'field.effective', [{ kind: 'text', text: words.date(sla.effective), origin: 'value' }]);
    if (sla.term !== null) {
        const { length, unit } = sla.term;
        field('term', 'field.term', words.say(unit === 'year' ? 'term.years' : 'term.months', { count: length, n: words.decimal(length) }));
    }
    if (sla.scope !== null) field('scope', 'field.scope', [author(sla.scope)]);
    return {
        title: words.say('title', { title: [author(sla.title)] }),
        fields,
        // The parties are defined here: the customer by name in a negotiated agreement, every
        // subscriber of a tier in a standard offering.
        preamble: [
            paragraph(
                sla.customer === null
                    ? words.sentences(
                          words.say('preamble.offering', { provider: author(sla.provider), credits }),
                          words.say('preamble.offering.customer'),
                      )
                    : words.say('preamble.customer', { provider: author(sla.provider), customer: author(sla.customer), credits }),
            ),
        ],
    };
}
