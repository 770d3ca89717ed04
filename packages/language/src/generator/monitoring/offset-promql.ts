/**
 * A zone's UTC offset at the evaluation time, as PromQL, from its yearly rule (the last Sunday of
 * March at 01:00 UTC, …; domain/zone-offset.ts). Prometheus's date functions read UTC, so the
 * offset is worked out from `month()`, `day_of_month()`, `day_of_week()`, `days_in_month()`,
 * `hour()` and `minute()` at each evaluation: rules built on it follow the wall clock.
 */
import type { OffsetRule, OffsetTransition } from '../../domain/zone-offset.js';

/** The day of the current UTC month on which a transition falls (meaningful in its month only). */
function transitionDay(t: OffsetTransition): string {
    if (t.week === 'last') {
        // The weekday of the month's last day, then back to the last `weekday`.
        const lastWeekday = `(day_of_week() + days_in_month() - day_of_month()) % 7`;
        return `(days_in_month() - ((${lastWeekday} - ${t.weekday} + 7) % 7))`;
    }
    const firstWeekday = `((day_of_week() - ((day_of_month() - 1) % 7) + 7) % 7)`;
    return `(1 + ((${t.weekday} - ${firstWeekday} + 7) % 7) + ${7 * (t.week - 1)})`;
}

/** 1 from the transition of this UTC year on, else 0. */
function afterTransition(t: OffsetTransition): string {
    const minuteOfMonth = `(day_of_month() * 1440 + hour() * 60 + minute())`;
    return (
        `((month() > bool ${t.month}) + (month() == bool ${t.month}) * ` +
        `(${minuteOfMonth} >= bool (${transitionDay(t)} * 1440 + ${t.minute})))`
    );
}

/** The zone's offset in seconds at the evaluation time, as a scalar expression. */
export function offsetExpression(rule: OffsetRule): string {
    const [first, second] = rule.transitions;
    const shift = first.offsetAfter - rule.offsetAtYearStart;
    return `${rule.offsetAtYearStart} + ${shift} * scalar(${afterTransition(first)} - ${afterTransition(second)})`;
}
