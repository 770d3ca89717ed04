import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { isAgreement, isAvailability, isBound, isObservedAvailability } from '../generated/ast.js';
import { agreementPeriod } from '../model/values.js';
import { budgetHint } from './hover-markdown.js';
import type { SlaServices } from '../sla-services.js';
import type { SlaSettingsProvider } from '../validation/sla-settings-provider.js';

/**
 * `≈ 43m 12s / month` after every availability figure — a tier's commitment, an observed figure,
 * and, with `sla.inlayHints.bracketBounds` (off by default: a schedule of four brackets would
 * carry eight hints and run past the window), the availability bounds of credit brackets — in
 * the document's own measurement period.
 */
export class SlaInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly settings: SlaSettingsProvider;
    /** Read once per request in `getInlayHints`, used by `computeInlayHint` for each node. */
    protected showBracketBounds = false;

    constructor(services: SlaServices) {
        super();
        this.settings = services.settings.SettingsProvider;
        refreshHintsOnSettingsChange(services);
    }

    override async getInlayHints(
        document: LangiumDocument,
        params: InlayHintParams,
        cancelToken?: CancellationToken,
    ): Promise<InlayHint[] | undefined> {
        if (!(await this.settings.inlayHint('enabled', true))) return [];
        this.showBracketBounds = await this.settings.inlayHint('bracketBounds', false);
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        let property: 'value' | 'percent';
        let value: number | undefined;
        if (isAvailability(node) || isObservedAvailability(node)) {
            property = 'value';
            value = node.value;
        } else if (this.showBracketBounds && isBound(node) && node.percent !== undefined && node.$container.metric?.kind !== 'latency') {
            property = 'percent';
            value = node.percent;
        } else {
            return;
        }
        const agreement = AstUtils.findRootNode(node);
        const label = value === undefined || !isAgreement(agreement) ? undefined : budgetHint(value, agreementPeriod(agreement));
        const figure = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        if (!label || !figure) return;
        acceptor({
            position: figure.range.end,
            label,
            paddingLeft: true,
            tooltip:
                'Allowed downtime per measurement period (reference length). Hover the figure for day, week, year and the range of period lengths.',
        });
    }
}

/** When the settings change, ask the client to fetch the hints again (if it supports that). */
function refreshHintsOnSettingsChange(services: SlaServices): void {
    let refreshSupported = false;
    services.shared.lsp.LanguageServer.onInitialize((params) => {
        refreshSupported = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    });
    services.settings.SettingsProvider.onChange(() => {
        const connection = services.shared.lsp.Connection;
        if (refreshSupported && connection) {
            void connection.languages.inlayHint.refresh().catch(() => undefined);
        }
    });
}
