import { GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type {
    Agreement,
    Bracket,
    Capabilities,
    Capability,
    Claims,
    Credits,
    Exclusion,
    Exclusions,
    Measurement,
    Severities,
    Tier,
    ServiceClause,
    TierClause,
} from '../generated/ast.js';
import { BOUND_OPERATOR_WORDS } from '../domain/interval.js';
import { creditsSummary, durationText, responseText, supportText } from './clause-text.js';
import { blockSymbol, clauseSymbol as v2ClauseSymbol, namedBlockSymbol } from './new-clause-symbols.js';

/**
 * The outline: the agreement, its clauses and blocks in the order written, each tier with its
 * clauses (a credit schedule with its brackets), the severities. Names are what an author would
 * search for (`Premium`, `response critical`, `credit 5%`), details the values.
 */
export class SlaDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const agreement = document.parseResult.value as Agreement;
        if (!agreement.$cstNode) return [];
        return [
            symbol(
                agreement,
                agreement.name || 'agreement',
                SymbolKind.Module,
                'service level agreement',
                agreementChildren(agreement),
                'name',
            ),
        ];
    }
}

function symbol(
    node: AstNode,
    name: string | undefined,
    kind: SymbolKind,
    detail: string | undefined,
    children: DocumentSymbol[] = [],
    nameProperty?: string,
): DocumentSymbol {
    const range = node.$cstNode!.range;
    const nameNode = nameProperty ? GrammarUtils.findNodeForProperty(node.$cstNode, nameProperty) : undefined;
    const first = node.$cstNode!;
    return {
        name: name?.trim() || '?',
        kind,
        detail,
        range,
        // The selection must lie inside the range: the name when there is one, else the first token.
        selectionRange: nameNode?.range ?? { start: first.range.start, end: first.range.start },
        children: children.length > 0 ? children : undefined,
    };
}

