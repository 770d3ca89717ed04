/**
 * The conformance rule of the specification (§8): a line ending in `// expect: CODE[, CODE…]`
 * carries a diagnostic with each listed code; every other line carries no error and no warning.
 */

/** Codes expected per 1-based line number. */
export function expectedCodes(text: string): Map<number, string[]> {
    const expected = new Map<number, string[]>();
    text.split(/\r?\n/).forEach((line, index) => {
        const match = /\/\/\s*expect:\s*([A-Za-z0-9_,\s-]+?)\s*$/.exec(line);
        if (match)
            expected.set(
                index + 1,
                match[1]
                    .split(',')
                    .map((code) => code.trim())
                    .filter(Boolean),
            );
    });
    return expected;
}

export interface LineDiagnostic {
    /** 1-based. */
    line: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

/**
 * What differs from the expectations, as readable lines (empty when the file conforms): a listed
 * code missing on its line, a code on an expect line that is not listed, an error or warning on a
 * line without an expect comment.
 */
export function conformanceProblems(text: string, diagnostics: readonly LineDiagnostic[]): string[] {
    const expected = expectedCodes(text);
    const problems: string[] = [];
    for (const [line, codes] of expected) {
        const found = new Set(diagnostics.filter((d) => d.line === line).map((d) => d.code));
        for (const code of codes) if (!found.has(code)) problems.push(`line ${line}: expected ${code}, found [${[...found].join(', ')}]`);
        for (const code of found)
            if (!codes.includes(code)) problems.push(`line ${line}: unexpected ${code} (expected only ${codes.join(', ')})`);
    }
    for (const d of diagnostics) {
        if (!expected.has(d.line) && (d.severity === 'error' || d.severity === 'warning')) {
            problems.push(`line ${d.line}: unexpected ${d.severity} ${d.code}: ${d.message}`);
        }
    }
    return problems;
}
