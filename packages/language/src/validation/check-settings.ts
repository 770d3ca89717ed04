/**
 * The thresholds of the judgement checks, in one place: defaults from the specification, read
 * from the client's settings (section `sla.checks`) and from `sla check` options. Documented in
 * docs/LANGUAGE-REFERENCE.md ("Diagnostics" → "Settings").
 *
 * | setting                              | CLI option                  | default |
 * |--------------------------------------|-----------------------------|---------|
 * | `sla.checks.capRange.min` / `.max`   | `--cap-range 25-50`         | 25–50 (% of the monthly fee) |
 * | `sla.checks.headroomFactor`          | `--headroom 1.5`            | 1.5     |
 * | `sla.checks.ninesThreshold`          | `--nines-threshold 99.999`  | 99.999  |
 * | `sla.checks.fourNinesThreshold`      | `--four-nines-threshold 99.99` | 99.99 |
 * | `sla.checks.unstaffedResponseLimit`  | `--unstaffed-limit 2h`      | 2h      |
 */
import { parseDurationText } from '../domain/duration.js';
import { FOUR_NINES, HEADROOM_FACTOR, UNREALISTIC_NINES } from '../domain/realism.js';
import { COMMON_CAP_RANGE, type CapRange } from '../domain/schedule.js';
import { UNSTAFFED_RESPONSE_LIMIT } from '../domain/support.js';
import { InputError } from '../domain/input-error.js';

export interface CheckSettings {
    /** `cap-range`: the common range of caps, in percent of the monthly fee. */
    capRange: CapRange;
    /** `little-headroom`: a latency target should be at least this × the observed percentile. */
    headroomFactor: number;
    /** `unrealistic-nines`: availability at or above this, in percent. */
    ninesThreshold: number;
    /** `four-nines-unsupported`: availability at or above this, in percent. */
    fourNinesThreshold: number;
    /** `unstaffed-response`: 24x7 responses faster than this, in seconds. */
    unstaffedResponseLimit: number;
}

export const DEFAULT_CHECK_SETTINGS: Readonly<CheckSettings> = Object.freeze({
    capRange: COMMON_CAP_RANGE,
    headroomFactor: HEADROOM_FACTOR,
    ninesThreshold: UNREALISTIC_NINES,
    fourNinesThreshold: FOUR_NINES,
    unstaffedResponseLimit: UNSTAFFED_RESPONSE_LIMIT,
});

/** The command line options of `sla check` for each setting. */
export const CHECK_SETTING_OPTIONS = {
    capRange: '--cap-range',
    headroomFactor: '--headroom',
    ninesThreshold: '--nines-threshold',
    fourNinesThreshold: '--four-nines-threshold',
    unstaffedResponseLimit: '--unstaffed-limit',
} as const satisfies Record<keyof CheckSettings, string>;

type Parsed<T> = { value: T } | { problem: string };

function percentValue(value: unknown, what: string, { allowZero }: { allowZero: boolean }): Parsed<number> {
    const number = typeof value === 'string' ? Number(value.trim().replace(/%$/, '')) : value;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0 || number > 100 || (!allowZero && number === 0)) {
        return {
            problem: `${what} must be a percentage ${allowZero ? 'from 0 to 100' : 'above 0 and at most 100'} (got ${JSON.stringify(value)})`,
        };
    }
    return { value: number };
}

function capRangeValue(value: unknown, what: string): Parsed<CapRange> {
    let min: unknown;
    let max: unknown;
    if (typeof value === 'string') {
        const match = /^\s*([^-\s]+)\s*-\s*([^-\s]+)\s*$/.exec(value);
        if (!match) return { problem: `${what} must be a range such as 25-50 (got ${JSON.stringify(value)})` };
        [, min, max] = match;
    } else if (typeof value === 'object' && value !== null) {
        ({ min = COMMON_CAP_RANGE.min, max = COMMON_CAP_RANGE.max } = value as { min?: unknown; max?: unknown });
    } else {
        return { problem: `${what} must be a range such as 25-50 (got ${JSON.stringify(value)})` };
    }
    const low = percentValue(min, `${what} (lower end)`, { allowZero: true });
    if ('problem' in low) return low;
    const high = percentValue(max, `${what} (upper end)`, { allowZero: true });
    if ('problem' in high) return high;
    if (low.value > high.value) return { problem: `${what} must run from low to high (got ${low.value}-${high.value})` };
    return { value: { min: low.value, max: high.value } };
}

function factorValue(value: unknown, what: string): Parsed<number> {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 1) {
        return { problem: `${what} must be a number of at least 1, such as 1.5 (got ${JSON.stringify(value)})` };
    }
    return { value: number };
}

/** `2h`, `90 min`, `1h 30min` → seconds, in the language's units (`m` is ambiguous and refused). */
function durationValue(value: unknown, what: string): Parsed<number> {
    const problem = { problem: `${what} must be a duration such as 2h or 90 min (got ${JSON.stringify(value)})` };
    if (typeof value !== 'string') return problem;
    const parsed = parseDurationText(value);
    if ('seconds' in parsed) return { value: parsed.seconds };
    if (parsed.error === 'ambiguous') {
        return { problem: `${what}: "${parsed.amount}${parsed.unit}" is ambiguous (minutes or months?); write ${parsed.amount}min` };
    }
    return problem;
}

const parsers: { [K in keyof CheckSettings]: (value: unknown, what: string) => Parsed<CheckSettings[K]> } = {
    capRange: capRangeValue,
    headroomFactor: factorValue,
    ninesThreshold: (value, what) => percentValue(value, what, { allowZero: false }),
    fourNinesThreshold: (value, what) => percentValue(value, what, { allowZero: false }),
    unstaffedResponseLimit: durationValue,
};

/**
 * The settings from a client's `sla.checks` object. A missing or malformed value falls back to its
 * default (an editor must keep checking while someone types in the settings); `problems` says why.
 */
export function resolveCheckSettings(raw: unknown): { settings: CheckSettings; problems: string[] } {
    const settings: CheckSettings = { ...DEFAULT_CHECK_SETTINGS };
    const problems: string[] = [];
    if (typeof raw !== 'object' || raw === null) return { settings, problems };
    for (const key of Object.keys(parsers) as Array<keyof CheckSettings>) {
        const value = (raw as Record<string, unknown>)[key];
        if (value === undefined || value === null) continue;
        const parsed = parsers[key](value, `sla.checks.${key}`);
        if ('problem' in parsed) problems.push(parsed.problem);
        else (settings as unknown as Record<string, unknown>)[key] = parsed.value;
    }
    return { settings, problems };
}

/**
 * One command line option's text as a setting; throws an InputError with a one-line reason, which
 * the CLI turns into exit code 2.
 */
export function parseCheckSettingOption<K extends keyof CheckSettings>(key: K, text: string): CheckSettings[K] {
    const parsed = parsers[key](text, CHECK_SETTING_OPTIONS[key]);
    if ('problem' in parsed) throw new InputError(parsed.problem);
    return parsed.value;
}
