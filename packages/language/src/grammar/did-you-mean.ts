/**
 * "Did you mean …?" for a word that stands where the grammar wants one of a few keywords: words
 * other SLAs use for the same thing, a typing slip, or a word that starts like exactly one of them.
 */

/** Words from published SLAs and habits of other languages, and the keyword that says the same here. */
const HABITS: Readonly<Record<string, string>> = {
    uptime: 'availability',
    'up-time': 'availability',
    '24/7': '24x7',
    '24x7x365': '24x7',
    '24/7/365': '24x7',
    'around-the-clock': '24x7',
    'business-day': 'business-hours',
    'office-hours': 'business-hours',
    'service-credit': 'credit',
    maximum: 'cap',
    limit: 'cap',
};

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function distance(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}

/** The keyword the author most likely meant, if one stands out; undefined otherwise. */
export function didYouMean(written: string, keywords: readonly string[]): string | undefined {
    const word = written.toLowerCase();
    if (keywords.includes(written)) return undefined;
    const habit = HABITS[word];
    if (habit && keywords.includes(habit)) return habit;
    const caseOnly = keywords.find((keyword) => keyword.toLowerCase() === word);
    if (caseOnly) return caseOnly;
    // A slip: at most one edit in four letters, and only one keyword that close.
    const allowed = Math.max(1, Math.floor(word.length / 4));
    const near = keywords.filter((keyword) => keyword.length > 1 && distance(word, keyword) <= allowed);
    if (near.length === 1) return near[0];
    // `customer-configuration`: the same first part as exactly one keyword (`customer-caused`).
    const head = word.split('-')[0];
    if (word.includes('-') && head.length >= 3) {
        const sameHead = keywords.filter((keyword) => keyword.includes('-') && keyword.split('-')[0] === head);
        if (sameHead.length === 1) return sameHead[0];
    }
    return undefined;
}
