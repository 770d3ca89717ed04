/**
 * The terms of an agreement that a report applies, read once from the AST (inheritance
 * resolved): zone, period, exclusions, maintenance window and allowance, claim window, and per
 * tier the commitment, brackets, cap and price. The rest of the report works on these plain
 * values, so it can be tested and run without Langium.
 */
import type { Agreement } from '../generated/ast.js';
import type { CreditBracket } from '../domain/credit.js';
import type { AllowanceUnit } from '../domain/maintenance.js';
import type { PeriodKind } from '../domain/period.js';
import { effectiveTiers } from '../model/effective-tiers.js';
import { agreementPeriod, creditBrackets, creditCap, durationSeconds, percentFormatter } from '../model/values.js';
import { parseMaintenanceWindow, type WeeklyWindow } from './maintenance-window.js';
import type { MeasurementRules } from './measurement-rules.js';
import type { ExclusionKind } from './report-input.js';

export interface TierTerms {
    name: string;
    /** Percent; per service where a service overrides it. */
    commitment: number;
    serviceCommitments: ReadonlyMap<string, number>;
    brackets: CreditBracket[];
    cap?: number;
    monthlyPrice?: number;
}

export interface MaintenanceTerms {
    /** `maintenance included`: scheduled maintenance is downtime like any other. */
    counted: boolean;
    /** The window as written; undefined when the agreement declares no scheduled maintenance. */
    windowText?: string;
    /** Undefined when the text is not a weekly schedule: every logged maintenance counts as inside. */
    window?: WeeklyWindow;
    allowance?: { seconds: number; per: AllowanceUnit };
}

export interface ReportTerms {
    name: string;
    /** IANA zone of the calendar periods; `UTC` unless the agreement declares one. */
    zone: string;
    zoneDeclared: boolean;
    period: PeriodKind;
    currency: string;
    services: string[];
    exclusions: ReadonlySet<ExclusionKind>;
    maintenance: MaintenanceTerms;
    claimWindowSeconds?: number;
    rules: MeasurementRules;
    tiers: TierTerms[];
    /** Formats a percentage as the agreement wrote it (`99.0%`). */
    percent: (value: number) => string;
}

export function reportTerms(agreement: Agreement): ReportTerms {
    const exclusionItems = agreement.exclusionBlocks.flatMap((block) => block.items);
    const exclusions = new Set<ExclusionKind>();
    let maintenance: MaintenanceTerms = { counted: agreement.measurements[0]?.maintenance[0]?.mode === 'included' };
    for (const item of exclusionItems) {
        if (item.$type === 'StandardExclusion') exclusions.add(item.kind as ExclusionKind);
        if (item.$type === 'MaintenanceWindow' && maintenance.windowText === undefined) {
            const seconds = durationSeconds(item.allowance);
            maintenance = {
                ...maintenance,
                windowText: item.window,
                window: parseMaintenanceWindow(item.window),
                allowance: seconds !== undefined && item.allowancePer ? { seconds, per: item.allowancePer as AllowanceUnit } : undefined,
            };
        }
    }
    const tiers: TierTerms[] = [];
    for (const [name, tier] of effectiveTiers(agreement)) {
        const commitment = tier.clauses.availability?.value.value;
        if (commitment === undefined) continue;
        const schedule = tier.clauses.credits?.value;
        tiers.push({
            name,
            commitment,
            serviceCommitments: new Map(),
            brackets: schedule ? creditBrackets(schedule).map(({ bracket }) => bracket) : [],
            cap: schedule ? creditCap(schedule) : undefined,
            monthlyPrice: tier.clauses.price?.value.amount,
        });
    }
    return {
        name: agreement.name,
        zone: 'UTC',
        zoneDeclared: false,
        period: agreementPeriod(agreement),
        currency: agreement.currencies[0]?.code ?? '',
        services: [],
        exclusions,
        maintenance,
        claimWindowSeconds: durationSeconds(agreement.claims[0]?.windows[0]?.length),
        rules: {},
        tiers,
        percent: percentFormatter(agreement),
    };
}
