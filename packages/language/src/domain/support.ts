/**
 * Support targets (§5 support checks) on plain numbers: response times in seconds, severities by
 * their declared position (0 = most severe).
 */

/** A response faster than this under 24x7 support needs someone on call at night. */
export const UNSTAFFED_RESPONSE_LIMIT = 2 * 3600;

/** `response-after-resolution`: responding later than the issue must be resolved. */
export function respondsAfterResolution(response: number, resolution: number): boolean {
    return response > resolution;
}

/** `unstaffed-response`: a response promised sooner than the limit (equal is fine). */
export function needsSomeoneOnCall(response: number, limit = UNSTAFFED_RESPONSE_LIMIT): boolean {
    return response < limit;
}

export interface SeverityOrderViolation {
    /** Position of the more severe level, which waits longer. */
    moreSevere: number;
    /** Position of the less severe level, which is answered sooner. */
    lessSevere: number;
}

/**
 * `severity-order`: every pair where a more severe level gets a slower response than a less severe
 * one. `responses[i]` is the response time of the i-th declared severity, undefined when the tier
 * has none for it. Quadratic in the number of severities, which is a handful.
 */
export function severityOrderViolations(responses: ReadonlyArray<number | undefined>): SeverityOrderViolation[] {
    const found: SeverityOrderViolation[] = [];
    responses.forEach((slower, moreSevere) => {
        if (slower === undefined) return;
        for (let lessSevere = moreSevere + 1; lessSevere < responses.length; lessSevere++) {
            const faster = responses[lessSevere];
            if (faster !== undefined && slower > faster) found.push({ moreSevere, lessSevere });
        }
    });
    return found;
}
