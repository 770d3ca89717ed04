/**
 * The catalogs of the contract text, by language code. A new language is one file beside `en.ts`
 * (typed `Messages`, so no key can be missing) and one entry here.
 */
import { en, type Messages } from './en.js';
import { id } from './id.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export type { MessageKey, Messages } from './en.js';

export interface Catalog {
    /** The language code a document or `--lang` names (`en`). */
    language: string;
    /** The locale for `Intl`: numbers, dates, lists (`en-GB` writes "1 January 2026", "A, B and C"). */
    locale: string;
    messages: Messages;
    /** Computed downtime written compactly (`43m 12s`) rather than in words: unit letters read as English. */
    compactDurations: boolean;
}

const CATALOGS: Readonly<Record<string, Catalog>> = {
    en: { language: 'en', locale: 'en-GB', messages: en, compactDurations: true },
    id: { language: 'id', locale: 'id-ID', messages: id, compactDurations: false },
    ru: { language: 'ru', locale: 'ru-RU', messages: ru, compactDurations: false },
    zh: { language: 'zh', locale: 'zh-CN', messages: zh, compactDurations: false },
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
