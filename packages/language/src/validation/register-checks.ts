import type { ValidationChecks } from 'langium';
import type { SlaAstType } from '../generated/ast.js';
import type { SlaServices } from '../sla-services.js';
import { nameChecks } from './name-checks.js';
import { structureChecks } from './structure-checks.js';
import { valueChecks } from './value-checks.js';
import { bracketChecks } from './bracket-checks.js';
import { scheduleCommitmentChecks } from './schedule-commitment-checks.js';
import { realismChecks } from './realism-checks.js';
import { supportChecks } from './support-checks.js';
import { tierChecks } from './tier-checks.js';
import { measurementChecks } from './measurement-checks.js';
import { hiddenTextChecks } from './hidden-text-checks.js';
import { consistencyChecks } from './consistency-checks.js';
import { recoveryChecks } from './recovery-checks.js';
import { terminationChecks } from './termination-checks.js';
import { measurabilityChecks } from './measurability-checks.js';
import { calendarChecks } from './calendar-checks.js';
import { remedyChecks } from './remedy-checks.js';
import { sliChecks } from './sli-checks.js';

/** Every group of checks, each a `ValidationChecks` record built from the services. */
const checkGroups: Array<(services: SlaServices) => ValidationChecks<SlaAstType>> = [
    structureChecks,
    valueChecks,
    nameChecks,
    bracketChecks,
    scheduleCommitmentChecks,
    realismChecks,
    supportChecks,
    tierChecks,
    measurementChecks,
    hiddenTextChecks,
    consistencyChecks,
    recoveryChecks,
    terminationChecks,
    measurabilityChecks,
    calendarChecks,
    remedyChecks,
    sliChecks,
];

export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const group of checkGroups) {
        registry.register(group(services));
    }
    services.settings.SettingsProvider.revalidateOnChecksChange();
}
