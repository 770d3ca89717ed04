import { describe, expect, it } from 'vitest';
import { build, readExample } from '../helpers/services.js';

/**
 * Issue "Trust in every word", items 10 and 14: parser messages say what may stand where the
 * slip is, suggest the word the author most likely meant, and never suggest a different number.
 */
const acme = readExample('acme-tiers.sla');

async function messagesFor(from: string, to: string): Promise<string[]> {
    expect(acme).toContain(from);
    const { diagnostics } = await build(acme.replace(from, to));
    return diagnostics.map((d) => `${d.code}: ${d.message}`);
}

describe('advice that keeps values (item 10)', () => {
    it('`availability 99,95%` (a decimal comma) is told to write 99.95% with a decimal point, never 99%', async () => {
        const messages = await messagesFor('availability 99.9%\n', 'availability 99,95%\n');
        expect(messages).toEqual([
            'syntax-error: Expected a percentage such as 99.9% but found `99`. Write `99.95%` with a decimal point.',
        ]);
    });

    it('`credit 5000 USD` is not told to write `5000%` (it is a fixed-amount credit)', async () => {
        const messages = await messagesFor(
            'credit 5%  when availability below 99.9% and at least 99.5%',
            'credit 5000 USD when availability below 99.9% and at least 99.5%',
        );
        expect(messages.join('\n')).not.toMatch(/5000%/);
        expect(messages.filter((message) => message.startsWith('syntax-error'))).toEqual([]);
    });

    it('`99.9 %` (a space before the sign) is told to write 99.9% — the same number', async () => {
        const messages = await messagesFor('availability 99.9%\n', 'availability 99.9 %\n');
        expect(messages).toHaveLength(1);
        expect(messages[0]).toBe(
            'syntax-error: Expected a percentage such as 99.9% but found `99.9`. Write `99.9%`: the % sign follows the number directly.',
        );
    });
});

describe('unknown words get the words allowed there and a did-you-mean (item 14)', () => {
    it('`uptime` for availability in a tier', async () => {
        const [message, ...rest] = await messagesFor('availability 99.9%\n', 'uptime 99.9%\n');
        expect(rest).toEqual([]);
        expect(message).toMatch(
            /^syntax-error: Expected one of `price`, `availability`, .*`credits`.* or `\}` but found `uptime`\. Did you mean `availability`\?$/,
        );
    });

    it('`support 24/7`: one error, with `24x7` suggested', async () => {
        const messages = await messagesFor('support business-hours 09:00-17:00 customer-local', 'support 24/7');
        expect(messages).toEqual([
            'syntax-error: Expected one of `business-hours`, `extended-hours`, `24x7` or `during` but found `24`. Did you mean `24x7`?',
        ]);
    });

    it('`customer-configuration` in the exclusions: the exclusions allowed, and `customer-caused`', async () => {
        const [message, ...rest] = await messagesFor('    customer-caused\n', '    customer-configuration\n');
        expect(rest).toEqual([]);
        expect(message).toContain('Expected one of `scheduled-maintenance`, `third-party`, `customer-caused`');
        expect(message).toContain('but found `customer-configuration`. Did you mean `customer-caused`?');
    });

    it('`best-effort` in the exclusions: the words allowed there instead of a bare "Expected `}`"', async () => {
        const [message, ...rest] = await messagesFor('    ddos\n', '    best-effort\n');
        expect(rest).toEqual([]);
        expect(message).toMatch(
            /^syntax-error: Expected one of `scheduled-maintenance`, .*`beta-features`, a quoted text such as "…" or `\}` but found `best-effort`\.$/,
        );
    });

    it('a misspelt keyword in the measurement block gets the keyword', async () => {
        const [message] = await messagesFor('        period monthly', '        peroid monthly');
        expect(message).toMatch(/but found `peroid`\. Did you mean `period`\?$/);
    });
});
