/**
 * Wrong input from the person at the terminal: a missing file, an unknown tier, a malformed
 * figure. Printed as one line and exit code 2, never as a stack trace.
 */
export class UsageError extends Error {
    constructor(
        message: string,
        readonly exitCode = 2,
    ) {
        super(message);
    }
}
