/**
 * One version of the agreement as the comparison reads it: the plain-data model that the JSON and
 * the contract text are written from (inheritance resolved, durations in seconds), and the
 * document's own way of writing percentages, so that `99.0%` is shown as the author wrote it.
 */
import type { SlaJson, TierJson } from '../generator/json-types.js';

export interface Side {
    sla: SlaJson;
    percent: (value: number) => string;
}

export interface TierScope {
    side: Side;
    tier: TierJson;
}
