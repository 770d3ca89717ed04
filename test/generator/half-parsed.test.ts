import { describe, expect, it } from 'vitest';
import { generateJson, generateMarkdown } from '../../packages/language/src/index.js';
import { build, exampleFiles, readExample } from '../helpers/services.js';

/**
 * The editor may ask for output while the author is typing. A document with errors is not
 * compiled, but the generators must still return text, never throw, on any half-written document.
 */
function truncations(text: string): string[] {
    const cuts: string[] = [];
    for (let i = 1; i < text.length; i += 31) cuts.push(text.slice(0, i));
    return cuts;
}

function mangled(text: string): string[] {
    return [
        text.replace(/\d+(\.\d+)?%/g, '%'),
        text.replace(/\b\d+(\.\d+)?\s*(ms|s|min|h|days?|hours?)\b/g, '$2'),
        text.replace(/"[^"]*"/g, ''),
        text.replace(/\b(p\d+)\b/g, ''),
        text.replace(/[{}]/g, ''),
        text.replace(/extends \w+/g, 'extends Nowhere'),
    ];
}

describe('generators on half-written documents', () => {
    it.each(exampleFiles())(
        'never throw on cuts and mangled copies of %s',
        async (name) => {
            const text = readExample(name);
            for (const variant of [...truncations(text), ...mangled(text)]) {
                const agreement = (await build(variant)).document.parseResult.value;
                expect(() => generateJson(agreement), variant).not.toThrow();
                expect(() => generateMarkdown(agreement), variant).not.toThrow();
            }
        },
        120_000,
    );
});
