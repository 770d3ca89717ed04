/** `sla report` as a user runs it: the spawned CLI on real files. */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-files.js';
import { sla } from '../helpers/cli.js';
import { GOLD } from '../helpers/report-agreements.js';
import { incidentLog, samplesCsv } from './month-data.js';

const { dir, file } = tempFolder('sla-report-');
const agreement = file('gold.sla', GOLD);
const FEB = [
    { start: '2026-02-03T10:00:00Z', end: '2026-02-03T11:00:00Z' },
    { start: '2026-02-03T10:30:00Z', end: '2026-02-03T11:30:00Z' },
    { start: '2026-02-17T12:00:00Z', end: '2026-02-17T12:45:00Z' },
];
const log = file('feb.csv', incidentLog(FEB));

/** The statement from its summary on: what must not depend on where the data came from. */
const body = (markdown: string) => markdown.slice(markdown.indexOf('## Summary'));

describe('sla report on an incident log', () => {
    it('prints the figures of the month and exits 0 although the commitment was missed', () => {
        const result = sla(['report', agreement, '--incidents', log]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/Attainment:\s+99\.6652%/);
        expect(result.stdout).toMatch(/Amount:\s+EUR 100\.00/);
        expect(result.stdout).toMatch(/Claim by:\s+2026-03-30/);
    });

    it('exits 1 on a breach with --fail-on-breach, 0 when the month was met', () => {
        expect(sla(['report', agreement, '--incidents', log, '--fail-on-breach']).status).toBe(1);
        const short = file('short.csv', incidentLog([{ start: '2026-02-03T10:00:00Z', end: '2026-02-03T10:30:00Z' }]));
        expect(sla(['report', agreement, '--incidents', short, '--fail-on-breach']).status).toBe(0);
    });

    it('writes a Markdown statement with the SHA-256 of the source, the working and an SVG chart', () => {
        const out = join(dir, 'statement.md');
        const result = sla(['report', agreement, '--incidents', log, '--format', 'markdown', '--out', out]);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('');
        const markdown = readFileSync(out, 'utf8');
        expect(markdown).toContain(createHash('sha256').update(GOLD).digest('hex'));
        expect(markdown).toContain('| Attainment   | 99.6652%');
        expect(markdown).toContain('(2,419,200 s − 8,100 s) ÷ 2,419,200 s × 100');
        const chart = /!\[Error budget burned, February 2026\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(markdown);
        expect(chart).not.toBeNull();
        const svg = Buffer.from(chart![1], 'base64').toString('utf8');
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toContain('budget (100%)');
        expect(svg.match(/<polyline/g)).toHaveLength(1);
    });

    it('gives JSON and CSV with the same figures', () => {
        const json = JSON.parse(sla(['report', agreement, '--incidents', log, '--format', 'json']).stdout);
        const [tier] = json.periods[0].services[0].tiers;
        expect(tier).toMatchObject({
            tier: 'Gold',
            attainment: 99.6652,
            attainmentExact: '22325/224',
            credit: 10,
            amount: 100,
            claimBy: '2026-03-30',
        });
        expect(json.periods[0].services[0].downtimeSeconds).toBe(8100);
        const csv = sla(['report', agreement, '--incidents', log, '--format', 'csv']).stdout.trim().split('\n');
        expect(csv[1]).toBe(
            '2026-02,2026-02-01,2026-02-28,,Gold,2419200,8100,99.6652,99.9,bracket,10,10,false,100.00,EUR,2026-03-30,2419.2,-5680.8,10,100.00,,',
        );
    });
});

describe('sla report refuses bad input in one line and writes nothing', () => {
    it.each([
        [
            'end before start',
            'start,end\n2026-02-03T11:00:00Z,2026-02-03T10:00:00Z\n',
            'line 2, column 2 (end): the end 2026-02-03T10:00:00Z comes before the start 2026-02-03T11:00:00Z',
        ],
        [
            'no offset',
            'start,end\n2026-02-03T10:00:00Z,2026-02-03T11:00:00Z\n2026-02-04T10:00:00,2026-02-04T11:00:00Z\n',
            'line 3, column 1 (start): "2026-02-04T10:00:00" has no offset',
        ],
        [
            'an unknown service',
            'start,end,service\n2026-02-03T10:00:00Z,2026-02-03T11:00:00Z,API\n',
            'line 2, column 3 (service): the agreement declares no services',
        ],
        [
            'an unknown kind',
            'start,end,kind\n2026-02-03T10:00:00Z,2026-02-03T11:00:00Z,planned\n',
            'line 2, column 3 (kind): unknown kind "planned"',
        ],
        [
            'a date that does not exist',
            'start,end\n2026-02-30T10:00:00Z,2026-03-01T11:00:00Z\n',
            'line 2, column 1 (start): "2026-02-30T10:00:00Z" is not a date and time that exists',
        ],
        [
            'an unclosed quote',
            'start,end,note\n2026-02-03T10:00:00Z,2026-02-03T11:00:00Z,"open\n',
            'line 2: a quoted field is never closed',
        ],
        ['no end column', 'start,finish\n2026-02-03T10:00:00Z,2026-02-03T11:00:00Z\n', 'line 1: the incident log has no end column'],
    ])('%s', (_, text, message) => {
        const bad = file('bad.csv', text);
        const out = join(dir, 'never.md');
        const result = sla(['report', agreement, '--incidents', bad, '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stdout).toBe('');
        expect(existsSync(out)).toBe(false);
    });

    it('names an unknown tier, a missing file and a wrong date', () => {
        expect(sla(['report', agreement, '--incidents', log, '--tier', 'Silver']).stderr).toContain('no tier "Silver"');
        const missing = sla(['report', agreement, '--incidents', join(dir, 'nope.csv')]);
        expect([missing.status, missing.stderr.trim()]).toEqual([2, `sla: cannot read ${join(dir, 'nope.csv')}: no such file`]);
        expect(sla(['report', agreement, '--incidents', log, '--from', '2026-02-31']).stderr).toContain('--from must be a date');
    });

    it('leaves an existing output file as it was when the report fails', () => {
        const out = file('kept.md', 'the old statement\n');
        const bad = file('bad2.csv', 'start,end\n2026-02-03T11:00:00Z,yesterday\n');
        expect(sla(['report', agreement, '--incidents', bad, '--out', out]).status).toBe(2);
        expect(readFileSync(out, 'utf8')).toBe('the old statement\n');
    });
});

describe('sla report on per-minute samples', () => {
    const samples = file('feb-samples.csv', samplesCsv(FEB, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'));

    it('gives the same statement as the incident log for the same month', () => {
        const fromLog = sla(['report', agreement, '--incidents', log, '--format', 'markdown']);
        const fromSamples = sla(['report', agreement, '--samples', samples, '--format', 'markdown']);
        expect(fromSamples.status).toBe(0);
        expect(fromSamples.stdout).toContain('samples feb-samples.csv (40,320 rows)');
        expect(body(fromSamples.stdout)).toBe(body(fromLog.stdout));
    });

    it('states a gap in the samples', () => {
        const rows = samplesCsv(FEB, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z').split('\n');
        const gappy = file('gappy.csv', [...rows.slice(0, 1000), ...rows.slice(1010)].join('\n'));
        const result = sla(['report', agreement, '--samples', gappy]);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/Missing data:\s+10m\s+\(1 gap\(s\) in the samples\)/);
        expect(result.stdout).toContain('Missing data: a minute without a sample counts as uptime');
    });

    it('refuses a share outside 0..1 and samples out of order, naming the line', () => {
        const wrong = file('wrong.csv', 'time,good\n2026-02-01T00:00:00Z,1\n2026-02-01T00:01:00Z,1.5\n');
        expect(sla(['report', agreement, '--samples', wrong]).stderr).toContain(
            'line 3, column 2 (good): "1.5" is not a share from 0 to 1',
        );
        const order = file('order.csv', 'time,good\n2026-02-01T00:05:00Z,1\n2026-02-01T00:01:00Z,1\n');
        expect(sla(['report', agreement, '--samples', order]).stderr).toContain('line 3: a sample earlier than the one before it');
    });
});

describe('sla report on samples written by other tools', () => {
    it('reads CRLF lines, quoted fields and Unix seconds like plain rows', () => {
        const rows = ['"time","good"', '1769904000,1', '"2026-02-01T00:01:00Z","0"', '2026-02-01T00:02:00+00:00,0.5'];
        const csv = file('crlf.csv', rows.join('\r\n') + '\r\n');
        const json = JSON.parse(sla(['report', agreement, '--samples', csv, '--format', 'json']).stdout);
        // One minute down, one half down: 90 s.
        expect(json.periods[0].services[0].downtimeSeconds).toBe(90);
    });
});
