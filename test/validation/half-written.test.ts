import { describe, expect, it } from 'vitest';
import { build, exampleFiles, readExample, services } from '../helpers/services.js';

/** Text meant for a person that shows a value that was never there. */
const INTERNAL = /\bundefined\b|\bNaN\b|\[object \w+\]|Infinity|∞/;

/**
 * The example cut short at 60 places, with one line left out at 60 places, and with each token
 * left out in turn (`response within 8 h` without its severity, `cap` without its figure…).
 */
function halfWritten(text: string): string[] {
    const tokens = services.Sla.parser.Lexer.tokenize(text).tokens;
    const missingToken = tokens.map((token) => text.slice(0, token.startOffset) + text.slice(token.endOffset! + 1));
    const lines = text.split('\n');
    const cuts = Array.from({ length: 60 }, (_, i) => text.slice(0, Math.floor((text.length * (i + 1)) / 61)));
    const gaps = Array.from({ length: 60 }, (_, i) => {
        const drop = Math.floor((lines.length * i) / 60);
        return lines.filter((_, index) => index !== drop).join('\n');
    });
    const words = Array.from({ length: 60 }, (_, i) => {
        const at = Math.floor((text.length * (i + 1)) / 61);
        return text.slice(0, at) + text.slice(at).replace(/^\S*\s*\S+/, '');
    });
    return [...cuts, ...gaps, ...words, ...missingToken];
}

describe.each(exampleFiles())('checks on half-written %s', (name) => {
    it('never fail and never show an internal value', async () => {
        for (const variant of halfWritten(readExample(name))) {
            const { diagnostics } = await build(variant);
            for (const diagnostic of diagnostics) {
                const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
                expect(message, variant).not.toMatch(/An error occurred/);
                expect(message, variant).not.toMatch(INTERNAL);
                for (const related of diagnostic.relatedInformation ?? []) expect(related.message, variant).not.toMatch(INTERNAL);
            }
        }
    }, 120_000);
});
