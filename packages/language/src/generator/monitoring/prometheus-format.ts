/**
 * The Prometheus output (docs/MONITORING.md): recording rules and multiwindow burn-rate alerts for
 * every commitment that has an SLI, in a rule file `promtool check rules` accepts.
 */
import type { Agreement } from '../../generated/ast.js';
import { textStart, type TextOutputFormat } from '../output-format.js';
import { monitoringModel } from './monitoring-from-agreement.js';
import { PROMETHEUS_MARKER, prometheusRulesText } from './prometheus-output.js';

export const prometheusFormat: TextOutputFormat = {
    name: 'prometheus',
    extension: '.rules.yaml',
    title: 'Generate Prometheus Rules',
    noun: 'Prometheus rules',
    content: 'text',
    builtByDefault: false,
    isGenerated: (start) => textStart(start).startsWith(PROMETHEUS_MARKER),
    generate: (agreement: Agreement) => prometheusRulesText(monitoringModel(agreement)),
};
