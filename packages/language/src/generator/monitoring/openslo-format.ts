/**
 * The OpenSLO output (docs/MONITORING.md): OpenSLO v1 documents for the agreement's services,
 * SLIs and commitments, one YAML stream.
 */
import type { Agreement } from '../../generated/ast.js';
import { textStart, type TextOutputFormat } from '../output-format.js';
import { monitoringModel } from './monitoring-from-agreement.js';
import { OPENSLO_MARKER, openSloText } from './openslo-output.js';

export const openSloFormat: TextOutputFormat = {
    name: 'openslo',
    extension: '.openslo.yaml',
    title: 'Generate OpenSLO Documents',
    noun: 'OpenSLO documents',
    content: 'text',
    builtByDefault: false,
    isGenerated: (start) => textStart(start).startsWith(OPENSLO_MARKER),
    generate: (agreement: Agreement) => openSloText(monitoringModel(agreement)),
};
