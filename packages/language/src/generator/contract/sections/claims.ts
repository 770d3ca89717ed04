/** Section 6: the claim window, how credits reach the Customer, how claims are verified. */
import { clauses, paragraph, type SectionBuilder } from '../context.js';
import { author } from '../wording.js';
import { endSentence } from './author-text.js';

export const claims: SectionBuilder = {
    id: 'claims',
    title: 'claims.title',
    build: (c) => {
        const { words } = c;
        const block = c.sla.claims;
        const numbered =
            block === null
                ? []
                : clauses(
                      block.windowSeconds === null
                          ? null
                          : words.say('claims.window', {
                                window: words.written(c.written.claimWindow, block.windowSeconds),
                                noun: c.noun,
                                period: c.period,
                            }),
                      block.appliedTo === null ? null : words.say(`claims.appliedTo.${block.appliedTo}`),
                      block.verification === null ? null : endSentence(c, author(block.verification)),
                  );
        return numbered.length > 0 ? numbered : [paragraph(words.say('claims.none'))];
    },
};
