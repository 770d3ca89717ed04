import { DefaultLexerErrorMessageProvider } from 'langium';
import { nameInvisible } from '../domain/hidden-characters.js';

/** At most this many characters are shown of a run the lexer skipped. */
const SHOWN = 3;

/**
 * The lexer's message for characters that start no token, in the author's terms. Chevrotain's
 * default (`unexpected character: ->​<- at offset: 1372, skipped 1 characters.`) prints the
 * character itself — nothing at all for a zero width space, a NUL or a direction mark — and an
 * offset no editor shows. This one names what cannot be seen (`U+200B ZERO WIDTH SPACE`).
 */
export class SlaLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const characters = [...fullText.substring(startOffset, startOffset + length)];
        const shown = characters.slice(0, SHOWN).map((character) => nameInvisible(character.codePointAt(0)!) ?? `\`${character}\``);
        const more = characters.length > SHOWN ? ` and ${characters.length - SHOWN} more` : '';
        const what = characters.length === 1 ? 'character' : 'characters';
        const invisible = characters.some((character) => nameInvisible(character.codePointAt(0)!) !== undefined);
        return `Unexpected ${what} ${shown.join(', ')}${more}: no name, number, text or keyword starts this way${invisible ? ' (an invisible character: delete it)' : ''}.`;
    }
}
