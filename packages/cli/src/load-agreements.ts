import { resolve } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { buildDocuments, createSlaServices, type BuiltDocument } from 'sla-language';
import { readSlaFiles, type Unreadable } from './read-sla-files.js';

export interface LoadedAgreement extends BuiltDocument {
    path: string;
}

/**
 * Reads and builds every `.sla` file under the given paths with one set of language services.
 * `checkSettings` (raw `sla.checks` values, such as `{ capRange: '20-50' }`) reach the checks the
 * way an editor's settings do, through the configuration provider.
 */
export async function loadAgreements(
    paths: readonly string[],
    checkSettings?: Record<string, unknown>,
): Promise<{ agreements: LoadedAgreement[]; unreadable: Unreadable[] }> {
    const { files, unreadable } = await readSlaFiles(paths);
    const { shared } = createSlaServices(NodeFileSystem);
    if (checkSettings) shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sla: { checks: checkSettings } } });
    const built = await buildDocuments(
        shared,
        files.map((file) => ({ uri: URI.file(resolve(file.path)), text: file.text })),
    );
    return { agreements: built.map((document, index) => ({ ...document, path: files[index].path })), unreadable };
}
