import { InputError, isPeriodKind, type PeriodKind } from 'sla-language';

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