/** Children sorted by where they are written: the AST groups clauses by kind, the outline must not. */
function inSourceOrder(symbols: Array<DocumentSymbol | undefined>): DocumentSymbol[] {
    return symbols
        .filter((s): s is DocumentSymbol => s !== undefined)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A number of the document, or `?` while it is still being typed. */
function shown(value: number | undefined): string {
    return value !== undefined && Number.isFinite(value) ? String(value) : '?';
}

function written(node: AstNode, property: string): string {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? '';
}

function withCst<T extends AstNode>(nodes: readonly T[], make: (node: T) => DocumentSymbol): DocumentSymbol[] {
    return nodes.filter((node) => node.$cstNode).map(make);
}

function agreementChildren(a: Agreement): DocumentSymbol[] {
    const property = SymbolKind.Property;
    return inSourceOrder([
        ...withCst(a.providers, (n) => symbol(n, 'provider', property, n.party)),
        ...withCst(a.customers, (n) => symbol(n, 'customer', property, n.party)),
        ...withCst(a.effectives, (n) => symbol(n, 'effective', property, n.date)),
        ...withCst(a.terms, (n) => symbol(n, 'term', property, `${shown(n.length)} ${n.unit ?? '?'}`)),
        ...withCst(a.currencies, (n) => symbol(n, 'currency', property, n.code)),
        ...withCst(a.scopes, (n) => symbol(n, 'scope', property, n.text)),
        ...withCst(a.timeZones, (n) => symbol(n, 'time-zone', property, n.zone)),
        ...withCst(a.languages, (n) => symbol(n, 'language', property, n.code)),
        ...withCst(a.services, (n) =>
            namedBlockSymbol(
                n,
                'service',
                inSourceOrder([
                    ...withCst(n.regions, v2ClauseSymbol),
                    ...withCst(n.units, v2ClauseSymbol),
                    ...withCst(n.slis, v2ClauseSymbol),
                ]),
            ),
        ),
        ...withCst(a.calendars, (n) =>
            namedBlockSymbol(
                n,
                'calendar',
                inSourceOrder([n.days, n.hours, n.zones, n.holidays].flatMap((list) => withCst<AstNode>(list, v2ClauseSymbol))),
            ),
        ),
        ...withCst(a.holidayLists, (n) =>
            namedBlockSymbol(
                n,
                'holidays',
                withCst(n.days, (day) => symbol(day, day.date, SymbolKind.Event, day.name)),
            ),
        ),
        ...withCst(a.measurements, measurementSymbol),
        ...withCst(a.capabilities, capabilitiesSymbol),
        ...withCst(a.severityBlocks, severitiesSymbol),
        ...withCst(a.definitionBlocks, (n) => blockSymbol(n, 'definitions', withCst(n.terms, v2ClauseSymbol))),
        ...withCst(a.dutyBlocks, (n) => blockSymbol(n, 'duties', withCst(n.items, v2ClauseSymbol))),
        ...withCst(a.exclusionBlocks, exclusionsSymbol),
        ...withCst(a.tiers, tierSymbol),
        ...withCst(a.claims, claimsSymbol),
    ]);
}

function measurementSymbol(m: Measurement): DocumentSymbol {
    const property = SymbolKind.Property;
    return symbol(
        m,
        'measurement',
        SymbolKind.Object,
        m.periods[0]?.value,
        inSourceOrder([
            ...withCst(m.periods, (n) => symbol(n, 'period', property, n.value)),
            ...withCst(m.probes, (n) =>
                symbol(
                    n,
                    'probe',
                    property,
                    `every ${durationText(n.interval)} from ${shown(n.locations)} location${n.locations === 1 ? '' : 's'}`,
                ),
            ),
            ...withCst(m.downtimes, (n) => symbol(n, 'downtime', property, n.text)),
            ...withCst(m.maintenance, (n) => symbol(n, 'maintenance', property, n.mode)),
            ...[
                m.partialMinutes,
                m.firstPeriods,
                m.minimumOutages,
                m.errorRateIntervals,
                m.missingData,
                m.dataSources,
                m.measuredHours,
            ].flatMap((list) => withCst<AstNode>(list, v2ClauseSymbol)),
        ]),
    );
}

function capabilitySymbol(c: Capability): DocumentSymbol {
    switch (c.$type) {
        case 'FeatureCapability':
            return symbol(c, c.feature, SymbolKind.Property, undefined);
        case 'OnCall':
            return symbol(c, 'on-call', SymbolKind.Property, c.coverage);
        case 'ObservedAvailability':
            return symbol(c, 'observed availability', SymbolKind.Property, written(c, 'value'));
        case 'ObservedLatency':
            return symbol(c, 'observed latency', SymbolKind.Property, `${c.percentile ?? '?'} ${durationText(c.value)}`);
    }
}

function capabilitiesSymbol(c: Capabilities): DocumentSymbol {
    return symbol(c, 'capabilities', SymbolKind.Object, undefined, withCst(c.items, capabilitySymbol));
}

function severitiesSymbol(s: Severities): DocumentSymbol {
    return symbol(
        s,
        'severities',
        SymbolKind.Enum,
        undefined,
        withCst(s.levels, (level) => symbol(level, level.name, SymbolKind.EnumMember, level.description, [], 'name')),
    );
}

function exclusionSymbol(e: Exclusion): DocumentSymbol {
    switch (e.$type) {
        case 'MaintenanceWindow':
            return symbol(e, 'scheduled-maintenance', SymbolKind.Event, e.window);
        case 'StandardExclusion':
            return symbol(e, e.kind, SymbolKind.Event, e.description);
        case 'CustomExclusion':
            return symbol(e, e.description, SymbolKind.Event, undefined);
    }
}

function exclusionsSymbol(e: Exclusions): DocumentSymbol {
    return symbol(e, 'exclusions', SymbolKind.Object, undefined, withCst(e.items, exclusionSymbol));
}

function tierSymbol(t: Tier): DocumentSymbol {
    const detail = t.parent ? `tier extends ${t.parent.$refText || '?'}` : 'tier';
    return symbol(t, t.name, SymbolKind.Class, detail, withCst(t.clauses, clauseSymbol), 'name');
}

function clauseSymbol(c: TierClause | ServiceClause): DocumentSymbol {
    const field = SymbolKind.Field;
    switch (c.$type) {
        case 'Price':
            return symbol(c, 'price', field, `${written(c, 'amount') || '?'} per month`);
        case 'Availability':
            return symbol(c, 'availability', field, written(c, 'value'));
        case 'Latency':
            return symbol(c, `latency ${c.percentile ?? '?'}`, field, durationText(c.target));
        case 'Support':
            return symbol(c, 'support', field, supportText(c));
        case 'Response':
            return symbol(c, `response ${c.severity?.$refText || '?'}`, field, responseText(c));
        case 'Credits':
            return creditsSymbol(c);
        case 'ServiceTerms':
            return blockSymbol(
                c,
                `service ${c.service?.$refText || '?'}`,
                withCst(c.clauses, (inner) => clauseSymbol(inner)),
            );
        default:
            return v2ClauseSymbol(c);
    }
}

function creditsSymbol(c: Credits): DocumentSymbol {
    return symbol(
        c,
        'credits',
        SymbolKind.Object,
        creditsSummary(c),
        inSourceOrder([
            ...withCst(c.brackets, bracketSymbol),
            ...withCst(c.caps, (cap) => symbol(cap, 'cap', SymbolKind.Field, written(cap, 'value'))),
        ]),
    );
}

function bracketSymbol(b: Bracket): DocumentSymbol {
    const metric =
        b.metric?.$type === 'LatencyMetric'
            ? `latency ${b.metric.percentile ?? '?'}`
            : b.metric?.$type === 'MissedResponse'
              ? `response missed for ${b.metric.severity?.$refText || '?'}`
              : (b.metric?.kind ?? 'availability');
    // A bound being typed may lack its operator or value: show `?` rather than nothing.
    const bounds = b.bounds.map(
        (bound) =>
            `${(bound.op && BOUND_OPERATOR_WORDS[bound.op]) || '?'} ${bound.duration ? durationText(bound.duration) : written(bound, 'percent') || '?'}`,
    );
    const credit = b.amount !== undefined ? `${written(b, 'amount') || '?'} ${b.currency ?? ''}`.trim() : written(b, 'credit') || '?';
    const share = b.fee ? ` of ${b.fee} fee` : '';
    return symbol(b, `credit ${credit}${share}`, SymbolKind.Field, `when ${metric}${bounds.length > 0 ? ` ${bounds.join(' and ')}` : ''}`);
}

function claimsSymbol(c: Claims): DocumentSymbol {
    const property = SymbolKind.Property;
    return symbol(
        c,
        'claims',
        SymbolKind.Object,
        undefined,
        inSourceOrder([
            ...withCst(c.windows, (n) => symbol(n, 'window', property, durationText(n.length))),
            ...withCst(c.applications, (n) => symbol(n, 'applied-to', property, n.method)),
            ...withCst(c.verifications, (n) => symbol(n, 'verification', property, n.text)),
            ...[c.contents, c.minimums, c.creditTerms].flatMap((list) => withCst<AstNode>(list, v2ClauseSymbol)),
        ]),
    );
}
