/**
 * A real Prometheus for tests (Debian's package): backfill OpenMetrics into a TSDB with promtool,
 * serve it on 127.0.0.1 at a free port with an empty configuration, wait for /-/ready, stop it after.
 * Retention is ten years: backfilled data older than the default 15 days would be dropped at the
 * first compaction.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const prometheusInstalled = existsSync('/usr/bin/prometheus') && existsSync('/usr/bin/promtool');

export interface RunningPrometheus {
    url: string;
    /** The TSDB folder it serves. */
    tsdb: string;
    stop(): Promise<void>;
}

export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}

export async function startPrometheus(openMetrics: string): Promise<RunningPrometheus> {
    const dir = mkdtempSync(join(tmpdir(), 'sla-prometheus-'));
    writeFileSync(join(dir, 'data.om'), openMetrics);
    const created = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', join(dir, 'data.om'), join(dir, 'tsdb')], {
        encoding: 'utf8',
    });
    if (created.status !== 0) throw new Error(`promtool failed: ${created.stderr}`);
    return servePrometheus(join(dir, 'tsdb'));
}

/**
 * Prometheus serving an existing TSDB folder (blocks backfilled by promtool, or moved into it):
 * blocks added to the folder are read when Prometheus starts, so stop it and serve again.
 */
export async function servePrometheus(tsdb: string): Promise<RunningPrometheus> {
    const dir = mkdtempSync(join(tmpdir(), 'sla-prometheus-'));
    writeFileSync(join(dir, 'prometheus.yml'), '');
    const port = await freePort();
    const child: ChildProcess = spawn(
        'prometheus',
        [
            `--config.file=${join(dir, 'prometheus.yml')}`,
            `--storage.tsdb.path=${tsdb}`,
            '--storage.tsdb.retention.time=10y',
            `--web.listen-address=127.0.0.1:${port}`,
        ],
        { stdio: 'ignore' },
    );
    const url = `http://127.0.0.1:${port}`;
    const stop = () =>
        new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
        });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}`);
        const ready = await fetch(`${url}/-/ready`).then(
            (r) => r.ok,
            () => false,
        );
        if (ready) return { url, tsdb, stop };
        await new Promise((r) => setTimeout(r, 250));
    }
    await stop();
    throw new Error('prometheus was not ready within 60 s');
}
