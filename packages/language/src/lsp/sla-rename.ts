import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type Lexer } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isAgreement, isCalendar, isHolidays, isService, isSeverity, isTier } from '../generated/ast.js';
import { allSeverities } from '../model/severities.js';

/**
 * Renames tiers, severities, services, calendars and holiday lists with every use (Langium's default), after two checks the default
 * does not make: the new name must be a valid name — lexed on its own it must be exactly one name
 * token, so neither a keyword such as `credit` or `h` nor a percentile such as `p95` — and it must
 * not already name a tier or severity of the agreement. Either way the request fails with a
 * message that says why, and nothing is edited.
 */
export class SlaRenameProvider extends DefaultRenameProvider {
    protected readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        super(services);
        this.lexer = services.parser.Lexer;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (target) {
            const kind = kindOf(target);
            const newName = params.newName;
            if (!this.isValidName(newName)) {
                throw new ResponseError(
                    LSPErrorCodes.RequestFailed,
                    `\`${newName}\` is not a valid ${kind} name: use letters, digits, \`_\` and \`-\`, start with a letter, and do not use a keyword of the language.`,
                );
            }
            const existing = namesInUse(target).get(newName);
            if (existing && existing !== target) {
                throw new ResponseError(
                    LSPErrorCodes.RequestFailed,
                    `A ${kindOf(existing)} named \`${newName}\` already exists in this agreement.`,
                );
            }
        }
        return super.rename(document, params);
    }

    /** The tier or severity under the cursor: its declaration's name or a reference to it. */
    protected targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(
            root,
            document.textDocument.offsetAt(params.position),
            this.grammarConfig.nameRegexp,
        );
        if (!leaf) return undefined;
        const target = this.references.findDeclarations(leaf)[0];
        return target && kindOf(target) !== undefined ? target : undefined;
    }

    protected isValidName(name: string): boolean {
        const { tokens, errors } = this.lexer.tokenize(name);
        return errors.length === 0 && tokens.length === 1 && tokens[0].tokenType.name === 'ID' && tokens[0].image === name;
    }
}

/**
 * Every tier and severity name of the agreement. Tiers and severities share one list on purpose:
 * `response Gold` next to a tier `Gold` would read as a mistake even where it links correctly.
 */
function namesInUse(node: AstNode): Map<string, AstNode> {
    const names = new Map<string, AstNode>();
    const root = AstUtils.findRootNode(node);
    if (!isAgreement(root)) return names;
    // Services, calendars and holiday lists are each their own kind of name.
    const own = isService(node) ? root.services : isCalendar(node) ? root.calendars : isHolidays(node) ? root.holidayLists : undefined;
    if (own) {
        for (const item of own) if (item.name && !names.has(item.name)) names.set(item.name, item);
        return names;
    }
    for (const tier of root.tiers) if (tier.name && !names.has(tier.name)) names.set(tier.name, tier);
    for (const level of allSeverities(root)) {
        if (level.name && !names.has(level.name)) names.set(level.name, level);
    }
    return names;
}

function kindOf(node: AstNode): string | undefined {
    if (isTier(node)) return 'tier';
    if (isSeverity(node)) return 'severity';
    if (isService(node)) return 'service';
    if (isCalendar(node)) return 'calendar';
    if (isHolidays(node)) return 'holiday list';
    return undefined;
}
