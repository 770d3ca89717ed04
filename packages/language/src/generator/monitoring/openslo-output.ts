/**
 * The OpenSLO file's text: one YAML stream per agreement, a document per object, written with the
 * `yaml` library after the generated-file comment.
 */
import { Document } from 'yaml';
import type { MonitoringModel } from './monitoring-model.js';
import { OPENSLO_MARKER } from './openslo-format.js';
import { openSloObjects } from './openslo.js';

export function openSloText(model: MonitoringModel): string {
    const { objects, notes } = openSloObjects(model);
    const header = [`Agreement: "${model.agreement}" (OpenSLO v1, one document per object)`, ...notes]
        .map((line) => `# ${line}`)
        .join('\n');
    const documents = objects.map((object) => new Document(object).toString({ lineWidth: 0 }));
    return `${OPENSLO_MARKER}\n${header}\n${documents.map((d) => `---\n${d}`).join('')}`;
}
