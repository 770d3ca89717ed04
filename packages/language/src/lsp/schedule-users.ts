import type { Agreement, Credits } from '../generated/ast.js';
import { effectiveTiers, tierViews, type EffectiveTier } from '../model/effective-tiers.js';
import { tierOf } from '../model/owners.js';
import { agreementOf } from '../model/schedules.js';

/** A tier whose effective credit schedule is a given `credits` block, with its effective price. */
export interface ScheduleUser {
    tier: EffectiveTier;
    /** The monthly price the credits are paid on, and the tier that wrote it. */
    price?: { amount: number; from: string };
}

/**
 * Every tier that pays credits by this schedule: the tier that writes it, then, in declaration
 * order, the tiers that inherit it unchanged. Each may have its own price, so a 10% credit is a
 * different amount for each of them.
 */
export function scheduleUsers(credits: Credits): ScheduleUser[] {
    const agreement: Agreement = agreementOf(credits);
    const owner = tierOf(credits);
    const users: ScheduleUser[] = [];
    for (const tier of effectiveTiers(agreement).values()) {
        // A schedule in a service block pays for that service only; the tier's price is the same for all.
        if (!tierViews(tier).some((view) => view.clauses.credits?.value === credits)) continue;
        const price = tier.clauses.price;
        const user: ScheduleUser = {
            tier,
            price: price && Number.isFinite(price.value.amount) ? { amount: price.value.amount, from: price.from } : undefined,
        };
        if (tier.node === owner) users.unshift(user);
        else users.push(user);
    }
    return users;
}
