/**
 * The extension's commands that generate files: SLA: Generate… (any format of the registry, picked
 * or named) and a shortcut per format that had a command of its own before the registry. Kept
 * apart from the `vscode` API so that the manifest test can compare them with package.json.
 */
export const GENERATE_COMMAND = 'sla.generate';

/** Shortcut command id → format name; their palette titles are the formats' titles. */
export const FORMAT_SHORTCUTS: Readonly<Record<string, string>> = {
    'sla.generateContractText': 'markdown',
    'sla.exportJson': 'json',
    'sla.exportWordDocument': 'docx',
};
