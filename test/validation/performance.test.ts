import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildText, createSlaServices } from '../../packages/language/src/index.js';

// Services of its own, and the same two URIs throughout, so that rebuilt documents replace the
// old ones instead of piling up in memory and making the garbage collector the thing measured.
const { shared, Sla } = createSlaServices(EmptyFileSystem);
const build = (text: string, name: string) => buildText(shared, text, URI.parse(`memory:/${name}.sla`));

/**
 * A clean tier with `count` contiguous availability brackets from 80% to 90% and one below 80%:
 * every bracket check sees the whole schedule, nothing is reported.
 */
function documentWithBrackets(count: number): string {
    const width = 10_000 / count; // in thousandths of a percent
    const figure = (thousandths: number) => `${(thousandths / 1000).toFixed(3)}%`;
    const brackets: string[] = [];
    for (let i = count - 1; i >= 0; i--) {
        const lower = 80_000 + i * width;
        brackets.push(`            credit 50% when availability below ${figure(lower + width)} and at least ${figure(lower)}`);
    }
    return [
        'sla "Many brackets" {',
        '    provider "Vendor"',
        '    currency USD',
        '    measurement { period monthly }',
        '    tier T {',
        '        price 100 per month',
        '        availability 90.000%',
        '        credits {',
        ...brackets,
        '            credit 50% when availability below 80.000%',
        '            cap 50%',
        '        }',
        '    }',
        '    claims { window 30 days }',
        '}',
    ].join('\n');
}

/**
 * CPU time of this process in milliseconds. Vitest runs each test file in a process of its own,
 * so other test files running at the same time do not count, and neither does time spent waiting
 * for a processor on a busy machine.
 */
function cpuMilliseconds(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}

/** The fastest of several runs of each action, taken in turns so that both see the same machine. */
async function fastest(runs: number, small: () => Promise<unknown>, large: () => Promise<unknown>): Promise<[number, number]> {
    const best: [number, number] = [Infinity, Infinity];
    for (let i = 0; i < runs; i++) {
        for (const [index, action] of [small, large].entries()) {
            const start = cpuMilliseconds();
            await action();
            best[index] = Math.min(best[index], cpuMilliseconds() - start);
        }
    }
    return best;
}

describe('bracket checks scale with the size of the schedule', () => {
    it('the generated documents are clean, so every check runs to the end', async () => {
        const built = await build(documentWithBrackets(1_000), 'small');
        expect(built.diagnostics).toEqual([]);
    });

    it('validates 10,000 brackets in about ten times the time of 1,000, not a hundred', async () => {
        const [smallText, largeText] = [documentWithBrackets(1_000), documentWithBrackets(10_000)];
        const small = await build(smallText, 'small');
        const large = await build(largeText, 'large');
        expect(large.document.parseResult.value.tiers[0].clauses.flatMap((c) => (c.$type === 'Credits' ? c.brackets : []))).toHaveLength(
            10_001,
        );
        expect(large.diagnostics).toEqual([]);
        const validator = Sla.validation.DocumentValidator;
        // Linear would be 10, quadratic 100; 20 leaves room for n log n sorting and for the garbage
        // collector, which works harder on a larger heap. A busy machine can spoil one round of
        // measurements, but not three in a row, while a quadratic check fails every round.
        const rounds: string[] = [];
        let ratio = Infinity;
        for (let round = 0; round < 3 && ratio >= 20; round++) {
            const [validateSmall, validateLarge] = await fastest(
                7,
                () => validator.validateDocument(small.document),
                () => validator.validateDocument(large.document),
            );
            rounds.push(`${validateSmall.toFixed(1)} ms → ${validateLarge.toFixed(1)} ms`);
            ratio = validateLarge / validateSmall;
        }
        expect(ratio, `validation, by round: ${rounds.join('; ')}`).toBeLessThan(20);
        // The whole build is mostly Langium's parsing and linking; it only has to stay far from quadratic.
        const [buildSmall, buildLarge] = await fastest(
            3,
            () => build(smallText, 'small'),
            () => build(largeText, 'large'),
        );
        expect(buildLarge / buildSmall, `build ${buildSmall.toFixed(1)} ms → ${buildLarge.toFixed(1)} ms`).toBeLessThan(40);
    }, 120_000);
});
