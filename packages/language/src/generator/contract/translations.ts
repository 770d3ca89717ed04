/**
 * The author's text in the language of the contract text (§4.5): a description, definition or
 * window given `in <language> "…"` in the source reads in that language's edition; any other
 * author's text is kept as written, in every edition.
 */
import type { SlaJson } from '../json-types.js';

/** The keys of the JSON whose strings are the author's text that a translation may replace. */
const AUTHOR_TEXT_KEYS: ReadonlySet<string> = new Set([
    'scope',
    'description',
    'downtime',
    'window',
    'contents',
    'verification',
    'incident',
    'response',
    'resolution',
]);

/** The agreement's facts with the author's text in `language` where the source gives it. */
export function authorTextIn(sla: SlaJson, language: string): SlaJson {
    const texts = sla.translations?.[language];
    if (texts === undefined) return sla;
    const visit = (value: unknown, key: string | undefined): unknown => {
        if (typeof value === 'string')
            return key !== undefined && AUTHOR_TEXT_KEYS.has(key) && Object.hasOwn(texts, value) ? texts[value] : value;
        if (Array.isArray(value)) return value.map((item) => visit(item, undefined));
        if (value !== null && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'translations' ? v : visit(v, k)]));
        return value;
    };
    return visit(sla, undefined) as SlaJson;
}
