import { agreementOf } from '../model/schedules.js';
import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Agreement, Availability, MaintenanceWindow, SlaAstType } from '../generated/ast.js';
import { downtimeBudget } from '../domain/downtime.js';
import { formatDuration } from '../domain/duration.js';
import { maintenanceExceedsBudget, maintenancePerPeriod, type AllowanceUnit } from '../domain/maintenance.js';
import { periodNoun } from '../domain/period.js';
import { agreementPeriod, durationSeconds, percentFormatter } from '../model/values.js';
import { IssueCodes } from './issue-codes.js';
import { relatedToAll } from './related-information.js';

/**
 * How downtime is measured and claimed (§5 `maintenance-over-budget`, `missing-claims`). The
 * maintenance check sits on each availability line whose budget the maintenance allowance would
 * exhaust: that is the figure a tier promises, and an inherited one is judged where it is written.
 */
export function measurementChecks(): ValidationChecks<SlaAstType> {
    return {
        Agreement: checkClaimsBlockPresent,
        Availability: checkMaintenanceFitsBudget,
    };
}

function checkClaimsBlockPresent(agreement: Agreement, accept: ValidationAcceptor): void {
    // A half-parsed document lacks blocks only because the parser stopped: the syntax error says enough.
    if (agreement.claims.length > 0 || AstUtils.getDocument(agreement).parseResult.parserErrors.length > 0) return;
    accept(
        'warning',
        'The agreement has no claims block: it does not say how long customers have to claim credits, how credits are paid or how claims are verified.',
        {
            node: agreement,
            property: 'name',
            code: IssueCodes.MissingClaims,
            data: { block: 'claims' },
        },
    );
}

interface Allowance {
    node: MaintenanceWindow;
    seconds: number;
    per: AllowanceUnit;
}

function maintenanceAllowances(agreement: Agreement): Allowance[] {
    const allowances: Allowance[] = [];
    for (const item of agreement.exclusionBlocks.flatMap((block) => block.items)) {
        if (item.$type !== 'MaintenanceWindow') continue;
        const seconds = durationSeconds(item.allowance);
        if (seconds !== undefined && item.allowancePer) allowances.push({ node: item, seconds, per: item.allowancePer as AllowanceUnit });
    }
    return allowances;
}

function checkMaintenanceFitsBudget(availability: Availability, accept: ValidationAcceptor): void {
    const agreement = agreementOf(availability);
    const policy = agreement.measurements[0]?.maintenance[0];
    const value = availability.value;
    if (policy?.mode !== 'included' || !Number.isFinite(value) || value < 0 || value > 100) return;
    const allowances = maintenanceAllowances(agreement);
    const period = agreementPeriod(agreement);
    if (allowances.length === 0 || !maintenanceExceedsBudget(allowances, value, period)) return;
    const noun = periodNoun(period);
    const maintenance = allowances.reduce((sum, a) => sum + maintenancePerPeriod(a.seconds, a.per, period), 0);
    const budget = downtimeBudget(value, period).perPeriod.reference;
    const format = percentFormatter(agreement);
    accept(
        'error',
        `Scheduled maintenance counts as downtime (maintenance included) and may take up to ${formatDuration(maintenance)} a ${noun}, more than the ${formatDuration(budget)} of downtime that availability ${format(value)} allows a ${noun}: the commitment would be missed by maintenance alone.`,
        {
            node: availability,
            property: 'value',
            code: IssueCodes.MaintenanceOverBudget,
            relatedInformation: relatedToAll([
                [policy, 'Maintenance counts as downtime'],
                ...allowances.map(({ node }) => [node, 'The scheduled maintenance allowance'] as const),
            ]),
        },
    );
}
