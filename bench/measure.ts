/**
 * Timing for the benchmark: each figure is the median of several runs after warm-up runs, with a
 * garbage collection before each run when Node was started with `--expose-gc` (the launcher does),
 * so that one run does not pay for the garbage of the one before.
 */

export interface Sample {
    /** Milliseconds. */
    median: number;
    min: number;
    max: number;
    runs: number;
}

const collect = (globalThis as { gc?: () => void }).gc;

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values: readonly number[]): Sample {
    return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/**
 * Runs each function `warmup` times unmeasured, then `runs` rounds in which each function runs
 * once, measured. Returns one sample per function.
 */
export async function measureInterleaved(fns: ReadonlyArray<() => unknown>, options: { runs: number; warmup?: number }): Promise<Sample[]> {
    for (let i = 0; i < (options.warmup ?? 1); i++) for (const fn of fns) await fn();
    const times: number[][] = fns.map(() => []);
    for (let i = 0; i < options.runs; i++) {
        for (const [index, fn] of fns.entries()) {
            collect?.();
            const start = performance.now();
            await fn();
            times[index].push(performance.now() - start);
        }
    }
    return times.map(summarize);
}

/** Runs per size: many for small documents (their times are short and noisy), fewer for large ones. */
export function runsFor(lines: number, quick: boolean): number {
    if (quick) return 3;
    return lines <= 1000 ? 41 : lines <= 5_000 ? 15 : lines <= 10_000 ? 9 : 5;
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
