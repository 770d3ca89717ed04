/**
 * The languages the contract text is written in. English is the source language of the message
 * catalogs; the others are translations with exactly its keys and placeholders.
 */
export const CONTRACT_LANGUAGES = ['en', 'id', 'ru', 'zh'] as const;

export type ContractLanguage = (typeof CONTRACT_LANGUAGES)[number];

/** The name of each language in itself, for the bilingual edition's governing-language clause. */
export const LANGUAGE_NAMES: Readonly<Record<ContractLanguage, Readonly<Record<ContractLanguage, string>>>> = {
    en: { en: 'English', id: 'Indonesian', ru: 'Russian', zh: 'Chinese' },
    id: { en: 'bahasa Inggris', id: 'bahasa Indonesia', ru: 'bahasa Rusia', zh: 'bahasa Tionghoa' },
    ru: { en: 'английском языке', id: 'индонезийском языке', ru: 'русском языке', zh: 'китайском языке' },
    zh: { en: '英文', id: '印度尼西亚文', ru: '俄文', zh: '中文' },
};

/** The BCP 47 tag given to `Intl` and written into the Word document's language settings. */
export const LOCALE_TAGS: Readonly<Record<ContractLanguage, string>> = { en: 'en-GB', id: 'id-ID', ru: 'ru-RU', zh: 'zh-CN' };

export function isContractLanguage(code: string): code is ContractLanguage {
    return (CONTRACT_LANGUAGES as readonly string[]).includes(code);
}

/**
 * `en`, `ru` or a bilingual pair `en,id` (the first language is the governing one). Returns a reason
 * instead of languages when the text is wrong, for the CLI's usage error and the editor's setting.
 */
export function parseLanguages(text: string): { languages: ContractLanguage[] } | { reason: string } {
    const codes = text
        .split(',')
        .map((code) => code.trim().toLowerCase())
        .filter((code) => code !== '');
    const unknown = codes.filter((code) => !isContractLanguage(code));
    if (codes.length === 0) return { reason: `no language given (one of ${CONTRACT_LANGUAGES.join(', ')})` };
    if (unknown.length > 0) return { reason: `unknown language ${unknown.join(', ')} (one of ${CONTRACT_LANGUAGES.join(', ')})` };
    if (codes.length > 2) return { reason: 'at most two languages (a bilingual edition such as en,id)' };
    if (codes.length === 2 && codes[0] === codes[1]) return { reason: `${codes[0]} given twice` };
    return { languages: codes as ContractLanguage[] };
}
