import type { RootContent } from 'mdast';
import { own, type Contract } from './contract.js';
import { heading, lines, paragraph, strong, type Inline } from './mdast.js';
import { formatDate } from './wording.js';

/** Title, parties, dates and the opening paragraph, as a published SLA opens. */
export function frontMatter({ sla }: Contract): RootContent[] {
    const facts: Inline[][] = [[strong('Provider:'), ' ', own(sla.provider)]];
    if (sla.customer !== null) facts.push([strong('Customer:'), ' ', own(sla.customer)]);
    if (sla.effective !== null) facts.push([strong('Effective date:'), ' ', formatDate(sla.effective)]);
    if (sla.term !== null) {
        const { length, unit } = sla.term;
        facts.push([strong('Term:'), ' ', `${length} ${unit}${length === 1 ? '' : 's'}`]);
    }
    if (sla.scope !== null) facts.push([strong('Covered services:'), ' ', own(sla.scope)]);
    return [
        heading(1, `${own(sla.title)} — Service Level Agreement`),
        lines(facts),
        paragraph(
            'This Service Level Agreement ("SLA") sets out the service levels that the Provider commits to for each service tier, ',
            'how they are measured, and the Service Credits that the Customer may claim when a commitment is not met.',
        ),
    ];
}
