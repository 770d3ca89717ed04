// The credit report (`sla report`, the editor's "SLA: Credit Report…"): pure computation and
// rendering; the callers read the files and talk to Prometheus.
export * from './time-spans.js';
export * from './calendar.js';
export * from './maintenance-window.js';
export * from './measurement-rules.js';
export * from './report-input.js';
export * from './report-terms.js';
export * from './timestamp.js';
export * from './incident-log.js';
export * from './csv-text.js';
export * from './incident-log-text.js';
export * from './downtime-ledger.js';
export * from './credit-report.js';
export * from './sample-reducer.js';
export * from './sli-queries.js';
export * from './render/statement-header.js';
export * from './render/burn-chart-svg.js';
export * from './render/report-json.js';
export * from './render/report-csv.js';
export * from './render/report-text.js';
export * from './render/report-markdown.js';
