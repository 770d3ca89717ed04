import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isTier, type Tier } from '../generated/ast.js';
import { ancestorsIn } from '../domain/inheritance.js';
import { formatPercent } from '../domain/interval.js';
import { effectiveTier } from '../model/effective-tiers.js';

/**
 * Completion: Langium's default already offers the keywords valid at the cursor (so the units
 * after a duration's number) and the names a cross-reference can take (severities after
 * `response`, tiers after `extends`). This adds snippets for a new agreement, tier and credit
 * schedule, leaves out the ambiguous unit `m`, and leaves out the tiers that `extends` cannot name
 * without a cycle.
 */
export class SlaCompletionProvider extends DefaultCompletionProvider {
    protected override completionForKeyword(
        context: CompletionContext,
        keyword: GrammarAST.Keyword,
        acceptor: CompletionAcceptor,
    ): MaybePromise<void> {
        // `m` is accepted by the grammar only to be reported as ambiguous: never propose it.
        if (keyword.value === 'm') return;
        const snippet = SNIPPETS[keyword.value];
        if (snippet) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body(context),
                insertTextFormat: InsertTextFormat.Snippet,
                documentation: { kind: 'markdown', value: `${snippet.detail}:\n\n\`\`\`sla\n${snippet.preview}\n\`\`\`` },
                sortText: '0',
            });
        }
        return super.completionForKeyword(context, keyword, acceptor);
    }

    /** After `extends`: neither the tier itself nor a tier that inherits from it (a cycle). */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const tier = refInfo.property === 'parent' ? AstUtils.getContainerOfType(refInfo.container, isTier) : undefined;
        if (!tier?.name) return candidates;
        const tiers = tier.$container.tiers.map((t) => ({ name: t.name, parent: t.parent?.$refText }));
        const ancestorsOf = ancestorsIn(tiers); // one lookup for all candidates: linear, not n²
        return candidates.filter((candidate) => candidate.name !== tier.name && !ancestorsOf(candidate.name).includes(tier.name));
    }
}

interface Snippet {
    detail: string;
    preview: string;
    body: (context: CompletionContext) => string;
}

const AGREEMENT = [
    'sla "${1:Service name}" {',
    '    provider "${2:Provider, Inc.}"',
    '    currency ${3:USD}',
    '    scope "${4:The services covered}"',
    '',
    '    measurement {',
    '        period ${5|monthly,quarterly,yearly|}',
    '        downtime "${6:A minute in which the service is unreachable}"',
    '    }',
    '',
    '    tier ${7:Standard} {',
    '        price ${8:1000} per month',
    '        availability ${9:99.9}%',
    '        credits {',
    '            credit 10% when availability below ${9:99.9}% and at least 99.0%',
    '            credit 25% when availability below 99.0%',
    '            cap 25% of monthly fee',
    '        }',
    '    }',
    '',
    '    claims {',
    '        window 30 days',
    '        applied-to ${10|next-invoice,refund,subscription-extension|}',
    '    }',
    '}',
].join('\n');

const TIER = [
    'tier ${1:Name} {',
    '    price ${2:1000} per month',
    '    availability ${3:99.9}%',
    '    credits {',
    '        credit ${4:10}% when availability below ${3:99.9}% and at least ${5:99.0}%',
    '        credit ${6:25}% when availability below ${5:99.0}%',
    '        cap ${7:25}% of monthly fee',
    '    }',
    '}',
].join('\n');

/** The credit schedule starts at the tier's own commitment, so that its first bracket has no gap. */
function creditsSnippet(context: CompletionContext): string {
    const tier: Tier | undefined = AstUtils.getContainerOfType(context.node, isTier);
    const committed = tier && effectiveTier(tier)?.clauses.availability?.value.value;
    const target = committed !== undefined && Number.isFinite(committed) ? formatPercent(committed).slice(0, -1) : '99.9';
    return [
        'credits {',
        `    credit \${1:10}% when availability below \${2:${target}}% and at least \${3:99.0}%`,
        '    credit ${4:25}% when availability below ${3:99.0}%',
        '    cap ${5:25}% of monthly fee',
        '}',
    ].join('\n');
}

function preview(snippet: string): string {
    return snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
}

const SNIPPETS: Readonly<Record<string, Snippet>> = {
    sla: { detail: 'New agreement', preview: preview(AGREEMENT), body: () => AGREEMENT },
    tier: { detail: 'New tier', preview: preview(TIER), body: () => TIER },
    credits: {
        detail: 'Credit schedule',
        preview: preview(creditsSnippet({} as CompletionContext)),
        body: creditsSnippet,
    },
};
