/**
 * The start-up floor of the `sla check` row: Node, Langium's core services and the SLA grammar —
 * no SLA module, no checks, no CLI — reading one file and building it (parse, link, Langium's own
 * validation). The launcher bundles it like the CLI and runs it through the same code-cached
 * loader, so the difference to `sla check` is what this project adds on top of Langium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { SlaGeneratedSharedModule, SlaGrammarGeneratedModule } from '../packages/language/src/generated/module.js';

async function main(): Promise<void> {
    const file = resolve(process.argv[2]);
    const shared = inject(createDefaultSharedCoreModule(NodeFileSystem), SlaGeneratedSharedModule);
    const language = inject(createDefaultCoreModule({ shared }), SlaGrammarGeneratedModule);
    shared.ServiceRegistry.register(language);
    shared.workspace.ConfigurationProvider.initialized({});
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    process.stdout.write(`${document.diagnostics?.length ?? 0} diagnostics\n`);
}

void main();
