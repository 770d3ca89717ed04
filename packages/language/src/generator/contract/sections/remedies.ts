/**
 * Section 9 (only when used): the remedies of language v2 that section 4 does not table: credits
 * on error rate and for missed responses, schedules of a service, caps of the annual fee or in
 * money and per year, termination rights, and the terms of credits (sole remedy, transfer, cash,
 * termination, minimum, what a claim contains, when the claim window starts).
 */
import { AVAILABILITY_DOMAIN, LATENCY_DOMAIN } from '../../../domain/interval.js';
import type { BracketJson, CreditsJson, MoneyOrShareJson, TerminationJson, TierJson } from '../../json-types.js';
import { clauses, paragraph, table, value, type BlockDraft, type ContractContext, type SectionBuilder } from '../context.js';
import type { Inline } from '../types.js';
import { author } from '../wording.js';
import { bracketWords, interval } from './credits.js';
import { endSentence } from './author-text.js';

/** The unit a termination right counts in when the source says `periods`: the agreement's own period. */
const PERIOD_UNIT: Readonly<Record<ContractContext['period'], 'month' | 'quarter' | 'year'>> = {
    monthly: 'month',
    quarterly: 'quarter',
    yearly: 'year',
};

export const remedies: SectionBuilder = {
    id: 'remedies',
    title: 'remedies.title',
    optional: true,
    build: (c) => {
        const blocks: BlockDraft[] = [];
        for (const tier of c.sla.tiers) {
            if (tier.credits) blocks.push(...scheduleTerms(c, tier, undefined, tier.credits));
            for (const service of tier.services ?? []) {
                // A service's own schedule (it differs from the tier-wide one) is stated in full here.
                if (
                    service.credits &&
                    service.credits !== tier.credits &&
                    JSON.stringify(service.credits) !== JSON.stringify(tier.credits)
                ) {
                    blocks.push(...serviceSchedule(c, tier, service.name, service.credits));
                }
            }
            blocks.push(...terminationTerms(c, tier, undefined, tier.termination ?? []));
            for (const service of tier.services ?? []) {
                const own = service.termination.filter(
                    (t) => !(tier.termination ?? []).some((w) => JSON.stringify(w) === JSON.stringify(t)),
                );
                blocks.push(...terminationTerms(c, tier, service.name, own));
            }
        }
        blocks.push(...creditTerms(c));
        return blocks;
    },
};

type Scope = { tier: Inline; service: string; [key: string]: unknown };

function scope(tier: TierJson, service: string | undefined): Scope {
    return {
        tier: author(tier.name),
        service: service === undefined ? 'none' : 'some',
        ...(service === undefined ? {} : { service: author(service) }),
    } as Scope;
}

function creditCell(
    c: ContractContext,
    b: { credit: number | null; fee?: 'monthly' | 'annual'; amount?: { value: number; currency: string } },
): string {
    if (b.amount) return `${b.amount.value} ${b.amount.currency}`;
    const share = c.percent(b.credit ?? 0);
    return b.fee === 'annual' ? c.words.text('credits.shareOfAnnualFee', { share }) : share;
}

function capText(c: ContractContext, cap: MoneyOrShareJson): Inline[] {
    if (cap.amount !== null) return [author(`${cap.amount} ${cap.currency ?? ''}`.trim())];
    return c.words.say('remedies.capShare', { percent: value(c.percent(cap.percent ?? 0)), fee: cap.fee ?? 'monthly' });
}

/** The parts of a tier-wide schedule that section 4 does not state. */
function scheduleTerms(c: ContractContext, tier: TierJson, service: string | undefined, credits: CreditsJson): BlockDraft[] {
    const { words } = c;
    const blocks: BlockDraft[] = [
        ...errorRateTable(c, tier, service, credits.brackets),
        ...missedResponses(c, tier, service, credits.brackets),
    ];
    blocks.push(
        ...clauses(
            credits.periodCap
                ? words.say('remedies.periodCap', { ...scope(tier, service), noun: c.noun, cap: capText(c, credits.periodCap) })
                : null,
            credits.annualCap ? words.say('remedies.annualCap', { ...scope(tier, service), cap: capText(c, credits.annualCap) }) : null,
        ),
    );
    return blocks;
}

