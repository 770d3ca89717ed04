import { describe, expect, it } from 'vitest';
import { build, codes, exampleFiles, readExample } from '../helpers/services.js';

describe('grammar', () => {
    it.each(exampleFiles())('parses %s without a syntax error', async (name) => {
        const built = await build(readExample(name));
        expect(built.document.parseResult.lexerErrors).toEqual([]);
        expect(built.document.parseResult.parserErrors).toEqual([]);
        expect(codes(built)).not.toContain('unresolved-reference');
    });
});
