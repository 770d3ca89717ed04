import { highlightHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { readExample } from '../helpers/services.js';
import { sla } from './lsp-helpers.js';

const highlight = highlightHelper(sla);

/** Each token as `text type[.modifier…]`, in document order. */
async function tokensOf(text: string): Promise<string[]> {
    const { tokens } = await highlight(text);
    const modifiers = Object.entries(sla.lsp.SemanticTokenProvider!.tokenModifiers);
    return tokens.map((token) => {
        const names = modifiers.filter(([, bit]) => (token.tokenModifiers & bit) !== 0).map(([name]) => name);
        return [`${token.text} ${token.tokenType}`, ...names].join('.');
    });
}

describe('semantic tokens', () => {
    it('tell tiers, severities, percentages, durations and dates apart', async () => {
        const tokens = await tokensOf(readExample('acme-tiers.sla'));
        expect(tokens).toEqual(
            expect.arrayContaining([
                '2026-01-01 number.dateTime',
                '99.995% number.percentage',
                '1 min number.duration',
                '180 ms number.duration',
                'critical enumMember.declaration.definition',
                'Standard class.declaration.definition',
                'Premium class.declaration.definition',
                'Standard class',
                '99.9% number.percentage',
                '09:00-17:00 number.dateTime',
                '72 h number.duration',
                '5% number.percentage',
                '25% number.percentage',
                '30 days number.duration',
            ]),
        );
        expect(tokens.filter((t) => t === 'critical enumMember')).toHaveLength(3);
        expect(tokens.filter((t) => t === 'Standard class')).toHaveLength(1);
    });

    it('declare the modifiers of the language in the legend, after the standard ones', () => {
        const legend = sla.lsp.SemanticTokenProvider!.semanticTokensOptions.legend;
        expect(legend.tokenModifiers.slice(-3)).toEqual(['percentage', 'duration', 'dateTime']);
        const bits = sla.lsp.SemanticTokenProvider!.tokenModifiers;
        legend.tokenModifiers.forEach((name, index) => expect(bits[name]).toBe(1 << index));
    });

    it('highlight a duration written without a space as one token', async () => {
        expect(await tokensOf('sla "X" { claims { window 30days } }')).toEqual(['30days number.duration']);
    });
});
