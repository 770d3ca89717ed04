import { GrammarUtils, type CstNode, type LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';
import type { Agreement, Calendar, Measurement } from '../generated/ast.js';

/**
 * Skeletons of the blocks a document lacks (`missing-claims`, `missing-period`, `missing-block`),
 * inserted where an author would write them: header clauses and `measurement` at the top of the
 * agreement, `tier` and `claims` at the end, each indented like the clauses around it.
 */
const SKELETONS: Readonly<Record<string, { lines: string[]; at: 'top' | 'end'; title: string }>> = {
    claims: {
        at: 'end',
        title: 'Add a claims block',
        lines: [
            'claims {',
            '\twindow 30 days',
            '\tapplied-to next-invoice',
            '\tverification "Claims are verified against the provider\'s monitoring data"',
            '}',
        ],
    },
    measurement: {
        at: 'top',
        title: 'Add a measurement block with a monthly period',
        lines: ['measurement {', '\tperiod monthly', '\tdowntime "A minute in which the service does not answer"', '}'],
    },
    provider: { at: 'top', title: 'Add the provider', lines: ['provider "Provider name"'] },
    currency: { at: 'top', title: 'Add the currency (USD)', lines: ['currency USD'] },
    tier: { at: 'end', title: 'Add a tier', lines: ['tier Standard {', '\tavailability 99.9%', '}'] },
};

export function skeletonTitle(block: string): string | undefined {
    return SKELETONS[block]?.title;
}

/** The indentation of the lines inside a node, from its first child, else one unit more than the node. */
function innerIndent(document: LangiumDocument, node: CstNode, children: readonly { $cstNode?: CstNode }[]): string {
    const lineOf = (position: Position): string =>
        document.textDocument.getText({ start: { line: position.line, character: 0 }, end: position });
    const child = children.find((c) => c.$cstNode)?.$cstNode;
    if (child) {
        const before = lineOf(child.range.start);
        if (before.trim() === '') return before;
    }
    const outer = /^\s*/.exec(lineOf(node.range.start))?.[0] ?? '';
    return outer + (outer.includes('\t') ? '\t' : '    ');
}

/** One indentation unit as the document uses it: a tab, or the inner indentation minus the outer. */
function indentUnit(inner: string, outer: string): string {
    return inner.length > outer.length ? inner.slice(outer.length) : '    ';
}

function restOfLineIsEmpty(document: LangiumDocument, position: Position): boolean {
    const rest = document.textDocument.getText({ start: position, end: { line: position.line + 1, character: 0 } });
    return /^\s*(\/\/.*)?\r?\n?$/.test(rest);
}

function startOfLineIsEmpty(document: LangiumDocument, position: Position): boolean {
    return document.textDocument.getText({ start: { line: position.line, character: 0 }, end: position }).trim() === '';
}

/**
 * Inserts `lines` (with `\t` for one level of nesting) inside the braces of `node`: after the
 * opening brace or before the closing one.
 */
function insertInBraces(
    document: LangiumDocument,
    node: CstNode,
    children: readonly { $cstNode?: CstNode }[],
    lines: string[],
    at: 'top' | 'end',
): TextEdit | undefined {
    const inner = innerIndent(document, node, children);
    const outer =
        /^\s*/.exec(document.textDocument.getText({ start: { line: node.range.start.line, character: 0 }, end: node.range.start }))?.[0] ??
        '';
    const unit = indentUnit(inner, outer);
    const block = lines.map((line) => inner + line.replace(/^\t+/, (tabs) => unit.repeat(tabs.length)));
    if (at === 'top') {
        const open = GrammarUtils.findNodeForKeyword(node, '{');
        if (!open) return undefined;
        const position = open.range.end;
        // On the next line when there is one (a document can end right after the brace).
        return restOfLineIsEmpty(document, position) && position.line + 1 < document.textDocument.lineCount
            ? {
                  range: { start: { line: position.line + 1, character: 0 }, end: { line: position.line + 1, character: 0 } },
                  newText: block.join('\n') + '\n',
              }
            : { range: { start: position, end: position }, newText: '\n' + block.join('\n') + '\n' + outer };
    }
    const closes = GrammarUtils.findNodesForKeyword(node, '}');
    const close = closes[closes.length - 1];
    if (!close) return undefined;
    const position = close.range.start;
    return startOfLineIsEmpty(document, position)
        ? {
              range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: 0 } },
              newText: '\n' + block.join('\n') + '\n',
          }
        : { range: { start: position, end: position }, newText: '\n' + block.join('\n') + '\n' + outer };
}

/** The edit adding a missing block to the agreement. */
export function addBlock(document: LangiumDocument<Agreement>, block: string): TextEdit | undefined {
    const agreement = document.parseResult.value;
    const skeleton = SKELETONS[block];
    if (!skeleton || !agreement.$cstNode) return undefined;
    const children = [
        ...agreement.providers,
        ...agreement.customers,
        ...agreement.effectives,
        ...agreement.terms,
        ...agreement.currencies,
        ...agreement.scopes,
        ...agreement.standards,
        ...agreement.measurements,
        ...agreement.capabilities,
        ...agreement.severityBlocks,
        ...agreement.exclusionBlocks,
        ...agreement.tiers,
        ...agreement.claims,
    ].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    return insertInBraces(document, agreement.$cstNode, children, skeleton.lines, skeleton.at);
}

/** The edit adding `period monthly` to a measurement block that has none. */
export function addPeriod(document: LangiumDocument, measurement: Measurement): TextEdit | undefined {
    const children = [...measurement.periods, ...measurement.probes, ...measurement.downtimes, ...measurement.maintenance].sort(
        (a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0),
    );
    return measurement.$cstNode && insertInBraces(document, measurement.$cstNode, children, ['period monthly'], 'top');
}

/**
 * The edit declaring a capability (`synchronous-replication`, `automatic-failover`): the first line
 * of the capabilities block, or a new block before the first tier when there is none.
 */
export function addCapability(document: LangiumDocument<Agreement>, feature: string): TextEdit | undefined {
    const agreement = document.parseResult.value;
    const block = agreement.capabilities[0];
    if (block?.$cstNode) return insertInBraces(document, block.$cstNode, block.items, [feature], 'top');
    const tier = agreement.tiers[0]?.$cstNode;
    if (!tier || !startOfLineIsEmpty(document, tier.range.start)) return undefined;
    const indent = document.textDocument.getText({ start: { line: tier.range.start.line, character: 0 }, end: tier.range.start });
    const unit = indent.includes('\t') ? '\t' : '    ';
    const lines = [`capabilities {`, `${unit}${feature}`, '}'].map((line) => indent + line);
    const at = { line: tier.range.start.line, character: 0 };
    return { range: { start: at, end: at }, newText: lines.join('\n') + '\n' };
}

/** The edit adding `days monday to friday` to a calendar that names no days. */
export function addCalendarDays(document: LangiumDocument, calendar: Calendar): TextEdit | undefined {
    const children = [...calendar.hours, ...calendar.zones, ...calendar.holidays].sort(
        (a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0),
    );
    return calendar.$cstNode && insertInBraces(document, calendar.$cstNode, children, ['days monday to friday'], 'top');
}
