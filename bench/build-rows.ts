import { URI } from 'langium';
import { generateJson, hasErrors } from 'sla-language';
import { generateAgreement } from './generate.js';
import { measureInterleaved, runsFor, type Sample } from './measure.js';
import { buildOne, createBareServices, createFullServices } from './services.js';

export interface BuildRow {
    lines: number;
    tiers: number;
    warnings: number;
    parse: Sample;
    full: Sample;
    bare: Sample;
    bareDiagnostics: number;
    jsonParse: Sample;
    jsonBytes: number;
}

const fullUri = URI.parse('memory:/bench/full.sla');
const bareUri = URI.parse('memory:/bench/bare.sla');

/**
 * For each size: parse only, the full build with every check, the bare Langium build of the
 * same text, and `JSON.parse` of the document's generated JSON. The generated document must build without
 * errors under the full services, or the row would measure error reporting instead.
 */
export async function measureBuilds(
    sizes: readonly number[], options: { quick: boolean; bareDefaults: boolean }, log: (line: string) => void,
): Promise<BuildRow[]> {
    const full = createFullServices();
    const bare = createBareServices({ defaultScoping: options.bareDefaults });
    const parser = full.Sla.parser.LangiumParser;

    // Warm the JIT on a mid-sized document first, so that the smallest row is not the cold one.
    const warm = generateAgreement(2000, 99).text;
    for (let i = 0; i < 3; i++) {
        parser.parse(warm);
        await buildOne(full.shared, warm, fullUri);
        await buildOne(bare.shared, warm, bareUri);
    }

    const rows: BuildRow[] = [];
    for (const size of sizes) {
        const { text, lines, tiers } = generateAgreement(size);
        const runs = runsFor(lines, options.quick);
        const built = await buildOne(full.shared, text, fullUri);
        if (hasErrors(built.diagnostics)) {
            const first = built.diagnostics.find((d) => d.severity === 1)!;
            throw new Error(`The generated ${lines}-line document has errors, first at line ${first.range.start.line + 1}: ${first.code} ${first.message}`);
        }
        // The floor: the document's generated JSON (what `sla build --json` writes), parsed.
        const json = generateJson(built.document.parseResult.value);
        const bareBuilt = await buildOne(bare.shared, text, bareUri);

        // Interleaved, one run of each per round: load from other processes on this machine then
        // falls on all four alike, and the ratios stay meaningful even when the times wander.
        const [parse, fullSample, bareSample, jsonParse] = await measureInterleaved([
            () => parser.parse(text),
            () => buildOne(full.shared, text, fullUri),
            () => buildOne(bare.shared, text, bareUri),
            () => JSON.parse(json),
        ], { runs });
        rows.push({
            lines, tiers,
            warnings: built.diagnostics.filter((d) => d.severity === 2).length,
            parse, full: fullSample, bare: bareSample, bareDiagnostics: bareBuilt.diagnostics.length,
            jsonParse, jsonBytes: Buffer.byteLength(json),
        });
        log(`  ${String(lines).padStart(6)} lines: parse ${parse.median.toFixed(1)} ms, full ${fullSample.median.toFixed(1)} ms, bare ${bareSample.median.toFixed(1)} ms, JSON.parse ${jsonParse.median.toFixed(2)} ms`);
    }
    return rows;
}
