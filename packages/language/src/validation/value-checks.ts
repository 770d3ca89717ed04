import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { ClockRange, Currency, Duration, Effective, Holiday, Probe, SlaAstType } from '../generated/ast.js';
import { isAmbiguousUnit } from '../domain/duration.js';
import { isKnownCurrencyCode, looksLikeCurrencyCode } from '../domain/money.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Checks on single literal values: units, percentages, dates, clock times, codes.
 * Caps are not checked here: a cap is a share of the fee and has its own rule (`cap-range`).
 */
export function valueChecks(): ValidationChecks<SlaAstType> {
    return {
        Duration: checkUnitIsUnambiguous,
        Availability: (node, accept) => checkPercent(node, node.value, 'An availability', accept),
        ObservedAvailability: (node, accept) => checkPercent(node, node.value, 'An observed availability', accept),
        Bound: (node, accept) =>
            void (node.percent !== undefined && checkPercent(node, node.percent, 'A bracket bound', accept, 'percent')),
        Bracket: (node, accept) =>
            void (node.credit !== undefined && checkPercent(node, node.credit, 'A credit', accept, 'credit', { allowZero: false })),
        Effective: checkDateExists,
        ClockRange: checkClockRange,
        Currency: checkCurrencyCode,
        Probe: checkProbe,
    };
}

function checkUnitIsUnambiguous(duration: Duration, accept: ValidationAcceptor): void {
    if (isAmbiguousUnit(duration.unit)) {
        const written = duration.value === undefined ? '' : `${duration.value} `; // half-parsed: `within m`
        accept('error', `\`${written}m\` is ambiguous: minutes or months? Write \`${written}min\` for minutes.`, {
            node: duration,
            property: 'unit',
            code: IssueCodes.AmbiguousUnit,
        });
    }
}

function checkPercent(
    node: AstNode,
    value: number,
    what: string,
    accept: ValidationAcceptor,
    property = 'value',
    options: { allowZero: boolean } = { allowZero: true },
): void {
    if (value < 0 || value > 100) {
        accept('error', `${what} of ${value}% is outside 0%–100%.`, { node, property, code: IssueCodes.PercentRange });
    } else if (value === 0 && !options.allowZero) {
        accept('error', `${what} of 0% pays nothing: remove the bracket or give it a credit.`, {
            node,
            property,
            code: IssueCodes.PercentRange,
        });
    }
}

/** `2026-02-30` in an `effective` clause or a holiday is not a date that exists. */
export function checkDateExists(node: Effective | Holiday, accept: ValidationAcceptor): void {
    // A half-parsed clause (`effective` and no date) has no value; the syntax error covers it.
    if (node.date === undefined) return;
    const [year, month, day] = node.date.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        accept('error', `${node.date} is not a calendar date.`, { node, property: 'date', code: IssueCodes.InvalidValue });
    }
}

function minutesOfDay(clock: string): number | undefined {
    const [hours, minutes] = clock.split(':').map(Number);
    return hours <= 24 && minutes < 60 && hours * 60 + minutes <= 24 * 60 ? hours * 60 + minutes : undefined;
}

function checkClockRange(range: ClockRange, accept: ValidationAcceptor): void {
    if (range.from === undefined || range.to === undefined) return; // half-parsed: the syntax error covers it
    const from = minutesOfDay(range.from);
    const to = minutesOfDay(range.to);
    if (from === undefined) {
        accept('error', `${range.from} is not a time of day (00:00–24:00).`, {
            node: range,
            property: 'from',
            code: IssueCodes.InvalidValue,
        });
    }
    if (to === undefined) {
        accept('error', `${range.to} is not a time of day (00:00–24:00).`, { node: range, property: 'to', code: IssueCodes.InvalidValue });
    }
    if (from !== undefined && to !== undefined && from === to) {
        accept('error', `The hours ${range.from}-${range.to} cover no time.`, { node: range, code: IssueCodes.InvalidValue });
    }
}

function checkCurrencyCode(currency: Currency, accept: ValidationAcceptor): void {
    const code = currency.code;
    if (code === undefined) return;
    if (!looksLikeCurrencyCode(code)) {
        accept('error', `\`${code}\` is not an ISO 4217 currency code (three capital letters, such as USD or EUR).`, {
            node: currency,
            property: 'code',
            code: IssueCodes.InvalidValue,
        });
    } else if (!isKnownCurrencyCode(code)) {
        // A warning, not an error: a currency newer than the runtime's data is still a currency.
        accept('warning', `\`${code}\` is not a current ISO 4217 currency code (such as USD, EUR or JPY); amounts show two decimals.`, {
            node: currency,
            property: 'code',
            code: IssueCodes.InvalidValue,
        });
    }
}

function checkProbe(probe: Probe, accept: ValidationAcceptor): void {
    if (probe.locations !== undefined && (!Number.isInteger(probe.locations) || probe.locations < 1)) {
        accept('error', `Probes come from a whole number of locations, at least 1 (not ${probe.locations}).`, {
            node: probe,
            property: 'locations',
            code: IssueCodes.InvalidValue,
        });
    }
}
