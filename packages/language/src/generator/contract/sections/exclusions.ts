/** Section 5: what the commitments do not cover, as a lettered list (a), (b), … */
import type { ExclusionJson } from '../../json-types.js';
import { list, paragraph, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author } from '../wording.js';
import { endListItem, listItemStart } from './author-text.js';
import { hasCredits } from './credits.js';
import { windowTerms } from './definitions.js';

function exclusionText(c: ContractContext, exclusion: ExclusionJson, index: number): Inline[] | undefined {
    switch (exclusion.kind) {
        case 'scheduled-maintenance':
            // Each window is listed with its own notice and allowance. With `maintenance included`,
            // the windows are defined (Section 1) but exclude nothing.
            if (c.sla.measurement.maintenance !== 'excluded') return undefined;
            return c.words.say('exclusion.scheduled-maintenance', {
                window: author(exclusion.window),
                ...windowTerms(c, exclusion, c.written.exclusions[index] ?? { notice: null, allowance: null }),
            });
        case 'custom':
            return [listItemStart(exclusion.description)];
        default:
            // The usual wording of a standard exclusion, used when the document gives none of its own.
            return exclusion.description === null ? c.words.say(`exclusion.${exclusion.kind}`) : [listItemStart(exclusion.description)];
    }
}

export const exclusions: SectionBuilder = {
    id: 'exclusions',
    title: 'exclusions.title',
    build: (c) => {
        const items = c.sla.exclusions.map((e, index) => exclusionText(c, e, index)).filter((t): t is Inline[] => t !== undefined);
        if (items.length === 0) return [paragraph(c.words.say('exclusions.none'))];
        return [
            paragraph(c.words.say('exclusions.intro', { credits: hasCredits(c) ? 'yes' : 'no', section: c.section('credits') })),
            list(
                'lettered',
                items.map((item, index) => endListItem(c, item, index === items.length - 1)),
            ),
        ];
    },
};
