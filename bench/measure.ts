/**
 * Statistics for the benchmark: each figure is the median of several runs after a warm-up run.
 * (No forced garbage collection between runs: a full collection drops much of what V8 learned
 * about the code, and made a 2 ms build of a 100-line document measure 10 ms.)
 */

export interface Sample {
    /** Milliseconds of wall-clock time. */
    median: number;
    min: number;
    max: number;
    runs: number;
    /**
     * Median CPU time of the process during each run, in milliseconds, when measured in process:
     * less sensitive than wall time to other processes on a busy machine (it does include V8's
     * helper threads).
     */
    cpuMedian?: number;
}

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values: readonly number[]): Sample {
    return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Runs per size: many for small documents (their times are short and noisy), fewer for large ones. */
export function runsFor(lines: number, quick: boolean): number {
    // Even a quick look needs a few rounds on small documents: the first ones after the warm-up
    // still run partly unoptimized code, the full build (more code) more than the bare one.
    if (quick) return lines <= 1000 ? 11 : 3;
    return lines <= 1000 ? 41 : lines <= 5_000 ? 15 : lines <= 10_000 ? 11 : lines <= 25_000 ? 9 : 7;
}

/** Least-squares slope of log(time) over log(size): 1.0 is linear growth, 2.0 quadratic. */
export function growthExponent(points: ReadonlyArray<{ size: number; time: number }>): number {
    const xs = points.map((p) => Math.log(p.size));
    const ys = points.map((p) => Math.log(p.time));
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let num = 0;
    let den = 0;
    for (let i = 0; i < xs.length; i++) {
        num += (xs[i] - mx) * (ys[i] - my);
        den += (xs[i] - mx) ** 2;
    }
    return num / den;
}
