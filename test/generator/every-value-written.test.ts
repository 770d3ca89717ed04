import { isLeafCstNode, type AstNode, type CstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { isCapabilities, isDuration, isTranslation, type Agreement } from '../../packages/language/src/generated/ast.js';
import { generateJson, generateMarkdown, type ContractLanguage } from '../../packages/language/src/index.js';
import { durationSeconds, forEachCstNode } from '../../packages/language/src/model/values.js';
import { build } from '../helpers/services.js';
import { goldenCases } from './golden-cases.js';

/**
 * Nothing the author wrote is lost: every number, percentage, duration, amount, date, clock time
 * and quoted text of each clean example and fixture is found in its JSON and in its contract text.
 * The values are read from the syntax tree, not listed by hand, so a new clause is covered the
 * day it is written. The `capabilities` block describes the provider's operations for the checks
 * (what it observes and can do), not a term of the agreement: its values are in the JSON only.
 * The author's text in another language (`in id "…"`) is in the contract text in that language.
 */
interface Written {
    kind: 'number' | 'percent' | 'duration' | 'string' | 'date' | 'clock';
    text: string;
    value: number | string;
    /** For a duration: the number as written and its unit. */
    number?: string;
    unit?: string;
    inCapabilities: boolean;
    /** For the author's text in another language: that language, whose edition states it. */
    language?: ContractLanguage;
}

function insideCapabilities(node: CstNode): boolean {
    // Capabilities, and the PromQL of SLI declarations: how the provider measures, not a term of the contract.
    for (let n: AstNode | undefined = node.astNode; n; n = n.$container) if (isCapabilities(n) || n.$type === 'SliDeclaration') return true;
    return false;
}

function writtenValues(agreement: Agreement): Written[] {
    const found: Written[] = [];
    forEachCstNode(agreement.$cstNode, (cst) => {
        if (!isLeafCstNode(cst) || cst.hidden) return;
        const node = cst.astNode;
        const inCapabilities = insideCapabilities(cst);
        switch (cst.tokenType.name) {
            case 'PERCENT':
                found.push({ kind: 'percent', text: cst.text, value: Number(cst.text.slice(0, -1)), inCapabilities });
                break;
            case 'NUMBER':
                if (isDuration(node)) {
                    const seconds = durationSeconds(node);
                    if (seconds !== undefined) {
                        found.push({
                            kind: 'duration',
                            text: node.$cstNode!.text,
                            value: seconds,
                            number: cst.text,
                            unit: node.unit,
                            inCapabilities,
                        });
                    }
                } else {
                    found.push({ kind: 'number', text: cst.text, value: Number(cst.text), inCapabilities });
                }
                break;
            case 'STRING':
                found.push({
                    kind: 'string',
                    text: cst.text,
                    value: cst.text.slice(1, -1).replace(/\\(["\\])/g, '$1'),
                    inCapabilities,
                    ...(isTranslation(node) ? { language: node.language as ContractLanguage } : {}),
                });
                break;
            case 'DATE':
                found.push({ kind: 'date', text: cst.text, value: cst.text, inCapabilities });
                break;
            case 'CLOCK':
                found.push({ kind: 'clock', text: cst.text, value: cst.text, inCapabilities });
                break;
        }
    });
    return found;
}

function jsonLeaves(value: unknown, into = new Set<unknown>()): Set<unknown> {
    if (Array.isArray(value)) value.forEach((item) => jsonLeaves(item, into));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => jsonLeaves(item, into));
    else into.add(value);
    return into;
}

const UNIT_WORDS: Readonly<Record<string, string>> = {
    ms: 'ms',
    s: 'seconds?',
    sec: 'seconds?',
    second: 'seconds?',
    seconds: 'seconds?',
    min: 'minutes?',
    minute: 'minutes?',
    minutes: 'minutes?',
    h: 'hours?',
    hour: 'hours?',
    hours: 'hours?',
    d: 'days?',
    day: 'days?',
    days: 'days?',
    w: 'weeks?',
    week: 'weeks?',
    weeks: 'weeks?',
};

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A figure as a whole number in the text: `4` is not found inside `24` or `4.5`. */
function figure(text: string): string {
    return `(?<![\\d.,])${text}(?![\\d]|\\.\\d)`;
}

function inContract(value: Written, plain: string): boolean {
    switch (value.kind) {
        case 'percent':
            return new RegExp(figure(escapeRegExp(value.text))).test(plain);
        case 'number': {
            // Money is grouped and given its currency's decimals: `1000` reads `1,000.00`, `1299.50` `1,299.50`.
            const decimals = value.text.split('.')[1]?.length ?? 0;
            const grouped = Number(value.text).toLocaleString('en-US', {
                minimumFractionDigits: decimals,
                maximumFractionDigits: decimals,
            });
            const zeros = decimals === 0 ? '(?:\\.0+)?' : '';
            return [value.text, grouped].some((form) => new RegExp(figure(escapeRegExp(form) + zeros)).test(plain));
        }
        case 'duration':
            return new RegExp(
                `${figure(escapeRegExp(value.number!))} ${UNIT_WORDS[value.unit!] ?? escapeRegExp(value.unit!)}(?![a-z])`,
            ).test(plain);
        case 'string': {
            const text = String(value.value).trim();
            // A definition continuing a sentence may have its leading article lower-cased (see author-text.ts).
            return plain.includes(text) || plain.includes(text.charAt(0).toLowerCase() + text.slice(1));
        }
        case 'date': {
            const [year, month, day] = String(value.value).split('-').map(Number);
            const words = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
                new Date(Date.UTC(year, month - 1, day)),
            );
            return plain.includes(words) || plain.includes(String(value.value));
        }
        case 'clock':
            return plain.includes(String(value.value));
    }
}

describe.each(goldenCases())('every value written in $stem', ({ text }) => {
    it('is in the JSON', async () => {
        const { document } = await build(text);
        const agreement = document.parseResult.value;
        const leaves = jsonLeaves(JSON.parse(generateJson(agreement)));
        const missing = writtenValues(agreement).filter((value) => !leaves.has(value.value));
        expect(missing.map((value) => value.text)).toEqual([]);
    });

    it('is in the contract text', async () => {
        const { document } = await build(text);
        const agreement = document.parseResult.value;
        // The Markdown's escapes (`https\://`) are how it writes a character, not part of the words.
        const plainText = (languages?: ContractLanguage[]) =>
            generateMarkdown(agreement, languages).replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
        const plain = plainText();
        const values = writtenValues(agreement).filter((value) => !value.inCapabilities);
        expect(values.length).toBeGreaterThan(0);
        const missing = values.filter((value) => !inContract(value, value.language ? plainText([value.language]) : plain));
        expect(missing.map((value) => value.text)).toEqual([]);
    });
});
