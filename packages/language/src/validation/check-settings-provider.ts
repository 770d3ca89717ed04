import type { LangiumSharedCoreServices } from 'langium';
import { resolveCheckSettings, type CheckSettings } from './check-settings.js';

/** The client's settings section (`sla`) and the key of the checks within it (`sla.checks`). */
const SECTION = 'sla';
const KEY = 'checks';

const resolved = new WeakMap<object, CheckSettings>();
const problemsReported = new WeakSet<object>();

/**
 * The thresholds in force, from Langium's ConfigurationProvider: the editor's `sla.checks`
 * settings, or what the CLI put there from its options. Resolved once per settings object.
 */
export async function loadCheckSettings(shared: LangiumSharedCoreServices): Promise<CheckSettings> {
    const raw: unknown = await shared.workspace.ConfigurationProvider.getConfiguration(SECTION, KEY);
    if (typeof raw !== 'object' || raw === null) return resolveCheckSettings(undefined).settings;
    let settings = resolved.get(raw);
    if (!settings) {
        const result = resolveCheckSettings(raw);
        settings = result.settings;
        resolved.set(raw, settings);
        if (result.problems.length > 0 && !problemsReported.has(raw)) {
            problemsReported.add(raw);
            // The language server's stderr is the client's output channel; the defaults stay in force.
            console.error(`SLA settings: ${result.problems.join('; ')}; using the defaults for these.`);
        }
    }
    return settings;
}

/**
 * Re-validates every document when `sla.checks` changes, so that new thresholds show at once
 * instead of at the next edit.
 */
export function revalidateOnSettingsChange(shared: LangiumSharedCoreServices): void {
    let last = JSON.stringify(resolveCheckSettings(undefined).settings);
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(({ section, configuration }) => {
        if (section !== SECTION) return;
        const raw = (configuration as Record<string, unknown> | undefined)?.[KEY];
        const next = JSON.stringify(resolveCheckSettings(raw).settings);
        if (next === last) return;
        last = next;
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        if (documents.length === 0) return;
        void shared.workspace.WorkspaceLock.write((token) =>
            shared.workspace.DocumentBuilder.build(documents, { validation: true }, token),
        );
    });
}
