/**
 * The contract text, built once as a document tree (see `types.ts` for how to walk it) from the
 * agreement's facts. Each section is one builder in `sections/`; adding a section is one file and
 * one entry in `SECTIONS`.
 */
import type { SlaJson } from '../json-types.js';
import type { BlockDraft, ContractContext, SectionBuilder, SectionId } from './context.js';
import { catalogFor, DEFAULT_LANGUAGE } from './messages/index.js';
import { claims } from './sections/claims.js';
import { serviceCommitment } from './sections/commitment.js';
import { serviceCredits } from './sections/credits.js';
import { definitions } from './sections/definitions.js';
import { exclusions } from './sections/exclusions.js';
import { frontMatter } from './sections/front-matter.js';
import { measurement } from './sections/measurement.js';
import { support } from './sections/support.js';
import { services } from './sections/services.js';
import { remedies } from './sections/remedies.js';
import { operations } from './sections/operations.js';
import type { Block, ContractDocument, Section } from './types.js';
import { authorTextIn } from './translations.js';
import { Wording } from './wording.js';
import type { WrittenForms } from './written.js';
export { writtenForms, type WrittenForms } from './written.js';

export type * from './types.js';
export { contractLanguages, catalogFor } from './messages/index.js';

/** The sections in order; a section's number is its place here. */
const SECTIONS: readonly SectionBuilder[] = [
    definitions,
    serviceCommitment,
    support,
    serviceCredits,
    exclusions,
    claims,
    measurement,
    services,
    remedies,
    operations,
];

export interface ContractOptions {
    /** `99.0%` stays `99.0%`: how the document wrote each percentage. */
    percent: (value: number) => string;
    /** A language with a catalog (`contractLanguages()`); English when not given. */
    language?: string;
    /** Durations as the author wrote them (`writtenForms(agreement)`); the tool's wording without. */
    written?: WrittenForms;
}

const NOTHING_WRITTEN: WrittenForms = { probeInterval: null, claimWindow: null, exclusions: [], tiers: new Map() };

export function buildContract(facts: SlaJson, options: ContractOptions): ContractDocument {
    const language = options.language ?? DEFAULT_LANGUAGE;
    const catalog = catalogFor(language);
    if (!catalog) throw new RangeError(`No contract text catalog for the language '${language}'`);
    const sla = authorTextIn(facts, language);
    const words = new Wording(catalog);
    const period = sla.measurement.period;
    const c: ContractContext = {
        sla,
        words,
        // As the document wrote it, in the catalog's locale: `99.95%` is `99,95 %` in Russian.
        percent: (value) => words.percent(options.percent(value)),
        period,
        noun: words.text('period.noun', { period }),
        uptime: words.text('period.uptime', { period }),
        section: (id: SectionId) => SECTIONS.findIndex((s) => s.id === id) + 1,
        standard: sla.standard ?? 'firm',
        written: options.written ?? NOTHING_WRITTEN,
        terms: {
            incident: sla.definitions?.incident == null ? 'no' : 'defined',
            response: sla.definitions?.response == null ? 'no' : 'defined',
            resolution: sla.definitions?.resolution == null ? 'no' : 'defined',
        },
    };
    const { title, fields, preamble } = frontMatter(c);
    // Optional sections come last (see SectionBuilder), so leaving one out renumbers none before it.
    const built = SECTIONS.map((builder) => ({ builder, drafts: builder.build(c) })).filter(
        ({ builder, drafts }) => !builder.optional || drafts.length > 0,
    );
    const sections = built.map(({ builder, drafts }, index): Section => ({
        id: builder.id,
        number: index + 1,
        title: words.say(builder.title),
        blocks: numberClauses(index + 1, drafts),
    }));
    return { language, title, fields, preamble, sections, messages: [...words.used].sort() };
}

/** Clauses numbered over those present: `6.1`, `6.2`… */
function numberClauses(section: number, drafts: readonly BlockDraft[]): Block[] {
    let clause = 0;
    return drafts.map((block) => (block.kind === 'clause' ? { ...block, number: `${section}.${++clause}` } : block));
}
