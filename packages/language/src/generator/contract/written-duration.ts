/** A duration as the author wrote it: the figure's own digits and the unit word or symbol. */
import { GrammarUtils } from 'langium';
import type { Duration } from '../../generated/ast.js';

/** `{ number: '7', unit: 'days' }`: the figure's own digits and the unit word or symbol used. */
export interface WrittenDuration {
    number: string;
    unit: string;
}

export function written(duration: Duration | undefined): WrittenDuration | null {
    if (!duration || !duration.unit || !Number.isFinite(duration.value)) return null;
    const number = duration.$cstNode ? GrammarUtils.findNodeForProperty(duration.$cstNode, 'value')?.text : undefined;
    return { number: number ?? String(duration.value), unit: duration.unit };
}
