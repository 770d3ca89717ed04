/**
 * Progress of a long report on stderr — rows read and the period reached — only when stderr is a
 * terminal: CI logs and cron mail stay clean. One line rewritten in place, at most five times a second.
 */
export class Progress {
    private last = 0;
    private shown = false;

    constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

    get enabled(): boolean {
        return this.stream.isTTY === true;
    }

    update(text: () => string): void {
        if (!this.enabled) return;
        const now = Date.now();
        if (now - this.last < 200) return;
        this.last = now;
        this.shown = true;
        this.stream.write(`\r\x1b[K${text()}`);
    }

    done(): void {
        if (this.shown) this.stream.write('\r\x1b[K');
        this.shown = false;
    }
}

export function count(n: number): string {
    return n.toLocaleString('en-US');
}
