/**
 * The comparison as Markdown for the negotiation file: a heading per tier, a list item per
 * change with its figures beneath. Built as a Markdown tree and printed by the contract text's
 * printer, so author text in a value (an exclusion's wording) is escaped where it lands.
 */
import type { ListItem, RootContent } from 'mdast';
import { emphasis } from './markdown-nodes.js';
import { heading, paragraph, printMarkdown, strong, text } from '../generator/markdown/mdast.js';
import type { Change } from './change.js';
import { FAVOURS_LABEL, countLine, groupByTier, provenance, valueText } from './groups.js';
import { needsApproval, type DiffLabels } from './render-text.js';

export function diffMarkdown(changes: readonly Change[], labels: DiffLabels): string {
    const title = labels.deviations ? `Deviations from the standard offering` : `Changes to the agreement`;
    const nodes: RootContent[] = [
        heading(1, title),
        paragraph(
            strong('Old:'),
            ` ${labels.old}${labels.deviations ? ' (the standard offering)' : ''} — `,
            strong('New:'),
            ` ${labels.new}`,
        ),
        paragraph(countLine(changes)),
    ];
    for (const group of groupByTier(changes)) {
        nodes.push(heading(2, group.tier === null ? 'Agreement' : `Tier ${group.tier}`));
        nodes.push({ type: 'list', ordered: false, spread: false, children: group.changes.map((c) => item(c, labels)) });
    }
    return printMarkdown(nodes);
}

function item(change: Change, labels: DiffLabels): ListItem {
    const head = paragraph(
        ...(labels.deviations && needsApproval(change) ? [strong('Approval needed: ')] : []),
        strong(change.clause),
        `: ${valueText(change)} — `,
        emphasis(FAVOURS_LABEL[change.favours]),
        ` (${change.rule})`,
    );
    const details = [...change.impact, provenance(change)].filter(Boolean);
    const children: ListItem['children'] = [head];
    if (details.length > 0) {
        children.push({
            type: 'list',
            ordered: false,
            spread: false,
            children: details.map((line) => ({
                type: 'listItem',
                spread: false,
                children: [{ type: 'paragraph', children: [text(line)] }],
            })),
        });
    }
    return { type: 'listItem', spread: false, children };
}
