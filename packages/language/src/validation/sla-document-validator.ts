import {
    AstUtils,
    Cancellation,
    DefaultDocumentValidator,
    DocumentValidator,
    interruptAndCheck,
    type AstNode,
    type LangiumDocument,
    type ValidateSingleNodeOptions,
    type ValidationAcceptor,
    type ValidationCheck,
    type ValidationOptions,
} from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { Agreement } from '../generated/ast.js';
import { isDamaged } from '../grammar/damage.js';
import { DamageFilter, withoutLexerErrorsInReportedWords } from './damage-filter.js';
import { IssueCodes } from './issue-codes.js';
import { allSeverities } from '../model/severities.js';

type ReferenceKind = 'tier' | 'severity' | 'service' | 'calendar' | 'holiday list';

/** The kind of name a reference property refers to. */
const REFERENCE_KINDS: Readonly<Record<string, ReferenceKind>> = {
    parent: 'tier',
    service: 'service',
    calendar: 'calendar',
    list: 'holiday list',
};

/** What the author can refer to instead: the names of that kind declared in the agreement. */
function declaredNames(document: LangiumDocument, kind: ReferenceKind): string {
    const agreement = document.parseResult.value as Agreement;
    const names: string[] = {
        tier: () => (agreement.tiers ?? []).map((tier) => tier.name),
        severity: () => allSeverities(agreement).map((level) => level.name),
        service: () => (agreement.services ?? []).map((service) => service.name),
        calendar: () => (agreement.calendars ?? []).map((calendar) => calendar.name),
        'holiday list': () => (agreement.holidayLists ?? []).map((list) => list.name),
    }[kind]();
    const declared = [...new Set(names.filter(Boolean))];
    if (declared.length === 0) {
        switch (kind) {
            case 'tier':
                return 'this agreement declares no tiers.';
            case 'severity':
                return 'this agreement declares no severities (add a `severities { … }` block).';
            case 'holiday list':
                return 'this agreement declares no holiday lists (add a `holidays Name { … }` block).';
            default:
                return `this agreement declares no ${kind}s (add a \`${kind} Name { … }\` block).`;
        }
    }
    const plural = kind === 'severity' ? 'severities' : kind === 'holiday list' ? 'holiday lists' : `${kind}s`;
    return `the ${plural} of this agreement are ${declared.map((name) => `\`${name}\``).join(', ')}.`;
}

/**
 * Gives every diagnostic a stable code: syntax errors become `syntax-error` and Langium's
 * linking errors the specification's `unresolved-reference`, with a message that says what kind
 * of name was not found.
 */
export class SlaDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken,
    ): Promise<Diagnostic[]> {
        const damage = this.damageOf(document.parseResult.value);
        const diagnostics = withoutLexerErrorsInReportedWords(
            (await super.validateDocument(document, options, cancelToken)).filter(
                (diagnostic) => !this.linkingErrorFromDamage(diagnostic, damage),
            ),
            (diagnostic) => (diagnostic.data as { code?: string } | undefined)?.code === DocumentValidator.LexingError,
            (line) => document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }),
        );
        for (const diagnostic of diagnostics) {
            const dataCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (dataCode === DocumentValidator.LexingError || dataCode === DocumentValidator.ParsingError) {
                diagnostic.code = IssueCodes.SyntaxError;
                diagnostic.data = { code: IssueCodes.SyntaxError };
            } else if (dataCode === DocumentValidator.LinkingError) {
                const refText = (diagnostic.data as { refText?: string }).refText ?? '';
                const property = (diagnostic.data as { property?: string }).property;
                const kind = REFERENCE_KINDS[property ?? ''] ?? 'severity';
                diagnostic.message = `Unknown ${kind} \`${refText}\`: ${declaredNames(document, kind)}`;
                diagnostic.code = IssueCodes.UnresolvedReference;
                diagnostic.data = { code: IssueCodes.UnresolvedReference, refText, kind };
            } else if (dataCode && diagnostic.code === undefined) {
                diagnostic.code = dataCode;
            }
        }
        return diagnostics;
    }

    /** The damage of each document's tree, computed once per validation. */
    private readonly damage = new WeakMap<AstNode, DamageFilter>();

    private damageOf(root: AstNode): DamageFilter {
        let filter = this.damage.get(root);
        if (!filter) {
            filter = new DamageFilter(AstUtils.getDocument(root));
            this.damage.set(root, filter);
        }
        return filter;
    }

    /** An unknown tier or severity while a declaration of that kind did not parse: the parser has said it. */
    private linkingErrorFromDamage(diagnostic: Diagnostic, damage: DamageFilter): boolean {
        const data = diagnostic.data as { code?: string; property?: string } | undefined;
        if (data?.code !== DocumentValidator.LinkingError) return false;
        return damage.unresolvedBecauseOfDamage(data.property === 'parent' ? 'tier' : data.property === 'severity' ? 'severity' : 'other');
    }

    /** A clause that did not parse is not checked, nor is anything inside it. */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): ValidateSingleNodeOptions {
        return isDamaged(node) ? { validateNode: false, validateChildren: false } : super.validateSingleNodeOptions(node, options);
    }

    // Every check reports through the damage filter: nothing is inferred from a clause that did not parse.
    protected override validateAstBefore(
        root: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken?: CancellationToken,
    ): Promise<void> {
        return super.validateAstBefore(root, options, this.damageOf(root).wrap(acceptor), cancelToken);
    }

    protected override validateAstAfter(
        root: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken?: CancellationToken,
    ): Promise<void> {
        return super.validateAstAfter(root, options, this.damageOf(root).wrap(acceptor), cancelToken);
    }

    /**
     * Langium's loop over the nodes, minus two costs per node that added up to a tenth of a large
     * agreement's build: the checks of a node type are looked up once per document instead of once
     * per node, and a check is awaited only when it returns a promise (see SlaValidationRegistry:
     * synchronous checks return nothing). Same checks, same order, same cancellation points.
     */
    protected override async validateAstNodes(
        rootNode: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None,
    ): Promise<void> {
        acceptor = this.damageOf(rootNode).wrap(acceptor);
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksByType = new Map<string, ValidationCheck[]>();
        const nodes = AstUtils.streamAst(rootNode).iterator();
        for (const node of nodes) {
            if (cancelToken !== Cancellation.CancellationToken.None) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks) {
                    const pending = check(node, acceptor, cancelToken);
                    if (pending) await pending;
                }
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
    }
}
