import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Large and odd documents for the robustness tests, made from the clean example so that they are
 * valid SLA (the checks and generators run in full, not just the parser's error path).
 */
const acme = readFileSync(fileURLToPath(new URL('../../examples/acme-tiers.sla', import.meta.url)), 'utf8');

/** One tier of 15 lines, named by its index, extending the previous one now and then. */
function tier(index: number): string {
    const parent = index % 4 === 0 ? '' : ` extends T${index - 1}`;
    return `
    tier T${index}${parent} {
        price ${1000 + index} per month
        availability 99.9%
        latency p95 300 ms "API requests, tier ${index}"
        support business-hours 09:00-17:00 customer-local
        response critical within 4 h
        response high within 8 h
        credits {
            credit 5%  when availability below 99.9% and at least 99.5%
            credit 10% when availability below 99.5% and at least 99.0%
            credit 25% when availability below 99.0%
            cap 25% of monthly fee
        }
    }
`;
}

/**
 * The clean example with `count` more tiers before its closing brace, rounded up to whole chains of
 * four: a tier left alone at the end would be a product of its own, costlier than Premium and
 * promising less (`tier-weaker`), and the document would not be clean.
 */
export function manyTiers(count: number): string {
    const end = acme.lastIndexOf('}');
    const tiers = Array.from({ length: Math.ceil(count / 4) * 4 }, (_, i) => tier(i)).join('');
    return acme.slice(0, end) + tiers + acme.slice(end);
}

/** The clean example grown with tiers to at least `lines` lines. */
export function withLines(lines: number): string {
    const perTier = tier(1).split('\n').length - 1;
    const base = acme.split('\n').length;
    return manyTiers(Math.max(0, Math.ceil((lines - base) / perTier)));
}

/** The clean example grown with tiers to at least `bytes` bytes (UTF-16 code units, ASCII here). */
export function withBytes(bytes: number): string {
    let count = Math.max(0, Math.ceil((bytes - acme.length) / tier(999).length));
    let text = manyTiers(count);
    while (text.length < bytes) {
        count = Math.ceil((count * bytes) / text.length) + 1;
        text = manyTiers(count);
    }
    return text;
}

export const cleanExample = acme;
