/** Which agreement a statement was computed from: the name of its file and the SHA-256 of its text. */
export interface StatementSource {
    fileName: string;
    /** Hex digest of the source's bytes; the CLI and the editor compute it. */
    sha256: string;
}
