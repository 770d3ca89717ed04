/**
 * The clause that closes a bilingual edition: the agreement is made in both languages and, where
 * the texts differ, the first language's text prevails. Written in each column's own language.
 */
import { LANGUAGE_NAMES, type ContractLanguage } from './languages.js';
import { formatMessage } from './messages.js';
import { WORD_MESSAGES } from './word-catalog.js';

export function governingClause(
    language: ContractLanguage,
    governing: ContractLanguage,
    other: ContractLanguage,
): { heading: string; clause: string } {
    const names = LANGUAGE_NAMES[language];
    return {
        heading: formatMessage(WORD_MESSAGES, language, 'languages.heading'),
        clause: formatMessage(WORD_MESSAGES, language, 'languages.clause', {
            first: names[governing],
            second: names[other],
            governing: names[governing],
        }),
    };
}
