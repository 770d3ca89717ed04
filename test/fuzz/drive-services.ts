import { URI, type LangiumDocument } from 'langium';
import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Command, Diagnostic, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { buildText, hasErrors } from '../../packages/language/src/workspace/build-documents.js';
import { findHiddenCharacters } from '../../packages/language/src/domain/hidden-characters.js';
import type { Agreement } from '../../packages/language/src/generated/ast.js';
import { findOutputFormat, generateJson, generateMarkdown } from '../../packages/language/src/generator/index.js';
import type { Random } from './prng.js';

/**
 * Drives one document through the in-process services as an editor would: a build with
 * validation, then every LSP provider that is bound, at random positions. Anything thrown, any
 * validation exception turned into a diagnostic, anything logged with console.error, and any
 * formatting that would lose or change text is a failure.
 */
export interface Failure {
    stage: string;
    message: string;
}

export interface DriveResult {
    failures: Failure[];
    milliseconds: number;
    diagnostics: Diagnostic[];
    /** Whether the document had no error, so that the generators ran on it too. */
    compiled: boolean;
}

const uriPool = Array.from({ length: 4 }, (_, i) => URI.parse(`memory:/fuzz-${i}.sla`));

export async function driveServices(
    services: { shared: LangiumSharedServices; Sla: LangiumServices },
    text: string,
    random: Random,
    slot = 0,
): Promise<DriveResult> {
    const failures: Failure[] = [];
    const started = performance.now();
    const originalError = console.error;
    console.error = (...args: unknown[]) => failures.push({ stage: 'console.error', message: args.map(describe).join(' ').slice(0, 500) });
    let diagnostics: Diagnostic[] = [];
    let compiled = false;
    try {
        const built = await buildText(services.shared, text, uriPool[slot % uriPool.length]);
        diagnostics = built.diagnostics;
        for (const diagnostic of diagnostics) {
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            if (/An error occurred/.test(message)) failures.push({ stage: 'validation', message });
            if (leaksInternals(message))
                failures.push({ stage: 'validation', message: `message shows an internal value: ${diagnostic.code}: ${message}` });
            if (!inDocument(built.document, diagnostic.range))
                failures.push({
                    stage: 'validation',
                    message: `diagnostic range outside the document: ${JSON.stringify(diagnostic.range)} ${diagnostic.code}`,
                });
        }
        await driveProviders(services.Sla, built.document, diagnostics, random, failures);
        compiled = !hasErrors(diagnostics);
        if (compiled) driveGenerators(built.document.parseResult.value, failures);
    } catch (error) {
        failures.push({ stage: 'build', message: describe(error) });
    } finally {
        console.error = originalError;
    }
    return { failures, milliseconds: performance.now() - started, diagnostics, compiled };
}

/**
 * A document without errors compiles: both generators must return text, the JSON must parse and
 * carry the marker, and neither may show an internal value or a hidden character.
 */
function driveGenerators(agreement: Agreement, failures: Failure[]): void {
    try {
        const json = generateJson(agreement);
        JSON.parse(json);
        if (!findOutputFormat('json')!.isGenerated(json)) failures.push({ stage: 'generateJson', message: 'no generated-file marker' });
        if (/\bNaN\b|\bundefined\b|Infinity/.test(json))
            failures.push({ stage: 'generateJson', message: `internal value in ${json.match(/.*(NaN|undefined|Infinity).*/)?.[0]}` });
    } catch (error) {
        failures.push({ stage: 'generateJson', message: describe(error) });
    }
    try {
        const markdown = generateMarkdown(agreement);
        if (!findOutputFormat('markdown')!.isGenerated(markdown))
            failures.push({ stage: 'generateMarkdown', message: 'no generated-file marker' });
        if (leaksInternals(markdown))
            failures.push({
                stage: 'generateMarkdown',
                message: `internal value in ${markdown.match(/.*(NaN|undefined|\[object).*/)?.[0]}`,
            });
        if (findHiddenCharacters(markdown).length > 0)
            failures.push({ stage: 'generateMarkdown', message: 'a hidden character left as it is' });
    } catch (error) {
        failures.push({ stage: 'generateMarkdown', message: describe(error) });
    }
}

