/**
 * Real agreement text for the credit report: the tests' month (test/report/) and the benchmark's
 * year of samples (bench/report-rows.ts) start from the same agreement.
 */
export const GOLD = `sla "Test Month" {
    provider "Test Provider"
    effective 2026-01-01
    currency EUR
    measurement {
        period monthly
    }
    exclusions {
        scheduled-maintenance "Sundays 02:00-04:00 UTC", at most 1 h per month
        customer-caused
    }
    tier Gold {
        price 1000 per month
        availability 99.9%
        credits {
            credit 10% when availability below 99.9% and at least 99.0%
            credit 25% when availability below 99.0%
            cap 20% of monthly fee
        }
    }
    claims {
        window 30 days
    }
}
`;

/** GOLD with extra lines at the top of the agreement and inside its measurement block. */
export function goldWith(top: string, measurement = ''): string {
    return GOLD.replace('    currency EUR\n', `    currency EUR\n${top}`).replace(
        '        period monthly\n',
        `        period monthly\n${measurement}`,
    );
}

export const SERVICES = `sla "Two services" {
    provider "Test Provider"
    currency EUR
    service API "Public REST API"
    service Dashboard
    measurement {
        period monthly
    }
    tier Gold {
        price 12000 per year
        availability 99.9%
        credits {
            credit 10% when availability below 99.9%
            cap 15% of monthly fee
        }
        service Dashboard {
            availability 99.5%
            credits {
                credit 5% when availability below 99.5%
            }
        }
    }
}
`;
