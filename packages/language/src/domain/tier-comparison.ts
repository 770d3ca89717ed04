/**
 * What a tier promises compared with the tier it extends (§5 `tier-weaker`): a lower availability,
 * a slower response for the same severity, or a lower cap on credits. Plain data: percentages and
 * response times in seconds, by severity name.
 */

export interface TierPromises {
    availability?: number;
    /** Response time in seconds, by severity. */
    responses: Readonly<Record<string, number>>;
    /** Cap on credits in percent of the monthly fee; undefined when credits are uncapped. */
    cap?: number;
}

export type Weakening =
    | { kind: 'availability'; child: number; parent: number }
    | { kind: 'response'; severity: string; child: number; parent: number }
    | { kind: 'cap'; child: number; parent: number };

/**
 * Every way the child promises less than its parent. An uncapped schedule is never weaker than a
 * capped one, and a promise only one side makes is not compared.
 */
export function weakerPromises(child: TierPromises, parent: TierPromises): Weakening[] {
    const found: Weakening[] = [];
    if (child.availability !== undefined && parent.availability !== undefined && child.availability < parent.availability) {
        found.push({ kind: 'availability', child: child.availability, parent: parent.availability });
    }
    for (const [severity, time] of Object.entries(child.responses)) {
        const before = parent.responses[severity];
        if (before !== undefined && time > before) found.push({ kind: 'response', severity, child: time, parent: before });
    }
    if (child.cap !== undefined && parent.cap !== undefined && child.cap < parent.cap) {
        found.push({ kind: 'cap', child: child.cap, parent: parent.cap });
    }
    return found;
}
