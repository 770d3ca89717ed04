/**
 * The catalogs of the contract text, by language code. A new language is one file beside `en.ts`
 * (typed `Messages`, so no key can be missing) and one entry here.
 */
import { en, type Messages } from './en.js';

export type { MessageKey, Messages } from './en.js';

export interface Catalog {
    /** The language code a document or `--lang` names (`en`). */
    language: string;
    /** The locale for `Intl`: numbers, dates, lists (`en-GB` writes "1 January 2026", "A, B and C"). */
    locale: string;
    messages: Messages;
}

const CATALOGS: Readonly<Record<string, Catalog>> = {
    en: { language: 'en', locale: 'en-GB', messages: en },
};

export const DEFAULT_LANGUAGE = 'en';

/** The language codes that have a catalog. */
export function contractLanguages(): string[] {
    return Object.keys(CATALOGS);
}

/** The catalog of a language; `undefined` for a language without one. */
export function catalogFor(language: string = DEFAULT_LANGUAGE): Catalog | undefined {
    return Object.hasOwn(CATALOGS, language) ? CATALOGS[language] : undefined;
}
