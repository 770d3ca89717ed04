import type { LangiumSharedCoreServices } from 'langium';
import { memoized } from '../model/memoized.js';
import { resolveCheckSettings, type CheckSettings } from './check-settings.js';

/** The client's settings section: `sla.checks.*`, `sla.inlayHints.*`. */
const SECTION = 'sla';

/** The booleans of `sla.inlayHints.*`. */
export type InlayHintSetting = 'enabled' | 'bracketBounds';

/** Each settings object resolved once, its problems said once: the editor sends a new object when they change. */
const resolveOnce = memoized((raw: object): CheckSettings => {
    const { settings, problems } = resolveCheckSettings(raw);
    // The language server's stderr is the client's output channel; the defaults stay in force.
    if (problems.length > 0) console.error(`SLA settings: ${problems.join('; ')}; using the defaults for these.`);
    return settings;
});

/**
 * The one place the `sla` settings are read (as Safe-DS's settings provider): the thresholds of
 * the checks (`sla.checks.*`) and the inlay hints (`sla.inlayHints.*`), from Langium's
 * ConfigurationProvider, which the editor fills through `workspace/configuration` and the CLI from
 * its options. Registered as `settings.SettingsProvider` in sla-module.ts.
 */
export class SlaSettingsProvider {
    constructor(private readonly shared: LangiumSharedCoreServices) {}

    /** The thresholds in force: the editor's `sla.checks` settings, or what the CLI put there. Resolved once per settings object. */
    async checks(): Promise<CheckSettings> {
        const raw: unknown = await this.shared.workspace.ConfigurationProvider.getConfiguration(SECTION, 'checks');
        if (typeof raw !== 'object' || raw === null) return resolveCheckSettings(undefined).settings;
        return resolveOnce(raw);
    }

    /**
     * A boolean of `sla.inlayHints.*`. Clients send the section as nested objects
     * (`{ inlayHints: { enabled: false } }`); a flat `"inlayHints.enabled"` key is read as well.
     */
    async inlayHint(name: InlayHintSetting, fallback: boolean): Promise<boolean> {
        const configuration = this.shared.workspace.ConfigurationProvider;
        const section: unknown = await configuration.getConfiguration(SECTION, 'inlayHints');
        const nested = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)[name] : undefined;
        if (typeof nested === 'boolean') return nested;
        const flat: unknown = await configuration.getConfiguration(SECTION, `inlayHints.${name}`);
        return typeof flat === 'boolean' ? flat : fallback;
    }

    /** Calls `listener` with the new `sla` section whenever the client's settings change. */
    onChange(listener: (section: Record<string, unknown> | undefined) => void): void {
        this.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(({ section, configuration }) => {
            if (section === SECTION) listener(configuration as Record<string, unknown> | undefined);
        });
    }

    /**
     * Re-validates every document when `sla.checks` changes, so that new thresholds show at once
     * instead of at the next edit.
     */
    revalidateOnChecksChange(): void {
        const shared = this.shared;
        let last = JSON.stringify(resolveCheckSettings(undefined).settings);
        this.onChange((configuration) => {
            const next = JSON.stringify(resolveCheckSettings(configuration?.checks).settings);
            if (next === last) return;
            last = next;
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            if (documents.length === 0) return;
            void shared.workspace.WorkspaceLock.write((token) =>
                shared.workspace.DocumentBuilder.build(documents, { validation: true }, token),
            );
        });
    }
}
