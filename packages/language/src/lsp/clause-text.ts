/**
 * Short readable renderings of clauses for hovers and the outline (`within 2 h, resolution within
 * 24 h`), rebuilt from the AST so that comments and odd spacing in the source never leak into them.
 */
import type { Credits, Duration, Price, Response, Support } from '../generated/ast.js';
import { formatMoney } from '../domain/money.js';

/** `4 h`, `500 ms`: the number as written and its unit, one space between. */
export function durationText(duration: Duration | undefined): string {
    if (!duration || !Number.isFinite(duration.value)) return '?';
    return duration.unit ? `${duration.value} ${duration.unit}` : `${duration.value}`;
}

export function responseText(response: Response): string {
    let text = `within ${durationText(response.response)}`;
    if (response.resolution) text += `, resolution within ${durationText(response.resolution)}`;
    if (response.escalation) text += `, escalation after ${durationText(response.escalation)}`;
    return text;
}

export function supportText(support: Support): string {
    const coverage = support.coverage;
    if (!coverage) return '?';
    if (coverage.$type === 'AroundTheClock') return '24x7';
    if (coverage.$type === 'CalendarCoverage') return `during ${coverage.calendar?.$refText || '?'}`;
    const zone = coverage.zone?.local ?? (coverage.zone?.iana !== undefined ? `"${coverage.zone.iana}"` : '?');
    return `${coverage.kind} ${coverage.hours?.from ?? '?'}-${coverage.hours?.to ?? '?'} ${zone}`;
}

/** `USD 1,300.00 per month`; without a currency the amount stands alone. */
export function priceText(price: Price, currency: string | undefined): string {
    return `${moneyText(price.amount, currency)} per ${price.per ?? 'month'}`;
}

export function moneyText(amount: number | undefined, currency: string | undefined): string {
    if (amount === undefined || !Number.isFinite(amount)) return `? ${currency ?? ''}`.trim();
    return formatMoney(amount, currency);
}

export function creditsSummary(credits: Credits): string {
    const count = credits.brackets.length;
    const cap = credits.caps[0];
    const capText = !cap ? 'no cap' : Number.isFinite(cap.value) ? `cap ${cap.value}%` : 'cap ?';
    return `${count} bracket${count === 1 ? '' : 's'}, ${capText}`;
}

/**
 * Escapes text from the document for Markdown: a provider called `*Acme*` or a description with
 * `|` or `<b>` must show as written and must not break the hover's layout. Callers never put
 * document text at the start of a line, so line-start markers (`#`, `-`, `1.`) need no escape.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}
