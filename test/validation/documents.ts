import { build } from '../helpers/services.js';

/**
 * Small real documents for the check tests: a clean agreement around the clauses under test, and
 * the diagnostics of one code with their 1-based lines.
 */
export interface AgreementParts {
    capabilities?: string;
    severities?: string;
    measurement?: string;
    exclusions?: string;
    claims?: boolean;
}

export const SEVERITIES =
    'severities {\n        critical "System down"\n        high "Major feature unavailable"\n        medium "Feature impaired"\n        low "Questions"\n    }';

/** An agreement with provider, currency, a monthly measurement, severities and claims around `body`. */
export function sla(body: string, parts: AgreementParts = {}): string {
    return [
        'sla "Test" {',
        '    provider "Vendor"',
        '    currency USD',
        `    measurement {\n        ${parts.measurement ?? 'period monthly'}\n    }`,
        parts.capabilities === undefined ? '' : `    capabilities {\n        ${parts.capabilities}\n    }`,
        `    ${parts.severities ?? SEVERITIES}`,
        parts.exclusions === undefined ? '' : `    exclusions {\n        ${parts.exclusions}\n    }`,
        body,
        parts.claims === false ? '' : '    claims {\n        window 30 days\n        applied-to next-invoice\n    }',
        '}',
    ]
        .filter((line) => line !== '')
        .join('\n');
}

/** A tier with a price and the given clauses, one per line. */
export function tier(name: string, clauses: string[], parent?: string): string {
    return [
        `    tier ${name}${parent ? ` extends ${parent}` : ''} {`,
        '        price 100 per month',
        ...clauses.map((c) => `        ${c}`),
        '    }',
    ].join('\n');
}

/** A credits block with the given brackets and cap. */
export function credits(brackets: string[], cap?: string): string {
    return ['credits {', ...brackets.map((b) => `    ${b}`), ...(cap ? [`    ${cap}`] : []), '}'].join('\n        ');
}

export interface Found {
    line: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
    related: string[];
    data: unknown;
}

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

export async function diagnostics(text: string, code?: string): Promise<Found[]> {
    const built = await build(text);
    return built.diagnostics
        .filter((d) => code === undefined || d.code === code)
        .map((d) => ({
            line: d.range.start.line + 1,
            severity: severities[d.severity ?? 1],
            code: String(d.code),
            message: typeof d.message === 'string' ? d.message : d.message.value,
            related: (d.relatedInformation ?? []).map((r) => `${r.location.range.start.line + 1}: ${r.message}`),
            data: d.data,
        }));
}

/** The 1-based line of the first line containing `marker`. */
export function lineOf(text: string, marker: string): number {
    const index = text.split('\n').findIndex((line) => line.includes(marker));
    if (index < 0) throw new Error(`No line contains ${marker}`);
    return index + 1;
}

/** Errors and warnings only: what must be absent from a clean document. */
export async function problems(text: string): Promise<Found[]> {
    return (await diagnostics(text)).filter((d) => d.severity === 'error' || d.severity === 'warning');
}
