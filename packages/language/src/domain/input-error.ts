/**
 * Wrong input from a person: a command line argument, what was typed into the editor's credit
 * calculator, a setting. The message is one line that says what to write instead. The CLI answers
 * it with exit code 2 and the server with an `invalid` result; any other error is a fault of the
 * program (exit 70 in the CLI) and is never shown as the person's mistake.
 */
export class InputError extends Error {
    override readonly name = 'InputError';
}
