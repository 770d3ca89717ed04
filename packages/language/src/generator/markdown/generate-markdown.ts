import type { Agreement } from '../../generated/ast.js';
import { contractDocument, declaredLanguage } from '../contract/from-agreement.js';
import type { ContractLanguage } from '../locale/languages.js';
import { MARKDOWN_MARKER } from './markdown-format.js';
import { renderBilingualMarkdown } from './render-bilingual.js';
import { renderMarkdown } from './render.js';

/**
 * The contract text: GitHub-flavoured Markdown in seven numbered sections, ending in a newline,
 * after the generated-file marker (a first line that renders as nothing). In the language the
 * agreement declares, or the one given, or two: the bilingual edition gives each block in the
 * first language, then quoted beneath it in the second.
 */
export function generateMarkdown(agreement: Agreement, languages: readonly ContractLanguage[] = declaredLanguage(agreement)): string {
    const [first, second] = languages;
    const body =
        second === undefined
            ? renderMarkdown(contractDocument(agreement, first))
            : renderBilingualMarkdown(contractDocument(agreement, first), contractDocument(agreement, second));
    return MARKDOWN_MARKER + '\n\n' + body;
}
