/**
 * PromQL as the SLI declarations write it: a `{{window}}` placeholder where the alerts put their
 * range, checked with Prometheus's own grammar (`@prometheus-io/lezer-promql`, the parser of
 * Prometheus's web UI) and printed with exact numbers and safely quoted label values.
 */
import { parser } from '@prometheus-io/lezer-promql';
import { exactDecimal, type Rational } from './exact.js';

const PLACEHOLDER = /\{\{\s*window\s*\}\}/g;

/** The query with its ranges filled in: `rate(x[{{window}}])` → `rate(x[5m])`. */
export function withWindow(query: string, window: string): string {
    return query.replace(PLACEHOLDER, window);
}

/** Whether the query has a `{{window}}` placeholder. */
export function hasWindowPlaceholder(query: string): boolean {
    return query.search(PLACEHOLDER) >= 0;
}

export interface PromqlSyntaxError {
    /** Offsets into the query as written (placeholder included). */
    readonly from: number;
    readonly to: number;
}

/**
 * Where Prometheus's grammar fails to read the query. The placeholder is replaced by a duration
 * of the same length (`{{window}}` → `999999999s`), so offsets stay those of the text as written.
 */
export function promqlSyntaxErrors(query: string): PromqlSyntaxError[] {
    const text = query.replace(PLACEHOLDER, (p) => '9'.repeat(p.length - 1) + 's');
    const errors: PromqlSyntaxError[] = [];
    parser.parse(text).iterate({
        enter(node) {
            if (node.type.isError) errors.push({ from: node.from, to: Math.max(node.to, node.from) });
        },
    });
    return errors;
}

/** Whether the whole query is one vector selector (`probe_success{job="api"}`), with no function around it. */
export function isVectorSelector(query: string): boolean {
    const top = parser.parse(query).topNode.firstChild;
    return top?.type.name === 'VectorSelector' && top.from === 0 && top.to === query.trim().length;
}

/** A PromQL string literal: double quotes, with backslashes, quotes and line breaks escaped. */
export function promString(value: string): string {
    return JSON.stringify(value);
}

/** A label matcher list `{a="x",b="y"}` in the order given. */
export function matchers(labels: ReadonlyArray<readonly [string, string]>): string {
    return `{${labels.map(([name, value]) => `${name}=${promString(value)}`).join(',')}}`;
}

/**
 * An exact number for PromQL: its decimal digits when it has a finite expansion (0.0144), else a
 * division Prometheus evaluates to the nearest double (`(91 / 30000)`): never a rounded print.
 */
export function promNumber(value: Rational): string {
    return exactDecimal(value) ?? `(${value.num} / ${value.den})`;
}

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface VectorSelectorParts {
    /** The metric name, or undefined for a selector of matchers only (`{__name__=~"…"}`). */
    readonly metric?: string;
    readonly matchers: ReadonlyArray<{ readonly label: string; readonly op: MatchOp; readonly value: string }>;
}

/** Every vector selector of a query (placeholder filled with `5m`), in the order written. */
export function vectorSelectors(query: string): VectorSelectorParts[] {
    const text = withWindow(query, '5m');
    const selectors: VectorSelectorParts[] = [];
    parser.parse(text).iterate({
        enter(node) {
            if (node.type.name !== 'VectorSelector') return;
            let metric: string | undefined;
            const found: Array<{ label: string; op: MatchOp; value: string }> = [];
            const cursor = node.node.cursor();
            cursor.iterate((child) => {
                const slice = (n: { from: number; to: number }) => text.slice(n.from, n.to);
                if (child.type.name === 'Identifier' && child.node.parent?.type.name === 'VectorSelector') metric = slice(child);
                if (child.type.name === 'UnquotedLabelMatcher') {
                    const label = child.node.getChild('LabelName');
                    const op = child.node.getChild('MatchOp');
                    const value = child.node.getChild('StringLiteral');
                    if (label && op && value) {
                        found.push({
                            label: slice(label),
                            op: slice(op) as MatchOp,
                            value: JSON.parse(slice(value).replace(/^'|'$/g, '"')) as string,
                        });
                    }
                    return false;
                }
                return undefined;
            });
            selectors.push({ metric, matchers: found });
            return false;
        },
    });
    return selectors;
}
