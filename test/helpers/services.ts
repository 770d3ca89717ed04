import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { buildText, createSlaServices, type BuiltDocument } from '../../packages/language/src/index.js';

/** One set of services for a test file, as an editor would hold them. */
export const services = createSlaServices(EmptyFileSystem);

let counter = 0;

/** Parses, links and validates real SLA text, each call in a document of its own. */
export function build(text: string): Promise<BuiltDocument> {
    return buildText(services.shared, text, URI.parse(`memory:/test-${++counter}.sla`));
}

export const examplesFolder = fileURLToPath(new URL('../../examples/', import.meta.url));

export function exampleFiles(): string[] {
    return readdirSync(examplesFolder)
        .filter((name) => name.endsWith('.sla'))
        .sort();
}

export function readExample(name: string): string {
    return readFileSync(join(examplesFolder, name), 'utf8');
}

/** The codes of the diagnostics, for compact assertions. */
export function codes(built: BuiltDocument): string[] {
    return built.diagnostics.map((d) => String(d.code));
}
