import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Agreement, Duration } from '../../packages/language/src/generated/ast.js';
import { showHiddenCharacters } from '../../packages/language/src/domain/hidden-characters.js';
import { catalogFor, type ContractDocument, type Inline } from '../../packages/language/src/generator/contract/index.js';
import type { MessageKey } from '../../packages/language/src/generator/contract/messages/index.js';
import { PROVENANCE } from '../../packages/language/src/generator/contract/messages/provenance.js';
import { en } from '../../packages/language/src/generator/contract/messages/en.js';
import { Wording } from '../../packages/language/src/generator/contract/wording.js';
import { written } from '../../packages/language/src/generator/contract/written.js';
import { contractDocument, hasErrors } from '../../packages/language/src/index.js';
import { fuzzDocument } from '../fuzz/corpus.js';
import { build } from '../helpers/services.js';
import { goldenCases } from './golden-cases.js';

/**
 * The two properties of issue "Trust in every word" for the contract text, over every compilable
 * example and fixture and the documents of the fuzz corpus that compile:
 * - nothing lost: every value the author wrote in a clause the contract words appears in its text;
 * - nothing invented: every sentence comes from a clause present in the source, or is a default
 *   that docs/LANGUAGE-REFERENCE.md lists.
 */

const FUZZ_SEED = 12;
const FUZZ_DOCUMENTS = 400;
const words = new Wording(catalogFor('en')!);

interface Case {
    name: string;
    text: string;
}

async function compiled(cases: readonly Case[]): Promise<Array<Case & { agreement: Agreement; contract: ContractDocument }>> {
    const result = [];
    for (const c of cases) {
        const built = await build(c.text);
        if (hasErrors(built.diagnostics)) continue;
        const agreement = built.document.parseResult.value;
        result.push({ ...c, agreement, contract: contractDocument(agreement) });
    }
    return result;
}

const fixed = goldenCases().map(({ stem, text }) => ({ name: stem, text }));
const fuzz = Array.from({ length: FUZZ_DOCUMENTS }, (_, index) => {
    const doc = fuzzDocument(FUZZ_SEED, index);
    return { name: `fuzz ${FUZZ_SEED}/${index} (${doc.origin})`, text: doc.text };
});

/** The whole text of the contract, block by block: what every renderer prints. */
function plain(contract: ContractDocument): string {
    const runs = (content: readonly Inline[]): string => content.map((r) => (r.kind === 'emphasis' ? runs(r.children) : r.text)).join('');
    const lines: string[] = [runs(contract.title), ...contract.fields.map((f) => `${runs(f.label)} ${runs(f.value)}`)];
    for (const block of [...contract.preamble, ...contract.sections.flatMap((s) => s.blocks)]) {
        if (block.kind === 'table') lines.push(...[block.header, ...block.rows].map((row) => row.map(runs).join(' | ')));
        else if (block.kind === 'list') lines.push(...block.items.map(runs));
        else lines.push(runs(block.content));
    }
    return lines.join('\n');
}

/**
 * Clauses the contract text does not word, and why: capabilities are operations' own facts, which
 * feed the realism checks and are no promise to the customer (docs/LANGUAGE-REFERENCE.md, §4.2).
 */
const NOT_WORDED = new Set(['Capabilities']);

function worded(node: AstNode): boolean {
    for (let n: AstNode | undefined = node; n; n = n.$container) {
        if (NOT_WORDED.has(n.$type)) return false;
    }
    return true;
}

/** The text of a property as written in the source. */
function source(node: AstNode, property: string): string | undefined {
    return node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text : undefined;
}

function quoted(text: string | undefined): string[] {
    return text === undefined ? [] : [showHiddenCharacters(text.trim())];
}

function duration(node: Duration | undefined): string[] {
    const form = written(node);
    return form ? [words.written(form, 0)] : [];
}

/** What the contract must quote for each clause it words, as the author wrote it. */
function expectedValues(agreement: Agreement): string[] {
    const values: string[] = [];
    for (const node of AstUtils.streamAst(agreement)) {
        if (!worded(node)) continue;
        switch (node.$type) {
            case 'Agreement':
            case 'Provider':
            case 'Customer':
            case 'Scope':
            case 'DowntimeDefinition':
            case 'Verification':
                values.push(
                    ...quoted(
                        (node as unknown as { name?: string; party?: string; text?: string }).party ??
                            (node as { text?: string }).text ??
                            (node as { name?: string }).name,
                    ),
                );
                break;
            case 'Effective':
                values.push(words.date((node as unknown as { date: string }).date));
                break;
            case 'Term':
                values.push(`${source(node, 'length')} ${(node as unknown as { unit: string }).unit.replace(/s$/, '')}`);
                break;
            case 'Probe':
                values.push(`${source(node, 'locations')} location`);
                break;
            case 'Duration':
                // A duration's text is its container's: ambiguous `m` never compiles.
                values.push(...duration(node as Duration));
                break;
            case 'Severity':
            case 'Tier':
                values.push(...quoted((node as unknown as { name: string }).name));
                values.push(...quoted((node as unknown as { description?: string }).description));
                break;
            case 'MaintenanceWindow':
                values.push(...quoted((node as unknown as { window: string }).window));
                break;
            case 'StandardExclusion':
            case 'CustomExclusion':
            case 'Latency':
                values.push(...quoted((node as unknown as { description?: string }).description));
                break;
            case 'Availability':
            case 'Cap':
                if (source(node, 'value')?.endsWith('%')) values.push(source(node, 'value')!);
                break;
            case 'Bracket':
                if (source(node, 'credit')) values.push(source(node, 'credit')!);
                break;
            case 'Bound': {
                // A bound on the metric's own edge (`at least 0%`) says nothing and is not repeated.
                const percent = source(node, 'percent');
                if (percent && !/^(0|100)(\.0*)?%$/.test(percent)) values.push(percent);
                break;
            }
            case 'ClockRange':
                values.push(`${source(node, 'from')}-${source(node, 'to')}`);
                break;
        }
    }
    return values;
}

