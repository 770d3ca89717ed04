/**
 * The bilingual edition in Markdown (`--lang en,id`): Markdown has no columns, so each heading,
 * clause, list and table is given in the first language and then, quoted beneath it, in the second;
 * the edition closes with the clause naming the first language as the one that prevails. Both
 * trees come from the same section builders, so block n of one language is block n of the other.
 */
import type { BlockContent, RootContent } from 'mdast';
import type { ContractDocument } from '../contract/types.js';
import { governingClause } from '../locale/governing-language.js';
import { isContractLanguage } from '../locale/languages.js';
import { heading, lines, paragraph, printMarkdown, strong } from './mdast.js';
import { block, runs } from './render.js';

function quoted(content: RootContent): RootContent {
    return { type: 'blockquote', children: [content as BlockContent] };
}

export function renderBilingualMarkdown(first: ContractDocument, second: ContractDocument): string {
    const both = (a: RootContent, b: RootContent): RootContent[] => [a, quoted(b)];
    const fields = (contract: ContractDocument) =>
        lines(contract.fields.map((field) => [strong(...runs(field.label)), ' ', ...runs(field.value)]));
    const content: RootContent[] = [
        heading(1, ...runs(first.title)),
        heading(1, ...runs(second.title)),
        ...both(fields(first), fields(second)),
        ...first.preamble.flatMap((b, index) => both(block(b), block(second.preamble[index]))),
        ...first.sections.flatMap((section, s) => {
            const other = second.sections[s];
            return [
                heading(2, `${section.number}. `, ...runs(section.title), ' / ', ...runs(other.title)),
                ...section.blocks.flatMap((b, index) => both(block(b), block(other.blocks[index]))),
            ];
        }),
    ];
    if (isContractLanguage(first.language) && isContractLanguage(second.language)) {
        const a = governingClause(first.language, first.language, second.language);
        const b = governingClause(second.language, first.language, second.language);
        content.push(heading(2, `${a.heading} / ${b.heading}`), ...both(paragraph(a.clause), paragraph(b.clause)));
    }
    return printMarkdown(content);
}
