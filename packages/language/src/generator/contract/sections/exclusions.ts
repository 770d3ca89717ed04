/** Section 5: what the commitments do not cover, as a lettered list (a), (b), … */
import type { ExclusionJson } from '../../json-types.js';
import { list, paragraph, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author } from '../wording.js';
import { endListItem } from './author-text.js';

function exclusionText(c: ContractContext, exclusion: ExclusionJson): Inline[] | undefined {
    switch (exclusion.kind) {
        case 'scheduled-maintenance':
            // With `maintenance included`, the window is defined (Section 1) but excludes nothing.
            return c.sla.measurement.maintenance === 'excluded' ? c.words.say('exclusion.scheduled-maintenance') : undefined;
        case 'custom':
            return [author(exclusion.description)];
        default:
            // The usual wording of a standard exclusion, used when the document gives none of its own.
            return exclusion.description === null ? c.words.say(`exclusion.${exclusion.kind}`) : [author(exclusion.description)];
    }
}

export const exclusions: SectionBuilder = {
    id: 'exclusions',
    title: 'exclusions.title',
    build: (c) => {
        const items = c.sla.exclusions.map((e) => exclusionText(c, e)).filter((t): t is Inline[] => t !== undefined);
        if (items.length === 0) return [paragraph(c.words.say('exclusions.none'))];
        return [
            paragraph(c.words.say('exclusions.intro', { credits: c.section('credits') })),
            list(
                'lettered',
                items.map((item, index) => endListItem(c, item, index === items.length - 1)),
            ),
        ];
    },
};
