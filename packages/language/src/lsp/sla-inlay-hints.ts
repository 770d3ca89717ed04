import { AstUtils, GrammarUtils, type AstNode, type ConfigurationProvider, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor, type LangiumServices } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import { isAgreement, isAvailability, isBound, isObservedAvailability } from '../generated/ast.js';
import { agreementPeriod } from '../model/values.js';
import { budgetHint } from './hover-markdown.js';

/** The client's settings section and the key of this feature in it: `sla.inlayHints.enabled`. */
const SECTION = 'sla';
const KEY = 'inlayHints';

/**
 * A boolean of `sla.inlayHints.*`. Clients send the section as nested objects
 * (`{ inlayHints: { enabled: false } }`); a flat `"inlayHints.enabled"` key is read as well.
 */
async function inlayHintSetting(
    configuration: ConfigurationProvider,
    name: 'enabled' | 'bracketBounds',
    fallback: boolean,
): Promise<boolean> {
    const section: unknown = await configuration.getConfiguration(SECTION, KEY);
    const nested = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)[name] : undefined;
    if (typeof nested === 'boolean') return nested;
    const flat: unknown = await configuration.getConfiguration(SECTION, `${KEY}.${name}`);
    return typeof flat === 'boolean' ? flat : fallback;
}

/** Whether `sla.inlayHints.enabled` is on (the default). */
export function inlayHintsEnabled(configuration: ConfigurationProvider): Promise<boolean> {
    return inlayHintSetting(configuration, 'enabled', true);
}

/**
 * `≈ 43m 12s / month` after every availability figure — a tier's commitment, an observed figure,
 * and, with `sla.inlayHints.bracketBounds` (off by default: a schedule of four brackets would
 * carry eight hints and run past the window), the availability bounds of credit brackets — in
 * the document's own measurement period.
 */
export class SlaInlayHintProvider extends AbstractInlayHintProvider {
    protected readonly configuration: ConfigurationProvider;
    /** Read once per request in `getInlayHints`, used by `computeInlayHint` for each node. */
    protected showBracketBounds = false;

    constructor(services: LangiumServices) {
        super();
        this.configuration = services.shared.workspace.ConfigurationProvider;
        refreshHintsOnSettingsChange(services);
    }

    override async getInlayHints(
        document: LangiumDocument,
        params: InlayHintParams,
        cancelToken?: CancellationToken,
    ): Promise<InlayHint[] | undefined> {
        if (!(await inlayHintsEnabled(this.configuration))) return [];
        this.showBracketBounds = await inlayHintSetting(this.configuration, 'bracketBounds', false);
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
function refreshHintsOnSettingsChange(services: LangiumServices): void {
    let refreshSupported = false;
    services.shared.lsp.LanguageServer.onInitialize((params) => {
        refreshSupported = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    });
    services.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(({ section }) => {
        const connection = services.shared.lsp.Connection;
        if (section === SECTION && refreshSupported && connection) {
            void connection.languages.inlayHint.refresh().catch(() => undefined);
        }
    });
}
