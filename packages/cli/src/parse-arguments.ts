import { InputError, isPeriodKind, parseDurationInput, parsePercentInput, type PeriodKind } from 'sla-language';

/** `99.95%` or `99.95` → 99.95, between 0 and 100 (the editor's credit calculator parses the same way). */
export function parsePercentArgument(text: string, what = 'availability', example = '99.95%'): number {
    return parsePercentInput(text, what, example);
}

/** `3h`, `3 h`, `45 min`, `1h 30min` → seconds, with the units of the language (and not `m`). */
export function parseDurationArgument(text: string, what = 'downtime'): number {
    return parseDurationInput(text, what);
}

export function parsePeriodArgument(text: string): PeriodKind {
    if (!isPeriodKind(text)) {
        throw new InputError(`period must be monthly, quarterly or yearly (got "${text}")`);
    }
    return text;
}

export function parsePositiveNumber(text: string, what: string): number {
    const value = Number(text);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(text) || !(value > 0)) {
        throw new InputError(`${what} must be a positive number (got "${text}")`);
    }
    return value;
}

export function parseFormat(text: string): 'text' | 'json' {
    if (text !== 'text' && text !== 'json') {
        throw new InputError(`--format must be text or json (got "${text}")`);
    }
    return text;
}

export function parseReportFormat(text: string): 'text' | 'markdown' | 'json' | 'csv' {
    if (text !== 'text' && text !== 'markdown' && text !== 'json' && text !== 'csv') {
        throw new InputError(`--format must be text, markdown, json or csv (got "${text}")`);
    }
    return text;
}