function describe(value: unknown): string {
    return value instanceof Error ? `${value.message}\n${value.stack?.split('\n').slice(1, 6).join('\n')}` : String(value);
}

/** `undefined`, `NaN` or `[object Object]` in text meant for a person: a value that was never there. */
export function leaksInternals(text: string): boolean {
    return /\bundefined\b|\bNaN\b|\[object \w+\]/.test(text);
}

function inDocument(document: LangiumDocument, range: Range): boolean {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const ok = (p: Position) =>
        p.line >= 0 && p.character >= 0 && (p.line < end.line || (p.line === end.line && p.character <= end.character));
    return ok(range.start) && ok(range.end);
}

async function driveProviders(
    sla: LangiumServices,
    document: LangiumDocument,
    diagnostics: Diagnostic[],
    random: Random,
    failures: Failure[],
): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const length = document.textDocument.getText().length;
    const randomPosition = (): Position => document.textDocument.positionAt(random.int(length + 1));
    const randomRange = (): Range => {
        const a = random.int(length + 1);
        const b = Math.min(length, a + random.int(400));
        return { start: document.textDocument.positionAt(a), end: document.textDocument.positionAt(b) };
    };
    const whole: Range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(length) };
    const lsp = sla.lsp;
    const call = async (stage: string, run: () => unknown) => {
        try {
            const result = await run();
            // Whatever a provider shows a person (hover text, hint labels, titles) must not leak internals.
            const shown =
                result === undefined || stage.startsWith('format') || stage === 'semanticTokens' ? '' : (JSON.stringify(result) ?? '');
            if (leaksInternals(shown)) failures.push({ stage, message: `result shows an internal value: ${shown.slice(0, 300)}` });
        } catch (error) {
            failures.push({ stage, message: describe(error) });
        }
    };
    for (let i = 0; i < 3; i++) {
        const position = randomPosition();
        await call('hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position }));
        await call('completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position }));
        await call('definition', () => lsp.DefinitionProvider?.getDefinition(document, { textDocument, position }));
        await call('highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, { textDocument, position }));
        await call('references', () =>
            lsp.ReferencesProvider?.findReferences(document, { textDocument, position, context: { includeDeclaration: true } }),
        );
        await call('prepareRename', () => lsp.RenameProvider?.prepareRename(document, { textDocument, position }));
        await call('rename', async () => {
            const edit = await lsp.RenameProvider?.rename(document, {
                textDocument,
                position,
                newName: random.pick(['Renamed', 'x', 'a-b_2']),
            });
            checkWorkspaceEdit('rename', document, edit, failures);
            return edit;
        });
        await call('signatureHelp', () => lsp.SignatureHelp?.provideSignatureHelp(document, { textDocument, position }));
        await call('codeAction', async () =>
            checkActions(
                'codeAction',
                document,
                await lsp.CodeActionProvider?.getCodeActions(document, {
                    textDocument,
                    range: randomRange(),
                    context: { diagnostics: diagnostics.filter(() => random.chance(0.5)) },
                }),
                failures,
            ),
        );
        await call('inlayHints', () => lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: randomRange() }));
    }
    await call('codeAction (all diagnostics)', async () =>
        checkActions(
            'codeAction (all diagnostics)',
            document,
            await lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: whole, context: { diagnostics } }),
            failures,
        ),
    );
    await call('inlayHints (whole)', () => lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: whole }));
    await call('documentSymbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
    await call('foldingRanges', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
    await call('semanticTokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }));
    await call('codeLens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
    await call('documentLinks', () => lsp.DocumentLinkProvider?.getDocumentLinks(document, { textDocument }));
    const formatter = lsp.Formatter;
    if (formatter) {
        const options = { tabSize: random.pick([2, 4, 8]), insertSpaces: random.chance(0.8) };
        await call('format', async () =>
            checkEdits('format', document, await formatter.formatDocument(document, { textDocument, options }), sla, failures),
        );
        await call('formatRange', async () =>
            checkEdits(
                'formatRange',
                document,
                await formatter.formatDocumentRange(document, { textDocument, options, range: randomRange() }),
                sla,
                failures,
            ),
        );
        const trigger = formatter.formatOnTypeOptions;
        if (trigger) {
            const ch = random.pick([trigger.firstTriggerCharacter, ...(trigger.moreTriggerCharacter ?? [])]);
            await call('formatOnType', async () =>
                checkEdits(
                    'formatOnType',
                    document,
                    await formatter.formatDocumentOnType(document, { textDocument, options, position: randomPosition(), ch }),
                    sla,
                    failures,
                ),
            );
        }
    }
}

/** The edits of a rename or a quick fix to this document: inside it, and not overlapping. */
function checkWorkspaceEdit(stage: string, document: LangiumDocument, edit: WorkspaceEdit | undefined, failures: Failure[]): void {
    const edits = [
        ...(edit?.changes?.[document.uri.toString()] ?? []),
        ...(edit?.documentChanges ?? []).flatMap((change) =>
            'edits' in change && change.textDocument.uri === document.uri.toString() ? change.edits : [],
        ),
    ].filter((e): e is TextEdit => 'range' in e);
    const sorted = edits
        .map((e) => [document.textDocument.offsetAt(e.range.start), document.textDocument.offsetAt(e.range.end)])
        .sort((a, b) => a[0] - b[0]);
    for (const e of edits)
        if (!inDocument(document, e.range)) failures.push({ stage, message: `edit outside the document: ${JSON.stringify(e.range)}` });
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i][0] < sorted[i - 1][1])
            failures.push({ stage, message: `overlapping edits at offsets ${sorted[i - 1]} and ${sorted[i]}` });
}

function checkActions(
    stage: string,
    document: LangiumDocument,
    actions: Array<Command | CodeAction> | undefined,
    failures: Failure[],
): Array<Command | CodeAction> | undefined {
    for (const action of actions ?? [])
        if ('edit' in action) checkWorkspaceEdit(`${stage}: ${action.title}`, document, action.edit, failures);
    return actions;
}

/**
 * Edits must lie in the document and not overlap; on a document that lexes cleanly, applying
 * them may change only whitespace — never a token or a comment.
 */
function checkEdits(
    stage: string,
    document: LangiumDocument,
    edits: TextEdit[] | undefined,
    sla: LangiumServices,
    failures: Failure[],
): void {
    if (!edits || edits.length === 0) return;
    const text = document.textDocument.getText();
    const offsets = edits
        .map((edit) => [document.textDocument.offsetAt(edit.range.start), document.textDocument.offsetAt(edit.range.end)])
        .sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < edits.length; i++) {
        if (!inDocument(document, edits[i].range))
            failures.push({ stage, message: `edit outside the document: ${JSON.stringify(edits[i].range)}` });
        if (i > 0 && offsets[i][0] < offsets[i - 1][1]) failures.push({ stage, message: 'overlapping edits' });
    }
    const lexer = sla.parser.Lexer;
    const before = lexer.tokenize(text);
    if (before.errors.length > 0 || document.parseResult.parserErrors.length > 0) return;
    const after = TextDocument.applyEdits(TextDocument.create('memory:/x.sla', 'sla', 0, text), edits);
    const images = (t: string) => {
        const r = lexer.tokenize(t);
        return [...r.tokens, ...r.hidden]
            .filter((tk) => tk.tokenType.name !== 'WS')
            .sort((a, b) => a.startOffset - b.startOffset)
            .map((tk) => tk.image);
    };
    const a = images(text);
    const b = images(after);
    if (a.join('\u0000') !== b.join('\u0000')) {
        const index = a.findIndex((image, i) => image !== b[i]);
        failures.push({
            stage,
            message: `formatting changed the text beyond whitespace at token ${index}: ${JSON.stringify(a[index])} → ${JSON.stringify(b[index])}`,
        });
    }
}
