import type { ValidationChecks } from 'langium';
import type { SlaAstType } from '../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { nameChecks } from './name-checks.js';
import { structureChecks } from './structure-checks.js';
import { valueChecks } from './value-checks.js';

/** Every group of checks, each a `ValidationChecks` record built from the services. */
const checkGroups: Array<(services: SlaServices) => ValidationChecks<SlaAstType>> = [
    structureChecks,
    valueChecks,
    nameChecks,
];

export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const group of checkGroups) {
        registry.register(group(services));
    }
}
