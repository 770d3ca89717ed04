import { isCompositeCstNode, isLeafCstNode, type CstNode } from 'langium';
import type { Agreement, Bracket, Cap, Credits, Duration, Termination } from '../generated/ast.js';
import { toSeconds } from '../domain/duration.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, formatPercent, intervalFromBounds, type Bound, type Interval } from '../domain/interval.js';
import type { CreditBracket } from '../domain/credit.js';
import type { PeriodKind } from '../domain/period.js';
import { memoized } from './memoized.js';

/** Seconds of a written duration; undefined for the ambiguous `m` or a half-parsed duration. */
export function durationSeconds(duration: Duration | undefined): number | undefined {
    return duration && Number.isFinite(duration.value) ? toSeconds(duration.value, duration.unit) : undefined;
}

/** The measurement period; monthly when missing (which is reported as `missing-period`). */
export function agreementPeriod(agreement: Agreement): PeriodKind {
    return (agreement.measurements[0]?.periods[0]?.value as PeriodKind | undefined) ?? 'monthly';
}

/** A credit bracket or a termination right: a metric and its bounds. */
export type BoundedClause = Pick<Bracket | Termination, 'metric' | 'bounds'>;

export function bracketBounds(bracket: BoundedClause): Bound[] {
    const bounds: Bound[] = [];
    for (const bound of bracket.bounds) {
        const value = bracket.metric?.kind === 'latency' ? durationSeconds(bound.duration) : bound.percent;
        if (value !== undefined && bound.op) bounds.push({ op: bound.op, value });
    }
    return bounds;
}

export function bracketInterval(bracket: BoundedClause): Interval {
    // Error rate is a share of requests, 0%–100%, like availability; a missed response has no bounds.
    const domain = bracket.metric?.kind === 'latency' ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN;
    return intervalFromBounds(bracketBounds(bracket), domain);
}

/** The schedule's brackets as the credit arithmetic sees them, paired with their AST nodes. */
export function creditBrackets(credits: Credits): Array<{ node: Bracket; bracket: CreditBracket }> {
    return credits.brackets.map((node) => ({
        node,
        bracket: {
            credit: node.amount === undefined ? node.credit : undefined,
            amount: node.amount,
            fee: node.fee === 'annual' ? 'annual' : 'monthly',
            interval: bracketInterval(node),
            metric: (node.metric?.kind ?? 'availability') as CreditBracket['metric'],
        },
    }));
}

/** The per-period caps of a schedule (those without `per year`), first written first. */
export function periodCaps(credits: Credits): Cap[] {
    return credits.caps.filter((cap) => cap.per !== 'year');
}

/** The annual caps of a schedule (`per year`). */
export function annualCaps(credits: Credits): Cap[] {
    return credits.caps.filter((cap) => cap.per === 'year');
}

/**
 * The schedule's per-period cap in percent of the monthly fee, if written as such (`cap 30%`,
 * `cap 30% of monthly fee`); a cap of the annual fee or a fixed amount is not a share of the monthly fee.
 */
export function creditCap(credits: Credits): number | undefined {
    const cap = periodCaps(credits)[0];
    return cap && cap.amount === undefined && cap.fee !== 'annual' ? cap.value : undefined;
}

/**
 * Formats a percentage the way the document wrote it (`99.0%` stays `99.0%`, as published SLAs
 * print it), falling back to the shortest form for values the document does not contain.
 */
export function percentFormatter(agreement: Agreement): (value: number) => string {
    // The table is built when the first value is formatted, not when the formatter is made: checks
    // make one up front but need it only for a message, and most documents have nothing to report.
    return (value) => writtenPercentTable(agreement).get(value) ?? formatPercent(value);
}

const writtenPercentTable = memoized((agreement: Agreement) =>
    writtenTable(agreement, (node) =>
        isLeafCstNode(node) && node.tokenType.name === 'PERCENT' ? [Number(node.text.slice(0, -1)), node.text] : undefined,
    ),
);

/**
 * A table from values to the text that first wrote them in the document. Callers keep it per
 * agreement with `memoized` (the AST is rebuilt on every change, so the agreement node is a safe key).
 */
export function writtenTable(
    agreement: Agreement,
    entryOf: (node: CstNode) => [value: number, text: string] | undefined,
): Map<number, string> {
    const table = new Map<number, string>();
    forEachCstNode(agreement.$cstNode, (node) => {
        const entry = entryOf(node);
        if (entry && !table.has(entry[0])) table.set(entry[0], entry[1]);
    });
    return table;
}

/**
 * Every node of a concrete syntax tree, depth first in document order. A plain recursion over
 * the children: several times faster than `CstUtils.streamCst`, which matters for tables built
 * from a whole document of tens of thousands of lines.
 */
export function forEachCstNode(node: CstNode | undefined, visit: (node: CstNode) => void): void {
    if (!node) return;
    visit(node);
    if (isCompositeCstNode(node)) {
        for (const child of node.content) forEachCstNode(child, visit);
    }
}
