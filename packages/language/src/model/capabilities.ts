import type { Agreement, ObservedAvailability, ObservedLatency, OnCall } from '../generated/ast.js';
import { memoized } from './memoized.js';

/** What the `capabilities` blocks declare, gathered once per agreement for the realism and support checks. */
export interface DeclaredCapabilities {
    /** `multi-region`, `automatic-failover`, `on-call 24x7`, as §5 names them. */
    names: Set<string>;
    onCall24x7?: OnCall;
    observedAvailability?: ObservedAvailability;
    /** Observed latency by percentile (`p95`); the first one written wins. */
    observedLatency: Map<string, ObservedLatency>;
}

/** Gathered once per agreement. */
export const declaredCapabilities: (agreement: Agreement) => DeclaredCapabilities = memoized((agreement) => {
    const declared: DeclaredCapabilities = { names: new Set(), observedLatency: new Map() };
    for (const item of agreement.capabilities.flatMap((block) => block.items)) {
        switch (item.$type) {
            case 'FeatureCapability':
                declared.names.add(item.feature);
                break;
            case 'OnCall':
                if (item.coverage === '24x7') {
                    declared.names.add('on-call 24x7');
                    declared.onCall24x7 ??= item;
                }
                break;
            case 'ObservedAvailability':
                declared.observedAvailability ??= item;
                break;
            case 'ObservedLatency':
                if (!declared.observedLatency.has(item.percentile)) declared.observedLatency.set(item.percentile, item);
                break;
        }
    }
    return declared;
});
