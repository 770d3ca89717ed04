/**
 * The author's text per language (`"…" in id "…"`, §2.8): each translation follows the text it
 * gives in another language, a description, a definition or a window of its clause.
 */
import type { Translation } from '../generated/ast.js';

/** The text as the author wrote it that a translation gives in its language; undefined while the clause is half-typed. */
export function translatedText(translation: Translation): string | undefined {
    const { text, description, window } = translation.$container as { text?: unknown; description?: unknown; window?: unknown };
    for (const value of [text, description, window]) if (typeof value === 'string') return value;
    return undefined;
}
