/**
 * `sla diff` on large documents: a generated agreement and a revision of it (every tenth price
 * raised, the claim window shortened), built together as `sla diff` builds them, then compared.
 * The target (issue 15): the whole diff — both builds and the comparison — at most twice the
 * time of building both. The redline (both contract texts generated and compared clause by
 * clause) is measured on its own.
 */
import { URI } from 'langium';
import { buildDocuments, compareAgreements, diffText, generateMarkdown, hasErrors, redline, redlineMarkdown, sideOf } from 'sla-language';
import { generateAgreement } from './generate.js';
import { median } from './measure.js';
import { createFullServices } from './services.js';

export interface DiffRow {
    lines: number;
    changes: number;
    /** Building both versions (parse, link, every check). */
    build: number;
    /** Building both and comparing them, the text output included: what `sla diff` does. */
    diff: number;
    /** Generating both contract texts and redlining them, after the builds. */
    redline: number;
}

/** Every tenth price 100 higher, and a shorter claim window: a negotiation's worth of changes. */
export function revise(text: string): string {
    let count = 0;
    return text
        .replace(/price (\d+) per month/g, (whole, amount: string) =>
            ++count % 10 === 0 ? `price ${Number(amount) + 100} per month` : whole,
        )
        .replace('window 30 days', 'window 14 days');
}

export async function measureDiff(sizes: readonly number[], runs: number, log: (line: string) => void): Promise<DiffRow[]> {
    const rows: DiffRow[] = [];
    for (const size of sizes) {
        const before = generateAgreement(size).text;
        const after = revise(before);
        const sources = [
            { uri: URI.parse('memory:/bench/old.sla'), text: before },
            { uri: URI.parse('memory:/bench/new.sla'), text: after },
        ];
        const { shared } = createFullServices();
        const builds: number[] = [];
        const diffs: number[] = [];
        const redlines: number[] = [];
        let changes = 0;
        for (let run = 0; run < runs + 1; run++) {
            let start = performance.now();
            await buildDocuments(shared, sources);
            const build = performance.now() - start;

            start = performance.now();
            const built = await buildDocuments(shared, sources);
            if (built.some((b) => hasErrors(b.diagnostics))) throw new Error(`the ${size}-line documents to compare have errors`);
            const [a, b] = built.map((d) => d.document.parseResult.value);
            const found = compareAgreements(sideOf(a), sideOf(b));
            diffText(found, { old: 'old.sla', new: 'new.sla' });
            const diff = performance.now() - start;

            start = performance.now();
            redlineMarkdown(redline(generateMarkdown(a), generateMarkdown(b)));
            const marked = performance.now() - start;
            changes = found.length;
            // The first round warms the code up and is not counted.
            if (run > 0) {
                builds.push(build);
                diffs.push(diff);
                redlines.push(marked);
            }
        }
        const row = {
            lines: before.split('\n').length - 1,
            changes,
            build: median(builds),
            diff: median(diffs),
            redline: median(redlines),
        };
        log(
            `  ${row.lines} lines: build both ${row.build.toFixed(0)} ms, diff ${row.diff.toFixed(0)} ms, redline ${row.redline.toFixed(0)} ms`,
        );
        rows.push(row);
    }
    return rows;
}
