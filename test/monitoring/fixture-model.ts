import type { MonitoringModel } from '../../packages/language/src/generator/monitoring/monitoring-model.js';

/** A hand-written model, until the example is read from .sla text. */
export const handModel: MonitoringModel = {
    agreement: 'Acme Cloud Platform',
    period: 'monthly',
    timeZone: 'UTC',
    maintenanceExcluded: true,
    maintenanceWindows: ['Sundays 02:00-04:00 UTC'],
    services: [
        {
            name: 'API',
            slis: [
                { metric: 'availability', kind: 'probe', series: 'probe_success{job="blackbox",target="api"}' },
                {
                    metric: 'error-rate',
                    kind: 'ratio-bad',
                    bad: 'sum(rate(http_requests_total{job="api",code=~"5.."}[{{window}}]))',
                    total: 'sum(rate(http_requests_total{job="api"}[{{window}}]))',
                },
            ],
        },
    ],
    commitments: [
        { tier: 'Standard', service: 'API', metric: 'availability', contract: 99.9 },
        { tier: 'Premium', service: 'API', metric: 'availability', contract: 99.95, internal: 99.99 },
        { tier: 'Premium', service: 'API', metric: 'error-rate', contract: 0.1 },
    ],
};
