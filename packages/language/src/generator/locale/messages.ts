/**
 * Formats a message of a catalog (ICU MessageFormat, `intl-messageformat`) in one language, compiling
 * each message once. A catalog is a table per language with the same keys as English.
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { LOCALE_TAGS, type ContractLanguage } from './languages.js';

export type Catalog<K extends string> = Readonly<Record<ContractLanguage, Readonly<Record<K, string>>>>;

const compiled = new WeakMap<object, Map<string, IntlMessageFormat>>();

export function formatMessage<K extends string>(
    catalog: Catalog<K>,
    language: ContractLanguage,
    key: K,
    values: Record<string, PrimitiveType> = {},
): string {
    const table = catalog[language];
    let cache = compiled.get(table);
    if (!cache) compiled.set(table, (cache = new Map()));
    let message = cache.get(key);
    if (!message) {
        message = new IntlMessageFormat(table[key], LOCALE_TAGS[language], undefined, { ignoreTag: true });
        cache.set(key, message);
    }
    return String(message.format(values));
}

/**
 * The placeholders of an ICU message (`{amount}`, `{n, plural, …}`), sorted: what a translation must
 * keep. Read from the parsed message, so words inside plural branches are not mistaken for names.
 */
export function placeholdersOf(message: string, language: ContractLanguage): string[] {
    const names = new Set<string>();
    const visit = (elements: readonly unknown[]): void => {
        for (const element of elements as Array<{ type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }>) {
            if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value);
            if (element.options) for (const option of Object.values(element.options)) visit(option.value);
        }
    };
    visit(new IntlMessageFormat(message, LOCALE_TAGS[language], undefined, { ignoreTag: true }).getAst());
    return [...names].sort();
}
