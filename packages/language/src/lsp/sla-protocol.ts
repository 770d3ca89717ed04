/**
 * The SLA language server's own requests, beyond LSP: what the VS Code extension's palette
 * commands ask for. Plain types, method names and two codec functions with no imports, so that
 * the extension's client bundle can share them without pulling in Langium.
 *
 * They are custom requests rather than `workspace/executeCommand` commands on purpose: a server
 * that advertises commands makes the client register them, which clashes with the extension's own
 * palette commands of the same id.
 */

/** Which document: its URI and the version the client holds, so the answer is never about older text. */
export interface SlaDocumentParams {
    textDocument: { uri: string; version?: number };
}

/** An error of the document, 1-based like `sla check`, for messages that say why nothing was done. */
export interface SlaProblem {
    line: number;
    column: number;
    code?: string;
    message: string;
}

/** The document has errors: nothing was generated or calculated. */
export interface SlaHasErrors {
    kind: 'errors';
    errors: SlaProblem[];
}

/** The name of a registered output format (`json`, `markdown`; generator/output-formats.ts). */
export type SlaOutputFormat = string;

/**
 * `sla/generate`: the file `sla build` writes for this document in that format, byte for byte. A
 * format the registry does not have is refused with the error code `InvalidParams` (-32602).
 */
export const GenerateRequestMethod = 'sla/generate';

export interface GenerateParams extends SlaDocumentParams {
    format: SlaOutputFormat;
    /**
     * The contract text's language (`ru`) or two for a bilingual edition (`en,id`), for formats that
     * write contract text; without it, the document's own `language` (else English).
     */
    languages?: string;
}

export type GenerateResult =
    | {
          kind: 'content';
          format: SlaOutputFormat;
          /** `utf8`: `content` is the text; `base64`: the bytes of a binary format, in base64. */
          encoding: 'utf8' | 'base64';
          content: string;
      }
    | SlaHasErrors;

/** The bytes of a generated file, whatever its encoding in a `GenerateResult`. */
export function decodeContent(result: { encoding: 'utf8' | 'base64'; content: string }): Uint8Array {
    if (result.encoding === 'utf8') return new TextEncoder().encode(result.content);
    const binary = atob(result.content);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Base64 without Node's Buffer, so that the Web Worker server can send bytes too. */
export function encodeBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

/** `sla/tiers`: the tiers to choose from in the credit calculator, inheritance resolved. */
export const TiersRequestMethod = 'sla/tiers';

export interface TierSummary {
    name: string;
    /** `99.95%` as the document writes it, when the tier commits to an availability. */
    availability?: string;
    /** `USD 1,300.00`, when the tier has a price. */
    price?: string;
    /** Whether the tier has a credit schedule (directly or inherited). */
    hasCredits: boolean;
    /**
     * What the tier's schedule pays on, the calculator's choices: `availability` (when the tier
     * also commits to an availability), `error-rate`, `latency p95`, in the order first written.
     */
    creditMetrics: CreditMetric[];
}

/** A measurement the credit calculator computes from: `availability` (or downtime), `error-rate`, `latency p95`. */
export type CreditMetric = 'availability' | 'error-rate' | `latency p${string}`;

export type TiersResult = { kind: 'tiers'; tiers: TierSummary[] } | SlaHasErrors;

/** `sla/calculateCredit`: what `sla credits` answers, for one tier and one measurement. */
export const CalculateCreditRequestMethod = 'sla/calculateCredit';

export interface CalculateCreditParams extends SlaDocumentParams {
    tier: string;
    /** What the measurement is (default `availability`, which takes a downtime too). */
    metric?: CreditMetric;
    /**
     * A measured availability (`99.2%`) or a downtime net of exclusions (`3h`, `45 min`); for
     * `error-rate` a share of requests (`0.4%`); for `latency p95` a duration (`450ms`).
     */
    measurement: string;
    /** Days in the period, for a downtime (default: 30, 91 or 365 by the agreement's period). */
    days?: number;
}

export type CalculateCreditResult =
    | {
          kind: 'credit';
          /** The answer in one line, the amount first: what a notification shows. */
          summary: string;
          /** The lines `sla credits` prints. */
          lines: string[];
          /** The object `sla credits --format json` prints. */
          json: Record<string, unknown>;
      }
    /** The tier or the measurement was wrong: a one-line reason. */
    | { kind: 'invalid'; message: string }
    | SlaHasErrors;

/** `sla/creditReport`: the credit statement `sla report --incidents <log> --format markdown` writes, from a log's text. */
export const CreditReportRequestMethod = 'sla/creditReport';

export interface CreditReportParams extends SlaDocumentParams {
    /** The incident log's name, for the statement. */
    logName: string;
    /** The incident log's text (CSV with a header: start, end, optional service, kind, id, note). */
    logText: string;
}

export type CreditReportResult =
    | { kind: 'report'; markdown: string; breach: boolean }
    /** The log (or the request) was wrong: a one-line reason, naming line and column where it can. */
    | { kind: 'invalid'; message: string }
    | SlaHasErrors;

/**
 * `sla/compare`: what changed between another version of an agreement (its text, sent by the
 * client: another file, or the file at git's HEAD) and the open document, as `sla diff` reports it.
 */
export const CompareRequestMethod = 'sla/compare';

export interface CompareParams extends SlaDocumentParams {
    /** The other, older version: its text and how to name it (`acme.sla`, `HEAD:acme.sla`). */
    old: { text: string; label: string };
    /** The other version is the standard offering and the open document a contract negotiated from it. */
    deviations?: boolean;
}

/**
 * The marks of the redline: private-use characters, since the preview renders Markdown without
 * raw HTML and turns these into `<del>`/`<ins>` after rendering. The server removes any that the
 * contract text itself holds, so they can only be marks.
 */
export const REDLINE_MARKS = { del: ['\uE000', '\uE001'], ins: ['\uE002', '\uE003'] } as const;

export type CompareResult =
    | {
          kind: 'comparison';
          /** Counts by whom the changes favour. */
          counts: { provider: number; unclear: number; customer: number };
          /** The changes, as `sla diff --format json` lists them. */
          changes: Array<Record<string, unknown>>;
          /** `sla diff --format markdown`. */
          markdown: string;
          /** The contract text redlined, marked with REDLINE_MARKS. */
          redline: string;
      }
    /** One version has syntax errors (a half-parsed version would show its clauses as removed). */
    | { kind: 'errors'; side: 'old' | 'new'; errors: SlaProblem[] };
