/**
 * Characters that change how text reads without being seen (§5, `hidden-characters`):
 * bidirectional controls, which reorder what is displayed (the "Trojan Source" trick: a contract
 * that reads one way and says another), and zero-width characters, which make equal-looking text
 * unequal. Plain functions of strings: the check, the generators and the hover all use them.
 */
const NAMES: Readonly<Record<number, string>> = {
    0x061c: 'ARABIC LETTER MARK',
    0x200b: 'ZERO WIDTH SPACE',
    0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER',
    0x200e: 'LEFT-TO-RIGHT MARK',
    0x200f: 'RIGHT-TO-LEFT MARK',
    0x202a: 'LEFT-TO-RIGHT EMBEDDING',
    0x202b: 'RIGHT-TO-LEFT EMBEDDING',
    0x202c: 'POP DIRECTIONAL FORMATTING',
    0x202d: 'LEFT-TO-RIGHT OVERRIDE',
    0x202e: 'RIGHT-TO-LEFT OVERRIDE',
    0x2060: 'WORD JOINER',
    0x2066: 'LEFT-TO-RIGHT ISOLATE',
    0x2067: 'RIGHT-TO-LEFT ISOLATE',
    0x2068: 'FIRST STRONG ISOLATE',
    0x2069: 'POP DIRECTIONAL ISOLATE',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const ANY_HIDDEN = new RegExp(HIDDEN.source); // not global: `test` keeps no position between calls
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

export interface HiddenCharacter {
    /** Offset in the text, in UTF-16 code units (as editors and `positionAt` count). */
    offset: number;
    codePoint: number;
    /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
    label: string;
}

/**
 * How to name a character that cannot be shown as itself in a message: the hidden ones by their
 * Unicode name, control characters and halves of surrogate pairs by what they are. Undefined for
 * a character that prints.
 */
export function nameInvisible(codePoint: number): string | undefined {
    const code = codePointName(codePoint);
    if (NAMES[codePoint]) return `${code} ${NAMES[codePoint]}`;
    if (codePoint === 0) return `${code} NULL`;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return `${code}, a control character`;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `${code}, half of a character (not valid text)`;
    if (codePoint === 0xfffd) return `${code} REPLACEMENT CHARACTER (the file held bytes that are not text)`;
    return undefined;
}

/** `U+202E`. */
export function codePointName(codePoint: number): string {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A zero width joiner between two pictographs is how emoji sequences are written (👨‍👩‍👧):
 * visible as one picture, not hidden text. Skin tones and the emoji presentation selector may
 * sit between the first pictograph and the joiner.
 */
function joinsEmoji(text: string, offset: number): boolean {
    let before = offset;
    while (before > 0) {
        const previous = text.codePointAt(before - 1)!;
        const start = previous >= 0xdc00 && previous <= 0xdfff && before >= 2 ? before - 2 : before - 1;
        const codePoint = text.codePointAt(start)!;
        if (codePoint === 0xfe0f || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)) {
            before = start;
            continue;
        }
        const after = text.codePointAt(offset + 1);
        return PICTOGRAPHIC.test(String.fromCodePoint(codePoint)) && after !== undefined && PICTOGRAPHIC.test(String.fromCodePoint(after));
    }
    return false;
}

/** Every hidden character of the text, in order. Cheap when there is none (one regex scan). */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
    const found: HiddenCharacter[] = [];
    for (const match of text.matchAll(HIDDEN)) {
        const codePoint = match[0].charCodeAt(0);
        if (codePoint === 0x200d && joinsEmoji(text, match.index)) continue;
        found.push({ offset: match.index, codePoint, label: `${codePointName(codePoint)} ${NAMES[codePoint]}` });
    }
    return found;
}

/**
 * The text with every hidden character replaced, emoji joiners included: for output where a
 * replacement keeps the meaning (JSON's `\u202e` escape is the same string to any reader).
 */
export function replaceHiddenCharacters(text: string, replacement: (character: string) => string): string {
    return text.replace(HIDDEN, replacement);
}

export function hasHiddenCharacters(text: string): boolean {
    return ANY_HIDDEN.test(text) && findHiddenCharacters(text).length > 0;
}

/** The text with each hidden character made visible as `[U+202E]`, for contract text meant for people. */
export function showHiddenCharacters(text: string): string {
    const hidden = findHiddenCharacters(text);
    if (hidden.length === 0) return text;
    let result = '';
    let from = 0;
    for (const { offset, codePoint } of hidden) {
        result += `${text.slice(from, offset)}[${codePointName(codePoint)}]`;
        from = offset + 1;
    }
    return result + text.slice(from);
}
