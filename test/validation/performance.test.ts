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
 * The fastest of several runs of each action, taken in turns so that both see the same machine:
 * the least disturbed by whatever else is running.
 */
async function fastest(runs: number, small: () => Promise<unknown>, large: () => Promise<unknown>): Promise<[number, number]> {
    const best: [number, number] = [Infinity, Infinity];
    for (let i = 0; i < runs; i++) {
        for (const [index, action] of [small, large].entries()) {
            const start = performance.now();
            await action();
            best[index] = Math.min(best[index], performance.now() - start);
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
        expect(large.document.parseResult.value.tiers[0].clauses.flatMap((c) => (c.$type === 'Credits' ? c.brackets : []))).toHaveLength(10_001);
        expect(large.diagnostics).toEqual([]);
        const validator = Sla.validation.DocumentValidator;
        // Validation alone (the checks of this issue), then the whole build including parsing.
        const [validateSmall, validateLarge] = await fastest(7,
            () => validator.validateDocument(small.document), () => validator.validateDocument(large.document));
        const [buildSmall, buildLarge] = await fastest(3, () => build(smallText, 'small'), () => build(largeText, 'large'));
        // Linear would be 10, quadratic 100; 20 leaves room for a noisy machine and for n log n.
        const times = `validation ${validateSmall.toFixed(1)} ms → ${validateLarge.toFixed(1)} ms, build ${buildSmall.toFixed(1)} ms → ${buildLarge.toFixed(1)} ms`;
        expect(validateLarge / validateSmall, times).toBeLessThan(20);
        expect(buildLarge / buildSmall).toBeLessThan(20);
    }, 120_000);
});
