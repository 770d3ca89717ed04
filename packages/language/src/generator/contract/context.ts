/**
 * What a section builder receives and returns. A builder is a pure function from the agreement's
 * facts to blocks; `buildContract` numbers sections and clauses, so a builder never counts.
 */
import type { PeriodKind } from '../../domain/period.js';
import type { SlaJson } from '../json-types.js';
import type { MessageKey } from './messages/index.js';
import type { Block, Clause, Inline, List, Paragraph, Subheading, Table, TextRun } from './types.js';
import type { Wording } from './wording.js';
import type { WrittenForms } from './written.js';

/** The sections of the contract, in order; cross-references ("Section 5") are by these names. */
export type SectionId =
    'definitions' | 'commitment' | 'support' | 'credits' | 'exclusions' | 'claims' | 'measurement' | 'services' | 'remedies' | 'operations';

export interface ContractContext {
    /** The agreement's facts: the same object the JSON prints. */
    sla: SlaJson;
    words: Wording;
    /** `99.0%` stays `99.0%`: percentages as the document wrote them. */
    percent: (value: number) => string;
    period: PeriodKind;
    /** `month`, `quarter`, `year` in the contract's language. */
    noun: string;
    /** `Monthly Uptime Percentage` in the contract's language. */
    uptime: string;
    /** The number of a section, for cross-references. */
    section: (id: SectionId) => number;
    /** How firmly the Provider commits (`standard` in the source); firm unless the source says otherwise. */
    standard: CommitmentStandard;
    /** Durations as the author wrote them. */
    written: WrittenForms;
    /**
     * Whether the author defines incident, response and resolution (`definitions`): the `{incident}`,
     * `{response}` and `{resolution}` selects of the catalogs write a defined term capitalised.
     */
    terms: SupportTerms;
}

/** Per support word, `defined` when the author's `definitions` define it, else `no`. */
export type SupportTerms = Readonly<Record<'incident' | 'response' | 'resolution', 'defined' | 'no'>>;

export type CommitmentStandard = 'firm' | 'commercially-reasonable-efforts';

/** A clause before it has its number. */
export type ClauseDraft = Omit<Clause, 'number'>;

export type BlockDraft = Exclude<Block, Clause> | ClauseDraft;

export interface SectionBuilder {
    id: SectionId;
    title: MessageKey;
    build: (c: ContractContext) => BlockDraft[];
    /**
     * Left out, with no number, when it has nothing to say: the sections of the terms of language
     * v2 come after every other section, so a document that uses none of them keeps its numbering.
     */
    optional?: boolean;
}

export function paragraph(content: readonly Inline[]): Paragraph {
    return { kind: 'paragraph', content: [...content] };
}

/** A numbered clause; absent clauses (null) are left out and take no number. */
export function clauses(...contents: ReadonlyArray<readonly Inline[] | null>): ClauseDraft[] {
    return contents.filter((c): c is readonly Inline[] => c !== null).map((content) => ({ kind: 'clause', content: [...content] }));
}

export function subheading(content: readonly Inline[]): Subheading {
    return { kind: 'subheading', content: [...content] };
}

/** A figure, formatted. */
export function value(text: string): TextRun {
    return { kind: 'text', text, origin: 'value' };
}

/** A cell is a formatted figure or runs. */
export type Cell = string | readonly Inline[];

function cell(content: Cell): Inline[] {
    return typeof content === 'string' ? [value(content)] : [...content];
}

export function table(header: readonly Cell[], rows: ReadonlyArray<readonly Cell[]>): Table {
    return { kind: 'table', header: header.map(cell), rows: rows.map((row) => row.map(cell)) };
}

export function list(style: List['style'], items: ReadonlyArray<readonly Inline[]>): List {
    return { kind: 'list', style, items: items.map((item) => [...item]) };
}