/** A service's own schedule, stated whole: its availability brackets, then what `scheduleTerms` adds. */
function serviceSchedule(c: ContractContext, tier: TierJson, service: string, credits: CreditsJson): BlockDraft[] {
    const { words } = c;
    const availability = credits.brackets.filter((b) => b.metric === 'availability');
    const blocks: BlockDraft[] = [];
    if (availability.length > 0) {
        blocks.push(
            paragraph(
                words.say('remedies.availabilityIntro', {
                    tier: author(tier.name),
                    service: author(service),
                    credits: c.section('credits'),
                }),
            ),
            table(
                [c.uptime, words.say('credits.column')],
                availability.map((b) => [bracketWords(c, interval(b), c.percent, AVAILABILITY_DOMAIN), creditCell(c, b)]),
            ),
        );
    }
    if (credits.cap !== null) {
        blocks.push(
            ...clauses(
                words.say('remedies.periodCap', {
                    ...scope(tier, service),
                    noun: c.noun,
                    cap: capText(c, { percent: credits.cap, fee: 'monthly', amount: null, currency: null }),
                }),
            ),
        );
    }
    return [...blocks, ...scheduleTerms(c, tier, service, credits)];
}

function errorRateTable(c: ContractContext, tier: TierJson, service: string | undefined, brackets: readonly BracketJson[]): BlockDraft[] {
    const errorRate = brackets.filter((b) => b.metric === 'error-rate');
    if (errorRate.length === 0) return [];
    const { words } = c;
    return [
        paragraph(words.say('remedies.errorRateIntro', { ...scope(tier, service), noun: c.noun })),
        table(
            [words.say('remedies.errorRate.column'), words.say('credits.column')],
            errorRate.map((b) => [bracketWords(c, interval(b), c.percent, AVAILABILITY_DOMAIN), creditCell(c, b)]),
        ),
    ];
}

function missedResponses(c: ContractContext, tier: TierJson, service: string | undefined, brackets: readonly BracketJson[]): BlockDraft[] {
    return clauses(
        ...brackets
            .filter((b) => b.metric === 'response')
            .map((b) =>
                c.words.say('remedies.missedResponse', {
                    ...c.terms,
                    ...scope(tier, service),
                    severity: author(b.metric === 'response' ? b.severity : ''),
                    support: c.section('support'),
                    credit: value(creditCell(c, b)),
                }),
            ),
    );
}

function terminationTerms(
    c: ContractContext,
    tier: TierJson,
    service: string | undefined,
    rights: readonly TerminationJson[],
): BlockDraft[] {
    const { words } = c;
    return clauses(
        ...rights.map((t) => {
            const latency = t.metric === 'latency';
            const format = latency ? (s: number) => words.latency(s) : c.percent;
            const range = bracketWords(c, interval(t), format, latency ? LATENCY_DOMAIN : AVAILABILITY_DOMAIN).map((run) =>
                run.kind === 'text' && run.origin === 'catalog' ? { ...run, text: run.text.toLowerCase() } : run,
            );
            const metric = words.say('remedies.metric', {
                metric: t.metric === 'error-rate' ? 'errorRate' : t.metric,
                uptime: c.uptime,
                percentile: t.percentile === null ? '' : words.percentile(t.percentile),
            });
            // The unit in the contract's words (`period` is the agreement's own): never the source's English keyword.
            const unit = words.text('remedies.terminationUnit', { unit: t.unit === 'period' ? PERIOD_UNIT[c.period] : t.unit });
            return t.consecutive !== null
                ? words.say('remedies.termination.consecutive', {
                      ...scope(tier, service),
                      metric,
                      range,
                      count: value(String(t.consecutive)),
                      unit,
                  })
                : words.say('remedies.termination.any', {
                      ...scope(tier, service),
                      metric,
                      range,
                      count: value(String(t.any?.count ?? '')),
                      window: value(String(t.any?.of ?? '')),
                      unit,
                  });
        }),
    );
}

function creditTerms(c: ContractContext): BlockDraft[] {
    const { words } = c;
    const claims = c.sla.claims;
    if (!claims) return [];
    const terms = claims.creditTerms ?? {};
    const yesNo = (flag: boolean | undefined, yes: Parameters<typeof words.say>[0], no: Parameters<typeof words.say>[0]) =>
        flag === undefined ? null : words.say(flag ? yes : no);
    return clauses(
        yesNo(terms.soleRemedy, 'remedies.soleRemedy.yes', 'remedies.soleRemedy.no'),
        yesNo(terms.transferable, 'remedies.transferable.yes', 'remedies.transferable.no'),
        yesNo(terms.payableInCash, 'remedies.payableInCash.yes', 'remedies.payableInCash.no'),
        yesNo(terms.forfeitedAtTermination, 'remedies.forfeited.yes', 'remedies.forfeited.no'),
        claims.minimumCredit ? words.say('remedies.minimum', { minimum: capText(c, claims.minimumCredit) }) : null,
        claims.windowFrom ? words.say('remedies.claimFrom', { ...c.terms, from: claims.windowFrom, noun: c.noun }) : null,
        claims.contents === undefined ? null : words.say('remedies.claimContents', { contents: endSentence(c, author(claims.contents)) }),
    );
}
