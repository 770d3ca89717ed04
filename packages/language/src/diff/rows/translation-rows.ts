/**
 * The author's text per language (`"…" in ru "…"`, §2.8): each row whose items have the author's
 * own text (a description, a definition, a window) is followed by a row of that text in each
 * other language the author gives it in, matched by the clause and the language, so that a
 * translation added, removed or reworded is a change of its own: `definition of an incident in ru`.
 * No rule can weigh wording, in any language: each is to read, as the author's text itself is.
 */
import type { TranslationsJson } from '../../generator/json-types.js';
import type { AnyRow, TermRow } from '../term-row.js';

interface Translated<T> {
    /** The base row's key of the item. */
    key: string;
    item: T;
    language: string;
    text: string;
}

const TRANSLATION_RULE = "the author's text in another language: no rule can weigh it, read it";

/** The translations of one row's items: `scope in ru`, `exclusion customer-caused in id`. */
function translationRow<S, T>(row: TermRow<S, T>, translations: (scope: S) => TranslationsJson | undefined): TermRow<S, Translated<T>> {
    const authorText = row.authorText!;
    const items = (scope: S): Array<[string, Translated<T>]> => {
        const byLanguage = translations(scope) ?? {};
        const languages = Object.keys(byLanguage).sort();
        return row.items(scope).flatMap(([key, item]) => {
            const original = authorText(item);
            if (original === null || original === undefined) return [];
            return languages.flatMap((language): Array<[string, Translated<T>]> =>
                Object.hasOwn(byLanguage[language], original)
                    ? [[`${key} in ${language}`, { key, item, language, text: byLanguage[language][original] }]]
                    : [],
            );
        });
    };
    return {
        term: `${row.term}-translation`,
        rule: TRANSLATION_RULE,
        applies: row.applies ? (before, after) => row.applies!(before, after) : undefined,
        items,
        clause: (_key, t) => `${row.clause(t.key, t.item)} in ${t.language}`,
        value: (t) => t.text.trim(),
        text: (t) => t.text.trim(),
        from: row.from ? (t) => row.from!(t.item) : undefined,
        favours: () => 'unclear',
        // Without its translation, that language's contract text states the author's own words.
        impact: (old, now, _before, after) =>
            old !== undefined && now === undefined && row.items(after).some(([key]) => key === old.key)
                ? [`the contract text in ${old.language} now states the author's own text`]
                : [],
    };
}

/** The rows, each with the author's text followed by the row of its translations. */
export function withTranslations<S>(
    rows: ReadonlyArray<AnyRow<S>>,
    translations: (scope: S) => TranslationsJson | undefined,
): Array<AnyRow<S>> {
    return rows.flatMap((row) => (row.authorText ? [row, translationRow(row, translations)] : [row]));
}
