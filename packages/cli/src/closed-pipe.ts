/**
 * `sla check examples/ | head -3`: once `head` has its lines it closes the pipe, and the next write
 * fails with EPIPE, which Node raises as an uncaught error with a stack trace. A closed pipe means
 * the reader wants no more: end at once and quietly, with the status a shell gives `git` or `grep`
 * ended by the same closed pipe (128 + SIGPIPE = 141).
 */
export const CLOSED_PIPE_EXIT_CODE = 141;

export function endQuietlyOnClosedPipe(): void {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT_CODE);
            throw error;
        });
    }
}
