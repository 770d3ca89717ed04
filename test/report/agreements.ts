/** The terms a report reads from an agreement's text. */
import { reportTerms, type ReportTerms } from '../../packages/language/src/index.js';
import { build } from '../helpers/services.js';

export async function termsOf(text: string): Promise<ReportTerms> {
    const built = await build(text);
    const errors = built.diagnostics.filter((d) => d.severity === 1);
    if (errors.length > 0) throw new Error(`test agreement has errors: ${errors.map((e) => e.message).join('; ')}`);
    return reportTerms(built.document.parseResult.value);
}