/** Case-insensitive on the first letter only: a definition may continue a sentence, a list item start one. */
function contains(text: string, value: string): boolean {
    if (text.includes(value)) return true;
    const flipped = value.charAt(0) === value.charAt(0).toLowerCase() ? value.charAt(0).toUpperCase() : value.charAt(0).toLowerCase();
    return text.includes(flipped + value.slice(1));
}

/** The source's own words: comments and the insides of strings left out. */
function clauseWords(text: string): string {
    return text
        .replace(/"(\\.|[^"\\\r\n])*"/g, '""')
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\/\/[^\n\r]*/g, ' ');
}

describe('contract text properties', async () => {
    const documents = await compiled([...fixed, ...fuzz]);

    it('run over every compilable example and fixture and a share of the fuzz corpus', () => {
        const examples = documents.filter((d) => !d.name.startsWith('fuzz')).map((d) => d.name);
        expect(examples).toContain('acme-tiers');
        expect(examples.length).toBeGreaterThan(fixed.length / 2);
        expect(documents.filter((d) => d.name.startsWith('fuzz')).length).toBeGreaterThan(20);
    });

    it('lose nothing: every value of a worded clause appears in the contract text', () => {
        const lost: string[] = [];
        for (const { name, agreement, contract } of documents) {
            const text = plain(contract);
            for (const value of expectedValues(agreement)) if (value !== '' && !contains(text, value)) lost.push(`${name}: ${value}`);
        }
        expect(lost).toEqual([]);
    });

    it('lose no repeated clause: as many exclusions, windows, responses and brackets as the source writes', () => {
        for (const { name, agreement, contract } of documents) {
            const text = plain(contract);
            const exclusions = agreement.exclusionBlocks[0]?.items ?? [];
            const windows = exclusions.filter((e) => e.$type === 'MaintenanceWindow').length;
            if (windows > 0) {
                const definitions = contract.sections.find((s) => s.id === 'definitions')!;
                const listed = definitions.blocks.find((b) => b.kind === 'list');
                expect(windows === 1 ? 1 : listed?.kind === 'list' ? listed.items.length : 0, name).toBe(windows);
            }
            const section5 = contract.sections.find((s) => s.id === 'exclusions')!;
            const items = section5.blocks.find((b) => b.kind === 'list');
            const excluded = exclusions.filter(
                (e) => e.$type !== 'MaintenanceWindow' || agreement.measurements[0]?.maintenance[0]?.mode !== 'included',
            ).length;
            expect(items?.kind === 'list' ? items.items.length : 0, name).toBe(excluded);
            expect(text, name).toBeTruthy();
        }
    });

    it('invent nothing: every sentence comes from a clause of the source or is a listed default', () => {
        const invented: string[] = [];
        for (const { name, text, contract } of documents) {
            const clauses = clauseWords(text);
            for (const key of contract.messages as MessageKey[]) {
                const { clause } = PROVENANCE[key];
                if (clause && !clause.test(clauses)) invented.push(`${name}: ${key} without ${clause}`);
            }
        }
        expect(invented).toEqual([]);
    });
});

describe('the reference lists every sentence the source does not spell out', () => {
    const referencePath = fileURLToPath(new URL('../../docs/LANGUAGE-REFERENCE.md', import.meta.url));
    const START =
        '<!-- contract-defaults:start (generated from the catalog: UPDATE_REFERENCE=1 npx vitest run test/generator/contract-properties) -->';
    const END = '<!-- contract-defaults:end -->';

    function table(): string {
        const rows = (Object.keys(PROVENANCE) as MessageKey[])
            .filter((key) => PROVENANCE[key].when !== undefined)
            .map((key) => `| \`${key}\` | ${en[key].replace(/\|/g, '\\|')} | ${PROVENANCE[key].when!.replace(/\|/g, '\\|')} |`);
        return [START, '', '| message | English text | written when |', '|---|---|---|', ...rows, '', END].join('\n');
    }

    it('has the generated table of default sentences', () => {
        let reference = readFileSync(referencePath, 'utf8');
        const start = reference.indexOf(START.slice(0, 30));
        const end = reference.indexOf(END);
        if (process.env.UPDATE_REFERENCE === '1') {
            reference =
                start < 0
                    ? `${reference.trimEnd()}\n\n${table()}\n`
                    : reference.slice(0, start) + table() + reference.slice(end + END.length);
            writeFileSync(referencePath, reference);
        }
        expect(reference).toContain(table());
    });

    it('gives every message of the catalog a provenance, and every default a line', () => {
        expect(Object.keys(PROVENANCE).sort()).toEqual(Object.keys(en).sort());
        const defaults = (Object.keys(PROVENANCE) as MessageKey[]).filter((key) => PROVENANCE[key].when !== undefined);
        expect(defaults.length).toBeGreaterThan(15);
    });
});
