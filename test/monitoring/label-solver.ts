/**
 * Concrete label sets for the series a scenario feeds to the rules: given the selectors of an SLI
 * ("bad" and "total" requests), find a series the bad selector matches and one only the total
 * selector matches. Values are tried from the matchers themselves and a list of common label
 * values; PromQL regexes are fully anchored, as here.
 */
import type { VectorSelectorParts } from '../../packages/language/src/domain/promql.js';

type Labels = Record<string, string>;

const COMMON = [
    '',
    '200',
    '204',
    '301',
    '404',
    '500',
    '503',
    '2xx',
    '4xx',
    '5xx',
    'ok',
    'error',
    'success',
    'failure',
    'true',
    'false',
    '0',
    '1',
    'x',
];

function matches(selector: VectorSelectorParts, labels: Labels): boolean {
    if (selector.metric !== undefined && labels.__name__ !== selector.metric) return false;
    return selector.matchers.every(({ label, op, value }) => {
        const actual = labels[label] ?? '';
        switch (op) {
            case '=':
                return actual === value;
            case '!=':
                return actual !== value;
            case '=~':
                return new RegExp(`^(?:${value})$`).test(actual);
            case '!~':
                return !new RegExp(`^(?:${value})$`).test(actual);
        }
    });
}

/** Labels satisfying every selector of `include` and none of `exclude`; undefined when none is found. */
export function solveLabels(include: VectorSelectorParts[], exclude: VectorSelectorParts[] = []): Labels | undefined {
    const names = new Set(
        include.flatMap((s) => s.matchers.map((m) => m.label)).concat(exclude.flatMap((s) => s.matchers.map((m) => m.label))),
    );
    const metric = include.find((s) => s.metric !== undefined)?.metric;
    if (metric === undefined) return undefined;
    const candidates = (label: string) => [
        ...new Set([
            ...[...include, ...exclude].flatMap((s) => s.matchers.filter((m) => m.label === label && m.op === '=').map((m) => m.value)),
            ...COMMON,
        ]),
    ];
    const labelNames = [...names].filter((n) => n !== '__name__');
    // Depth-first over the labels: few labels, few candidates.
    const search = (index: number, labels: Labels): Labels | undefined => {
        if (index === labelNames.length) {
            return include.every((s) => matches(s, labels)) && !exclude.some((s) => matches(s, labels)) ? labels : undefined;
        }
        for (const value of candidates(labelNames[index])) {
            const next = value === '' ? labels : { ...labels, [labelNames[index]]: value };
            const found = search(index + 1, next);
            if (found) return found;
        }
        return undefined;
    };
    return search(0, { __name__: metric });
}

/** A series name in promtool's notation: `metric{a="x",b="y"}`. */
export function seriesName(labels: Labels): string {
    const { __name__: name, ...rest } = labels;
    const pairs = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return pairs.length > 0 ? `${name}{${pairs.join(',')}}` : name;
}
