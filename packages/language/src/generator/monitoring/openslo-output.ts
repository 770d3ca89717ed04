/**
 * The OpenSLO file's text: one YAML stream per agreement, a document per object, written with the
 * `yaml` library after the generated-file comment.
 */
import { Document } from 'yaml';
import type { MonitoringModel } from './monitoring-model.js';
import { openSloObjects } from './openslo.js';
import { YAML_MARKER } from './prometheus-output.js';

export function openSloText(model: MonitoringModel): string {
    const { objects, notes } = openSloObjects(model);
    const header = [`OpenSLO v1 documents for "${model.agreement}"`, ...notes].map((line) => `# ${line}`).join('\n');
    const documents = objects.map((object) => new Document(object).toString({ lineWidth: 0 }));
    return `${YAML_MARKER}\n${header}\n${documents.map((d) => `---\n${d}`).join('')}`;
}
