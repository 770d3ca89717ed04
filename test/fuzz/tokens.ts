/**
 * A rough lexer for mutation: splits SLA text into strings, comments, whitespace, number-like
 * literals (numbers, percentages, dates, clock times), words and single characters. It need not
 * agree with the real lexer — it only decides where mutations cut.
 */
export interface Token {
    kind: 'string' | 'comment' | 'space' | 'number' | 'word' | 'other';
    text: string;
}

const pattern = /("(?:\\.|[^"\\\r\n])*")|(\/\/[^\r\n]*|\/\*[\s\S]*?\*\/)|(\s+)|(-?\d[\d.:%-]*)|([A-Za-z][A-Za-z0-9_-]*)|([\s\S])/gu;

export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    for (const match of text.matchAll(pattern)) {
        const kind = match[1] ? 'string' : match[2] ? 'comment' : match[3] ? 'space' : match[4] ? 'number' : match[5] ? 'word' : 'other';
        tokens.push({ kind, text: match[0] });
    }
    return tokens;
}

export function join(tokens: readonly Token[]): string {
    return tokens.map((token) => token.text).join('');
}
