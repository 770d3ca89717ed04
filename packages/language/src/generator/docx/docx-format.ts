/**
 * The contract as a Word document (`sla build --format docx`, "SLA: Export Word Document"): the
 * same document tree as the Markdown text, laid out by `generate-docx.ts`, in the language the
 * agreement declares or the ones asked for. Its generated-file marker is a custom document
 * property in the package's first entry (docx-package.ts).
 */
import type { BinaryOutputFormatInfo } from '../output-format.js';
import { isGeneratedDocx } from './docx-marker.js';

export const docxFormat = {
    name: 'docx',
    extension: '.docx',
    title: 'Export Word Document',
    noun: 'Word document',
    content: 'binary',
    builtByDefault: false,
    languages: true,
    isGenerated: (start) => typeof start !== 'string' && isGeneratedDocx(start),
} as const satisfies BinaryOutputFormatInfo;
