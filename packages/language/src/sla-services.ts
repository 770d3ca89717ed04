/**
 * The types of the SLA services, apart from their wiring in `sla-module.ts`. Checks, editor
 * features and generators import these types from here and never import the module itself, so
 * that the module (which imports the checks to register them) and the checks form no cycle.
 * This file imports types only.
 */
import type { LangiumServices } from 'langium/lsp';
import type { SlaSettingsProvider } from './validation/sla-settings-provider.js';

/** Services that the SLA language adds to Langium's defaults. */
export type SlaAddedServices = {
    settings: {
        /** The client's `sla.checks.*` and `sla.inlayHints.*` settings, read in one place. */
        SettingsProvider: SlaSettingsProvider;
    };
};

export type SlaServices = LangiumServices & SlaAddedServices;
