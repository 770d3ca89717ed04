/**
 * The contract text as a document tree, built once by `buildContract` and printed by each
 * renderer (Markdown in `../markdown/render.ts`; Word and other languages walk the same tree).
 *
 * How a renderer walks it:
 *   document.title                      the heading of the whole contract (inline runs)
 *   document.fields                     the cover block: label and value per line (parties, dates…)
 *   document.preamble                   blocks before the first section
 *   document.sections[i]                `number` and `title`, then `blocks` in order:
 *     paragraph   plain running text
 *     clause      a numbered clause; `number` is final ("6.2"), print it before the content
 *     subheading  a caption inside a section (a tier's name above its table)
 *     table       `header` cells, then `rows` of cells; every cell is inline runs
 *     list        `bullet` or `lettered` ((a), (b)…: the renderer letters the items)
 *   Inline runs:
 *     text        words; `origin` says where they come from (see `TextRun`)
 *     term        a defined term where it is defined or listed (bold in print)
 *     emphasis    runs printed with emphasis
 * Numbers, cross-references and clause numbers are resolved when the tree is built: a renderer
 * never computes wording, it only lays out what the tree holds.
 *
 * How a catalog is chosen: `buildContract(sla, { language })` looks the language up in
 * `messages/index.ts` (English when none is given); every sentence is a message of that catalog,
 * keyed by name with named placeholders (ICU MessageFormat), so a catalog in another language has
 * the same keys and the same tree shape. Author text is never translated.
 */

/** Where a run of text comes from. */
export type TextOrigin =
    /** A sentence or phrase of the message catalog; `key` names the message. */
    | 'catalog'
    /** Text the author wrote in the source (descriptions, names, quoted text), as written. */
    | 'author'
    /** A figure of the source or computed from it, formatted (`99.9%`, `4 hours`, `43m 12s`). */
    | 'value';

export interface TextRun {
    kind: 'text';
    text: string;
    origin: TextOrigin;
    /** The catalog message the text comes from (origin `catalog`). */
    key?: string;
}

/** A defined term (`Downtime`, a severity name) at the place that defines or lists it. */
export interface TermRun {
    kind: 'term';
    text: string;
}

export interface EmphasisRun {
    kind: 'emphasis';
    children: Inline[];
}

export type Inline = TextRun | TermRun | EmphasisRun;

export interface Paragraph {
    kind: 'paragraph';
    content: Inline[];
}

export interface Clause {
    kind: 'clause';
    /** `6.2`: the section's number and the clause's place among the section's clauses. */
    number: string;
    content: Inline[];
}

export interface Subheading {
    kind: 'subheading';
    content: Inline[];
}

export interface Table {
    kind: 'table';
    header: Inline[][];
    rows: Inline[][][];
}

export interface List {
    kind: 'list';
    style: 'bullet' | 'lettered';
    items: Inline[][];
}

export type Block = Paragraph | Clause | Subheading | Table | List;

/** One line of the cover block: `Provider: Acme Cloud, Inc.`. */
export interface Field {
    /** What the line states, for renderers that lay the cover out themselves. */
    name: 'provider' | 'customer' | 'effective' | 'term' | 'scope';
    label: Inline[];
    value: Inline[];
}

export interface Section {
    /** The section's stable name (`exclusions`), whatever its number. */
    id: string;
    number: number;
    title: Inline[];
    blocks: Block[];
}

export interface ContractDocument {
    /** The catalog's language code (`en`). */
    language: string;
    title: Inline[];
    fields: Field[];
    preamble: Block[];
    sections: Section[];
}
