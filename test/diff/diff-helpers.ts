import { build, readExample } from '../helpers/services.js';
import { compareAgreements, sideOf, type Change, type CompareOptions } from '../../packages/language/src/diff/index.js';

export const acme = readExample('acme-tiers.sla');

/** Acme's example with textual edits applied; each edit must change the text, or the test is wrong. */
export function edited(...edits: Array<[from: string | RegExp, to: string]>): string {
    let text = acme;
    for (const [from, to] of edits) {
        const next = text.replace(from, to);
        if (next === text) throw new Error(`edit did not apply: ${String(from)}`);
        text = next;
    }
    return text;
}

/** The changes between two real documents, each parsed, linked and validated. */
export async function compare(before: string, after: string, options?: CompareOptions): Promise<Change[]> {
    const [a, b] = [await build(before), await build(after)];
    return compareAgreements(sideOf(a.document.parseResult.value), sideOf(b.document.parseResult.value), options);
}
