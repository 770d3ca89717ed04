/**
 * Checks on SLI declarations (`sli availability ratio good "…" total "…"`) and internal objectives:
 *
 * - `sli-queries` (error): a ratio needs `total` and one of `good` or `bad`; a probe one series.
 * - `promql-syntax` (error): a query Prometheus's own grammar (`@prometheus-io/lezer-promql`) cannot
 *   read, on the first character it cannot read, inside the string.
 * - `promql-window` (warning): a ratio query without `{{window}}`: every alert window would read
 *   the same range, so the short and long windows could not disagree.
 * - `internal-not-stricter` (warning): an internal objective no stricter than the contract's, which
 *   would alert later than the contract needs.
 */
import { AstUtils, GrammarUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Availability, ErrorRate, SlaAstType, SliDeclaration, SliQuery } from '../generated/ast.js';
import { hasWindowPlaceholder, promqlSyntaxErrors } from '../domain/promql.js';
import { IssueCodes } from './issue-codes.js';
import type { FixData, QuickFix } from './quick-fix-data.js';

export function sliChecks(): ValidationChecks<SlaAstType> {
    return {
        SliDeclaration: checkSli,
        Availability: (node, accept) => checkInternal(node, accept, (internal, contract) => internal > contract, 'higher'),
        ErrorRate: (node, accept) => checkInternal(node, accept, (internal, contract) => internal < contract, 'lower'),
    };
}

function checkSli(sli: SliDeclaration, accept: ValidationAcceptor): void {
    for (const query of sli.queries) checkPromql(query, accept);
    if (!sli.source) return; // half-written: the syntax error says enough
    const roles = sli.queries.map((q) => q.role ?? 'series');
    const count = (role: string) => roles.filter((r) => r === role).length;
    if (sli.source === 'probe') {
        if (roles.length !== 1 || count('series') !== 1) {
            accept('error', 'A probe SLI takes one PromQL series of 0 and 1 (success), with no `good`, `bad` or `total`.', {
                node: sli,
                property: 'source',
                code: IssueCodes.SliQueries,
            });
        }
        return;
    }
    const numerators = count('good') + count('bad');
    if (count('total') !== 1 || numerators !== 1 || count('series') > 0) {
        accept('error', 'A ratio SLI takes `good "<promql>"` or `bad "<promql>"`, and `total "<promql>"`, each once.', {
            node: sli,
            property: 'source',
            code: IssueCodes.SliQueries,
        });
        return;
    }
    for (const query of sli.queries) {
        if (query.promql !== undefined && !hasWindowPlaceholder(query.promql)) {
            accept(
                'warning',
                'This query has no `{{window}}`: every alert window (5m to 3d) would read the same range. Write the range as `[{{window}}]`.',
                {
                    node: query,
                    property: 'promql',
                    code: IssueCodes.PromqlWindow,
                    data: { fixes: windowFixes(query) } satisfies FixData,
                },
            );
        }
    }
}

function checkPromql(query: SliQuery, accept: ValidationAcceptor): void {
    if (query.promql === undefined) return;
    const [first] = promqlSyntaxErrors(query.promql);
    if (!first) return;
    const token = GrammarUtils.findNodeForProperty(query.$cstNode, 'promql');
    const range = token && sourceRange(token.text, first.from);
    const message = `Prometheus cannot read this query${query.promql.trim() === '' ? ' (it is empty)' : ''}: ${describe(query.promql, first.from)}.`;
    if (token && range) {
        const start = token.offset + range;
        accept('error', message, {
            node: query,
            range: {
                start: offsetPosition(token, start),
                end: offsetPosition(token, Math.min(start + 1, token.end - 1)),
            },
            code: IssueCodes.PromqlSyntax,
        });
    } else {
        accept('error', message, { node: query, property: 'promql', code: IssueCodes.PromqlSyntax });
    }
}

/** What is at the failing offset, in words. */
function describe(promql: string, offset: number): string {
    if (offset >= promql.length) return 'it ends too early (an unclosed bracket, or an operator without a right-hand side?)';
    return `unexpected \`${promql.slice(offset, offset + 12).trimEnd()}\` at character ${offset + 1}`;
}

/** The offset in the string token's source text (quote and escapes included) of a value offset. */
function sourceRange(source: string, valueOffset: number): number | undefined {
    let value = 0;
    for (let i = 1; i < source.length - 1; i++) {
        if (value === valueOffset) return i;
        if (source[i] === '\\') i++;
        value++;
    }
    return value === valueOffset ? source.length - 1 : undefined;
}

/** A document position inside a one-line token (strings cannot span lines). */
function offsetPosition(token: { offset: number; range: { start: { line: number; character: number } } }, offset: number) {
    return { line: token.range.start.line, character: token.range.start.character + (offset - token.offset) };
}

function checkInternal(
    node: Availability | ErrorRate,
    accept: ValidationAcceptor,
    stricter: (internal: number, contract: number) => boolean,
    word: 'higher' | 'lower',
): void {
    if (node.internal === undefined || node.value === undefined) return;
    if (!stricter(node.internal, node.value)) {
        accept(
            'warning',
            `The internal objective should be ${word} than the contract's ${node.value}%: alerts follow it, and should fire before the contract is at risk.`,
            {
                node,
                property: 'internal',
                code: IssueCodes.InternalNotStricter,
                data: { fixes: removeInternalFixes(node) } satisfies FixData,
            },
        );
    }
}

/**
 * `[5m]` → `[{{window}}]` when the query has exactly one range, written as a plain duration; the
 * title names the range it replaces. With several ranges the author decides which is the window.
 */
function windowFixes(query: SliQuery): QuickFix[] {
    const token = GrammarUtils.findNodeForProperty(query.$cstNode, 'promql');
    if (!token) return [];
    const ranges = [...token.text.matchAll(/\[(\d+[smhdwy])\]/g)];
    if (ranges.length !== 1 || /\[[^\]]*:/.test(token.text)) return [];
    const [whole, duration] = ranges[0];
    const start = token.offset + ranges[0].index;
    const document = AstUtils.getDocument(query).textDocument;
    return [
        {
            title: `Write the range as \`[{{window}}]\` instead of \`[${duration}]\``,
            edits: [
                { range: { start: document.positionAt(start), end: document.positionAt(start + whole.length) }, newText: '[{{window}}]' },
            ],
            preferred: true,
        },
    ];
}

/** Remove `internal 99.9%` from the clause; the contract's figure stays as written. */
function removeInternalFixes(node: Availability | ErrorRate): QuickFix[] {
    const value = GrammarUtils.findNodeForProperty(node.$cstNode, 'value');
    const internal = GrammarUtils.findNodeForProperty(node.$cstNode, 'internal');
    if (!value || !internal) return [];
    return [
        {
            title: `Remove the internal objective (\`internal ${internal.text}\`)`,
            edits: [{ range: { start: value.range.end, end: internal.range.end }, newText: '' }],
            preferred: true,
        },
    ];
}
