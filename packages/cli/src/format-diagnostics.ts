import type { Diagnostic } from 'vscode-languageserver';

export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const severityNames = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** LSP positions are 0-based; editors' problem matchers and CI logs count from 1. */
export function toFileDiagnostic(file: string, diagnostic: Diagnostic): FileDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severityNames[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? 'unknown'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    };
}

export function byPosition(a: FileDiagnostic, b: FileDiagnostic): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** `path:line:column: severity CODE: message`, one line each (newlines in messages are folded). */
export function formatText(diagnostic: FileDiagnostic): string {
    const message = diagnostic.message.replace(/\s*\r?\n\s*/g, ' ');
    return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.code}: ${message}`;
}
