/** Section 4: per tier, the credit schedule worded as published SLAs word it, and the cap. */
import { intervalShape } from '../../../domain/bracket-wording.js';
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN, type Interval } from '../../../domain/interval.js';
import type { AvailabilityBracketJson, LatencyBracketJson, MoneyOrShareJson, TierJson } from '../../json-types.js';
import { paragraph, subheading, table, type BlockDraft, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author } from '../wording.js';

/** A bracket's interval again, with Infinity for the sides that JSON writes as null. */
export function interval(b: Pick<AvailabilityBracketJson, 'min' | 'minInclusive' | 'max' | 'maxInclusive'>): Interval {
    return {
        min: b.min ?? -Infinity,
        minInclusive: b.minInclusive,
        max: b.max ?? Infinity,
        maxInclusive: b.maxInclusive,
    };
}

const yes = (inclusive: boolean) => (inclusive ? 'yes' : 'no');

/** "Less than 99.9% but equal to or greater than 99.5%". */
export function bracketWords(c: ContractContext, i: Interval, format: (v: number) => string, domain: Interval): Inline[] {
    const shape = intervalShape(i, domain);
    const { words } = c;
    switch (shape.kind) {
        case 'exactly':
            return words.say('bracket.exactly', { value: format(shape.value) });
        case 'any':
            return words.say('bracket.any');
        case 'upper':
            return words.say('bracket.upper', { inclusive: yes(shape.maxInclusive), max: format(shape.max) });
        case 'lower':
            return words.say('bracket.lower', { inclusive: yes(shape.minInclusive), min: format(shape.min) });
        case 'between':
            return words.say('bracket.between', {
                maxInclusive: yes(shape.maxInclusive),
                max: format(shape.max),
                minInclusive: yes(shape.minInclusive),
                min: format(shape.min),
            });
    }
}

function tiersWithCredits(c: ContractContext): TierJson[] {
    return c.sla.tiers.filter((t) => t.credits !== null && t.credits.brackets.length > 0);
}

/** Whether any tier earns Service Credits: the term and the Monthly Fee are defined only then. */
export function hasCredits(c: ContractContext): boolean {
    return tiersWithCredits(c).length > 0;
}

export const serviceCredits: SectionBuilder = {
    id: 'credits',
    title: 'credits.title',
    build: (c) => {
        const { words } = c;
        const withCredits = tiersWithCredits(c);
        if (withCredits.length === 0) return [paragraph(words.say('credits.none'))];
        // The one rule of entitlement, stated once: a claim is a condition only where the source sets out claims.
        const content: BlockDraft[] = [
            paragraph(
                words.say('credits.intro', {
                    uptime: c.uptime,
                    noun: c.noun,
                    period: c.period,
                    commitment: c.section('commitment'),
                    claims: c.sla.claims === null ? 'no' : 'yes',
                    claimsSection: c.section('claims'),
                }),
            ),
        ];
        for (const tier of withCredits) content.push(...tierSchedule(c, tier));
        const without = c.sla.tiers.filter((t) => !withCredits.includes(t)).map((t) => t.name);
        if (without.length > 0) {
            content.push(paragraph(words.say('credits.withoutTiers', { count: without.length, tiers: [author(words.names(without))] })));
        }
        return content;
    },
};

function tierSchedule(c: ContractContext, tier: TierJson): BlockDraft[] {
    const { words } = c;
    const credits = tier.credits!;
    const content: BlockDraft[] = [subheading([author(tier.name)])];
    const writtenBounds = c.written.tiers.get(tier.name)?.brackets ?? [];
    const availability = credits.brackets.filter((b): b is AvailabilityBracketJson => b.metric === 'availability');
    if (availability.length > 0) {
        content.push(
            table(
                [words.say('period.uptime', { period: c.period }), words.say('credits.column')],
                availability.map((b) => {
                    const written = writtenBounds[credits.brackets.indexOf(b)];
                    const percent = (v: number) => localWritten(c, written?.percents.get(v)) ?? c.percent(v);
                    return [bracketWords(c, interval(b), percent, AVAILABILITY_DOMAIN), creditCell(c, b, written?.credit)];
                }),
            ),
        );
    }
    const latency = credits.brackets.filter((b): b is LatencyBracketJson => b.metric === 'latency');
    for (const p of [...new Set(latency.map((b) => b.percentile))]) {
        const percentile = words.percentile(p);
        content.push(
            paragraph(words.say('credits.latencyIntro', { percentile, noun: c.noun, period: c.period })),
            table(
                [words.say('commitment.latency', { percentile }), words.say('credits.column')],
                latency
                    .filter((b) => b.percentile === p)
                    .map((b) => {
                        const written = writtenBounds[credits.brackets.indexOf(b)];
                        return [
                            bracketWords(c, interval(b), (s) => words.latency(s, written?.durations.get(s)), LATENCY_DOMAIN),
                            creditCell(c, b, written?.credit),
                        ];
                    }),
            ),
        );
    }
    const writtenCap = c.written.tiers.get(tier.name)?.cap;
    const caps: Inline[][] = [];
    if (credits.cap !== null)
        caps.push(words.say('credits.cap', { noun: c.noun, period: c.period, cap: localWritten(c, writtenCap) ?? c.percent(credits.cap) }));
    if (credits.periodCap)
        caps.push(words.say('credits.periodCap', { noun: c.noun, period: c.period, cap: capWords(c, credits.periodCap) }));
    if (credits.annualCap) caps.push(words.say('credits.annualCap', { cap: capWords(c, credits.annualCap) }));
    content.push(paragraph(caps.length === 0 ? words.say('credits.uncapped') : words.sentences(...caps)));
    return content;
}

/** `USD 120,000.00`, `10% of the annual fee`. */
function capWords(c: ContractContext, cap: MoneyOrShareJson): string {
    if (cap.amount !== null) return c.words.money(cap.amount, cap.currency);
    const share = c.percent(cap.percent ?? 0);
    return cap.fee === 'annual'
        ? c.words.text('credits.shareOfAnnualFee', { share })
        : c.words.text('credits.shareOfMonthlyFee', { share });
}

/** `10%`, `5% of the annual fee`, or a fixed amount in the one money style (`USD 100.00`). */
function creditCell(c: ContractContext, b: AvailabilityBracketJson | LatencyBracketJson, written?: string | null): Inline[] | string {
    if (b.amount) return c.words.money(b.amount.value, b.amount.currency);
    const share = localWritten(c, written) ?? c.percent(b.credit ?? 0);
    return b.fee === 'annual' ? c.words.say('credits.shareOfAnnualFee', { share }) : share;
}

/** A percentage as the author wrote it (`99.0%`), in the catalog's locale (`99,0 %` in Russian). */
export function localWritten(c: ContractContext, written: string | null | undefined): string | undefined {
    return written ? c.words.percent(written) : undefined;
}
