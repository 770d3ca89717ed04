/**
 * A real word processor for the Word output: LibreOffice (Debian's `libreoffice-writer-nogui`,
 * installed by scripts/ensure-tools.mjs) converts .docx files to PDF headless, poppler's `pdftotext`
 * reads the text back and `pdftoppm` draws the first pages, kept in test-results/ like the e2e
 * suite's screenshots. LibreOffice starts slowly, so a test converts all its files in one call.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const resultsFolder = fileURLToPath(new URL('../../test-results/word/', import.meta.url));

/**
 * Converts the files to PDF (or, saving as a person would, to Word again) in `outFolder`, same
 * stems, with one headless LibreOffice; returns the paths written.
 */
export async function convertToPdf(docxFiles: readonly string[], outFolder: string, to: 'pdf' | 'docx' = 'pdf'): Promise<string[]> {
    // A profile of its own: LibreOffice refuses to start beside another instance using the same one.
    const profile = mkdtempSync(join(tmpdir(), 'sla-lo-profile-'));
    try {
        await run(
            'soffice',
            [
                `-env:UserInstallation=${pathToFileURL(profile).href}`,
                '--headless',
                '--norestore',
                '--convert-to',
                to === 'pdf' ? 'pdf' : 'docx:MS Word 2007 XML',
                '--outdir',
                outFolder,
                ...docxFiles,
            ],
            { timeout: 240_000 },
        );
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
    return docxFiles.map((file) => join(outFolder, basename(file).replace(/\.docx$/, `.${to}`)));
}

/** The text of a PDF in the order it was drawn, which is the document's order (a table row by row). */
export async function pdfText(pdf: string): Promise<string> {
    const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}

/** PNG pictures of the first pages, `test-results/word/<name>-1.png`…, for a person to look at. */
export async function keepPagePictures(pdf: string, name: string, pages = 2): Promise<string[]> {
    mkdirSync(resultsFolder, { recursive: true });
    const prefix = join(resultsFolder, name);
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, prefix]);
    // pdftoppm pads the page number to the width of the document's page count (`-01` from 10 pages on).
    return readdirSync(resultsFolder)
        .filter((file) => new RegExp(`^${name}-\\d+\\.png$`).test(file))
        .sort()
        .map((file) => join(resultsFolder, file));
}

/**
 * Text without whitespace or hyphens: line breaks, wrapped lines and table cells move spaces, and
 * pdftotext joins a word broken at a hyphen ("30-" / "day" reads "30day"), but words stay in place.
 */
export function squeeze(text: string): string {
    return text.replace(/[\s\u00a0\u202f\u00ad-]+/g, '');
}

/** The pieces missing from a PDF's text, each searched after the previous one. */
export function missingInOrder(text: string, pieces: readonly string[]): string[] {
    const haystack = squeeze(text);
    const missing: string[] = [];
    let from = 0;
    for (const piece of pieces) {
        const needle = squeeze(piece);
        const at = haystack.indexOf(needle, from);
        if (at < 0) missing.push(piece);
        else from = at + needle.length;
    }
    return missing;
}
