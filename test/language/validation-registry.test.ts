import { EmptyFileSystem, URI } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SlaAstType } from '../../packages/language/src/generated/ast.js';
import { buildText, createSlaServices } from '../../packages/language/src/index.js';
import { readExample } from '../helpers/services.js';

// SlaValidationRegistry and SlaDocumentValidator run synchronous checks without promises; a check
// that throws or rejects must still be reported as Langium reports it, and nothing else may change.
describe('validation without a promise per check', () => {
    afterEach(() => vi.restoreAllMocks());

    it('reports a check that throws, and one that rejects, as Langium does', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = createSlaServices(EmptyFileSystem);
        services.Sla.validation.ValidationRegistry.register<SlaAstType>({
            Agreement: [
                () => {
                    throw new Error('thrown');
                },
                async () => {
                    throw new Error('rejected');
                },
            ],
        });
        const built = await buildText(services.shared, readExample('acme-tiers.sla'), URI.parse('memory:/throwing.sla'));
        const messages = built.diagnostics.filter((d) => d.severity === 1).map((d) => d.message);
        expect(messages).toEqual(['An error occurred during validation: thrown', 'An error occurred during validation: rejected']);
        expect(console.error).toHaveBeenCalled();
    });

    it('awaits asynchronous checks and keeps their diagnostics', async () => {
        const services = createSlaServices(EmptyFileSystem);
        services.Sla.validation.ValidationRegistry.register<SlaAstType>({
            Tier: async (tier, accept) => {
                await new Promise((resolve) => setTimeout(resolve, 1));
                accept('hint', `seen ${tier.name}`, { node: tier, property: 'name' });
            },
        });
        const built = await buildText(services.shared, readExample('acme-tiers.sla'), URI.parse('memory:/async.sla'));
        expect(built.diagnostics.map((d) => d.message)).toEqual(['seen Standard', 'seen Premium', 'seen Enterprise']);
    });
});
