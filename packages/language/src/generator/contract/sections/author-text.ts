/**
 * The author's text inside the contract's sentences. It is used as written, with the two
 * adjustments the reference documents: a definition that continues a sentence ("Downtime means
 * a minute …") has a leading article lower-cased, and a full stop is added where a sentence needs
 * one and the text has none.
 */
import type { ContractContext } from '../context.js';
import type { Inline, TextRun } from '../types.js';
import { author } from '../wording.js';

/** `A minute in which …` → `a minute in which …`; nothing else in the author's text changes. */
export function continueSentence(text: string): string {
    const trimmed = text.trim();
    return /^(A|An|Any|Each|Every|The|All) /.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

function ends(text: string, punctuation: RegExp): boolean {
    return punctuation.test(text);
}

/**
 * The author's text opening an item of a list whose items start with a capital letter: a first
 * word written all in lower case gets a capital (`outages of …` → `Outages of …`); a word with a
 * capital anywhere (`iOS`, `eu-West`) is a name and stays as written.
 */
export function listItemStart(text: string): TextRun {
    const run = author(text);
    const first = /^\p{Ll}[\p{Ll}\p{N}'’-]*(?=\s|$|[,;:.])/u.exec(run.text);
    return first ? { ...run, text: run.text.charAt(0).toUpperCase() + run.text.slice(1) } : run;
}

/** The author's text closing a sentence: a full stop unless it already ends one. */
export function endSentence(c: ContractContext, run: TextRun): Inline[] {
    return ends(run.text, /[.!?]$/) ? [run] : c.words.say('sentence.end', { text: run });
}

/** An item of a lettered list: `;` after each item but the last, `.` after the last, unless the text has its own. */
export function endListItem(c: ContractContext, item: readonly Inline[], last: boolean): Inline[] {
    const lastRun = item[item.length - 1];
    if (lastRun && lastRun.kind !== 'emphasis' && ends(lastRun.text, /[.;:!?]$/)) return [...item];
    return c.words.say(last ? 'list.lastItemEnd' : 'list.itemEnd', { item });
}
