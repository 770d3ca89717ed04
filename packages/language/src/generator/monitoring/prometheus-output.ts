/**
 * The Prometheus rule file's text: the rules of prometheus-rules.ts written with the `yaml`
 * library (queries as literal blocks, no line folding), after a comment that marks the file as
 * generated and lists what the rules leave out.
 */
import { Document } from 'yaml';
import type { MonitoringModel } from './monitoring-model.js';
import { PROMETHEUS_MARKER } from './prometheus-format.js';
import { prometheusRules } from './prometheus-rules.js';

export function prometheusRulesText(model: MonitoringModel): string {
    const { groups, notes } = prometheusRules(model);
    const document = new Document({ groups });
    const header = [`Agreement: "${model.agreement}" (check with: promtool check rules <file>)`, ...notes];
    return `${PROMETHEUS_MARKER}\n${header.map((line) => `# ${line}`).join('\n')}\n${document.toString({ lineWidth: 0, blockQuote: 'literal' })}`;
}
