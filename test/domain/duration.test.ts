import { describe, expect, it } from 'vitest';
import {
    parseDurationText,
    durationInWords,
    formatDuration,
    formatDurationLong,
    isAmbiguousUnit,
    toSeconds,
    unitSeconds,
} from '../../packages/language/src/domain/duration.js';

describe('unitSeconds', () => {
    it.each([
        ['ms', 0.001],
        ['s', 1],
        ['sec', 1],
        ['second', 1],
        ['seconds', 1],
        ['min', 60],
        ['minute', 60],
        ['minutes', 60],
        ['h', 3600],
        ['hour', 3600],
        ['hours', 3600],
        ['d', 86400],
        ['day', 86400],
        ['days', 86400],
        ['w', 604800],
        ['week', 604800],
        ['weeks', 604800],
    ])('%s → %s', (unit, seconds) => expect(unitSeconds(unit)).toBe(seconds));

    it.each(['m', 'months', 'H', 'toString', '', 'hr'])('%s is not a unit', (unit) => {
        expect(unitSeconds(unit)).toBeUndefined();
    });
});

describe('isAmbiguousUnit', () => {
    it.each([
        ['m', true],
        ['min', false],
        ['ms', false],
        ['months', false],
    ])('%s → %s', (unit, ambiguous) => {
        expect(isAmbiguousUnit(unit)).toBe(ambiguous);
    });
});

describe('toSeconds', () => {
    it.each([
        [500, 'ms', 0.5],
        [300, 'ms', 0.3],
        [30, 's', 30],
        [15, 'min', 900],
        [4, 'h', 14400],
        [2, 'days', 172800],
        [1, 'week', 604800],
        [1.5, 'hours', 5400],
    ])('%s %s → %s s', (value, unit, seconds) => expect(toSeconds(value, unit)).toBe(seconds));

    it.each(['m', 'fortnight'])('%s → undefined', (unit) => expect(toSeconds(1, unit)).toBeUndefined());
});

describe('formatDuration', () => {
    it.each([
        [2592, '43m 12s'],
        [31536, '8h 45m 36s'],
        [25.92, '26s'],
        [0, '0s'],
        [313200, '3d 15h'],
        [86.4, '1m 26s'],
        [259.2, '4m 19s'],
        [3153.6, '52m 34s'],
        [315.36, '5m 15s'],
        [0.4, '0s'],
        [0.5, '1s'],
        [59.5, '1m'],
        [3600, '1h'],
        [86400, '1d'],
        [90061, '1d 1h 1m 1s'],
        [-90, '-1m 30s'],
    ])('%s s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

    it.each([Infinity, NaN])('rejects %s', (x) => expect(() => formatDuration(x)).toThrow(RangeError));
});

describe('formatDurationLong', () => {
    it.each([
        [3600, '1 hour'],
        [7200, '2 hours'],
        [86400, '24 hours'],
        [172800, '48 hours'],
        [259200, '72 hours'],
        [345600, '4 days'],
        [1800, '30 minutes'],
        [604800, '1 week'],
        [1209600, '2 weeks'],
        [2592000, '30 days'],
        [0.5, '500 milliseconds'],
        [0.3, '300 milliseconds'],
        [0.001, '1 millisecond'],
        [1.5, '1500 milliseconds'],
        [1, '1 second'],
        [45, '45 seconds'],
        [60, '1 minute'],
        [0, '0 seconds'],
        [5400, '1 hour 30 minutes'],
        [90, '1 minute 30 seconds'],
        [302400, '3 days 12 hours'],
        [262800, '3 days 1 hour'],
        [3600.5, '1 hour 500 milliseconds'],
        [0.0005, '0.5 milliseconds'],
    ])('%s s → %s', (seconds, text) => expect(formatDurationLong(seconds)).toBe(text));

    it.each([-1, Infinity, NaN])('rejects %s', (x) => expect(() => formatDurationLong(x)).toThrow(RangeError));
});

describe('durationInWords', () => {
    it.each([
        [0, '0 seconds'],
        [0.0005, '0.5 milliseconds'],
        [0.001, '1 millisecond'],
        [0.25, '250 milliseconds'],
        [1, '1 second'],
        [90, '1 minute 30 seconds'],
        [5400, '1 hour 30 minutes'],
        [259_200, '3 days'],
        [367_200, '4 days 6 hours'],
        [1.5, '1 second 500 milliseconds'],
        [604_800, '7 days'],
    ])('%s s → %s', (seconds, text) => expect(durationInWords(seconds)).toBe(text));
});

describe('parseDurationText', () => {
    it.each([
        ['3h', 10_800],
        ['3 h', 10_800],
        ['45 min', 2700],
        ['1h 30min', 5400],
        ['500ms', 0.5],
    ])('%s → %s s', (text, seconds) => expect(parseDurationText(text)).toEqual({ seconds }));
    it.each([
        ['', { error: 'shape' }],
        ['3', { error: 'shape' }],
        ['3h and', { error: 'shape' }],
        ['5m', { error: 'ambiguous', amount: '5', unit: 'm' }],
        ['2 fortnights', { error: 'unit', unit: 'fortnights' }],
    ])('refuses %j', (text, error) => expect(parseDurationText(text)).toEqual(error));
});
