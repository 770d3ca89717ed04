import { isAmbiguousUnit, isPeriodKind, toSeconds, type PeriodKind } from 'sla-language';
import { UsageError } from './usage-error.js';

/** `99.95%` or `99.95` → 99.95, between 0 and 100. */
export function parsePercentArgument(text: string, what = 'availability'): number {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
    const value = match ? Number(match[1]) : NaN;
    if (!match || value > 100) {
        throw new UsageError(`${what} must be a percentage from 0% to 100%, such as 99.95% (got "${text}")`);
    }
    return value;
}

/** `3h`, `3 h`, `45 min`, `1h 30min` → seconds, with the units of the language (and not `m`). */
export function parseDurationArgument(text: string, what = 'downtime'): number {
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([A-Za-z]+)/g)];
    const rest = text.replace(/(\d+(?:\.\d+)?)\s*([A-Za-z]+)/g, '').trim();
    if (parts.length === 0 || rest !== '') {
        throw new UsageError(`${what} must be a duration such as 3h, 45 min or 1h 30min (got "${text}")`);
    }
    let total = 0;
    for (const [, value, unit] of parts) {
        if (isAmbiguousUnit(unit)) {
            throw new UsageError(`"${value}${unit}" is ambiguous: minutes or months? Write ${value}min for minutes`);
        }
        const seconds = toSeconds(Number(value), unit);
        if (seconds === undefined) {
            throw new UsageError(`"${unit}" is not a unit of time: use ms, s, min, h, d or w`);
        }
        total += seconds;
    }
    return total;
}

export function parsePeriodArgument(text: string): PeriodKind {
    if (!isPeriodKind(text)) {
        throw new UsageError(`period must be monthly, quarterly or yearly (got "${text}")`);
    }
    return text;
}

export function parsePositiveNumber(text: string, what: string): number {
    const value = Number(text);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(text) || !(value > 0)) {
        throw new UsageError(`${what} must be a positive number (got "${text}")`);
    }
    return value;
}

export function parseFormat(text: string): 'text' | 'json' {
    if (text !== 'text' && text !== 'json') {
        throw new UsageError(`--format must be text or json (got "${text}")`);
    }
    return text;
}
