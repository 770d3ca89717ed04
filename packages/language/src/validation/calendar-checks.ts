import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import {
    isTranslation,
    type Agreement,
    type Calendar,
    type CalendarZone,
    type ContractLanguage,
    type SlaAstType,
    type Tier,
    type Translation,
} from '../generated/ast.js';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- calendarDays reads the syntax tree and belongs in model/; to be moved there
import { calendarDays } from '../generator/agreement-terms-json.js';
import { effectiveTier } from '../model/effective-tiers.js';
import { translatedText } from '../model/translations.js';
import { IssueCodes } from './issue-codes.js';
import type { FixData } from './quick-fix-data.js';
import { relatedTo } from './related-information.js';
import { checkDateExists } from './value-checks.js';
import { inheritedNote } from './wording.js';

/** The languages the contract text is written in. */
const CONTRACT_LANGUAGES = ['en', 'id', 'ru', 'zh'];

/**
 * Calendars, time zones and the contract language: a calendar that covers no day, a zone that is
 * not an IANA name, a date that is not on the calendar, response clocks that run while nobody is
 * at work.
 */
export function calendarChecks(): ValidationChecks<SlaAstType> {
    return {
        Calendar: checkCalendarCoversTime,
        TimeZone: (node, accept) => checkZone(node.zone, node, 'zone', accept),
        CalendarZone: (node: CalendarZone, accept) => checkZone(node.zone?.iana, node.zone ?? node, 'iana', accept),
        Holiday: checkDateExists,
        ContractLanguage: checkLanguage,
        Translation: checkTranslation,
        Agreement: checkTranslationsAgree,
        Tier: checkClockAgainstCoverage,
    };
}

function checkCalendarCoversTime(calendar: Calendar, accept: ValidationAcceptor): void {
    const days = calendar.days[0];
    if (!days) {
        accept('error', `Calendar ${calendar.name ?? ''} names no days, so it covers no time: add \`days monday to friday\`.`, {
            node: calendar,
            property: 'name',
            code: IssueCodes.CalendarEmpty,
        });
        return;
    }
    if ((days.from && days.to) || days.list.length > 0) {
        if (calendarDays(days).length === 0) {
            accept('error', `Calendar ${calendar.name ?? ''} covers no day.`, { node: days, code: IssueCodes.CalendarEmpty });
        }
    }
}

/** Whether the runtime knows the zone: `Intl` carries the IANA database. */
export function isKnownTimeZone(zone: string): boolean {
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
    } catch {
        return false;
    }
}

function checkZone(
    zone: string | undefined,
    node: Parameters<ValidationAcceptor>[2]['node'],
    property: string,
    accept: ValidationAcceptor,
): void {
    if (zone === undefined || isKnownTimeZone(zone)) return;
    accept('error', `"${zone}" is not an IANA time zone (such as "Europe/Berlin", "Asia/Jakarta" or "UTC").`, {
        node,
        property,
        code: IssueCodes.InvalidValue,
    });
}

function checkLanguage(language: ContractLanguage, accept: ValidationAcceptor): void {
    if (language.code === undefined || CONTRACT_LANGUAGES.includes(language.code)) return;
    accept(
        'error',
        `The contract text can be written in ${CONTRACT_LANGUAGES.map((c) => `\`${c}\``).join(', ')}, not \`${language.code}\`.`,
        {
            node: language,
            property: 'code',
            code: IssueCodes.InvalidValue,
        },
    );
}

/**
 * The JSON and the contract give one text per language for each text the author wrote: the same
 * words given twice (two exclusions worded alike) may not read differently in one language.
 */
function checkTranslationsAgree(agreement: Agreement, accept: ValidationAcceptor): void {
    const first = new Map<string, Translation>();
    for (const node of AstUtils.streamAst(agreement)) {
        if (!isTranslation(node) || node.language === undefined || node.text === undefined) continue;
        const original = translatedText(node);
        if (original === undefined) continue;
        const key = `${node.language}\u0000${original}`;
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, node);
        else if (earlier.text !== node.text && earlier.$container !== node.$container)
            accept(
                'error',
                `The same text is given in \`${node.language}\` differently above (line ${(earlier.$cstNode?.range.start.line ?? 0) + 1}): the same words read the same in a language.`,
                { node, property: 'text', code: IssueCodes.InvalidValue },
            );
    }
}

/** `"…" in id "…"`: a language of the contract text, once per text (a second one would be ignored). */
function checkTranslation(translation: Translation, accept: ValidationAcceptor): void {
    const code = translation.language;
    if (code === undefined) return;
    if (!CONTRACT_LANGUAGES.includes(code)) {
        accept(
            'error',
            `The contract text can be written in ${CONTRACT_LANGUAGES.map((c) => `\`${c}\``).join(', ')}, so a text cannot be given in \`${code}\`.`,
            { node: translation, property: 'language', code: IssueCodes.InvalidValue },
        );
        return;
    }
    const siblings = (translation.$container as { translations?: Translation[] }).translations ?? [];
    const first = siblings.find((other) => other.language === code);
    if (first !== undefined && first !== translation)
        accept('error', `This text is already given in \`${code}\`: give each language once.`, {
            node: translation,
            property: 'language',
            code: IssueCodes.InvalidValue,
        });
}

/**
 * `clock runs around-the-clock` with support only in business hours: a response target then
 * expires at night with nobody at work (a 2 h target for an incident at 17:00 ends at 19:00).
 * Judged where the tier brings the two together, on the clause written there.
 */
function checkClockAgainstCoverage(tier: Tier, accept: ValidationAcceptor): void {
    const effective = effectiveTier(tier);
    if (!tier.name || !effective || effective.node !== tier) return;
    const { clock, support } = effective.clauses;
    if (!clock || !support || clock.value.pauses !== false) return;
    if (clock.from !== tier.name && support.from !== tier.name) return;
    const coverage = support.value.coverage;
    if (!coverage || coverage.$type === 'AroundTheClock') return;
    const hours = support.value.$cstNode?.text.replace(/^support\s+/, '') ?? '';
    const onClock = clock.from === tier.name;
    accept(
        'warning',
        `Response and resolution clocks run around the clock${inheritedNote(clock.from, tier.name)}, but support works only ${hours}${inheritedNote(support.from, tier.name)}: targets would expire outside working hours with nobody at work. Write \`clock pauses outside coverage\` or offer \`support 24x7\`.`,
        {
            node: onClock ? clock.value : support.value,
            code: IssueCodes.ResponseOutsideCoverage,
            relatedInformation: onClock ? relatedTo(support.value, 'The support coverage') : relatedTo(clock.value, 'The clock clause'),
            // The clause the message proposes, in place of the one written in this tier (no number changes).
            data: {
                fixes:
                    onClock && clock.value.$cstNode
                        ? [
                              {
                                  title: 'Pause the clocks outside coverage: `clock pauses outside coverage`',
                                  edits: [{ range: clock.value.$cstNode.range, newText: 'clock pauses outside coverage' }],
                                  preferred: true,
                              },
                          ]
                        : [],
            } satisfies FixData,
        },
    );
}
