/**
 * The built dashboard on a free loopback port, started the way `parallax serve` starts it (scripts/dashboard-server.mjs:
 * Next behind the request gate), for the tests that drive it in a browser and for the page benchmark: one way to start
 * it, wait until it answers and stop it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@/lib/db/connection';

const ROOT = path.resolve(import.meta.dirname, '..');
/**
 * The newest modification time under the dashboard's sources (app/, lib/ but its generated client, next.config.js,
 * package.json): the build is stale when .next/BUILD_ID is older. One rule for `parallax serve` and the page benchmark.
 */
export function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'generated' && e !== 'node_modules') walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['app', 'lib', 'next.config.js', 'package.json']) if (existsSync(path.join(ROOT, p))) walk(path.join(ROOT, p));
  return newest;
}

/** The dashboard's server process: Next's custom-server API behind the request gate. */
export const DASHBOARD_SERVER = path.join(ROOT, 'scripts/dashboard-server.mjs');

export interface NextServer {
  url: string;
  /** What the server printed so far (stdout and stderr). */
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Starts `next start` with `env` over this process's environment and waits until `readyPath` answers at all (any
 * status: a static asset is ready before the database is asked anything).
 */
export async function startNext(env: Record<string, string>, readyPath = '/icon.svg'): Promise<NextServer> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('the dashboard is not built: run `npm test` (it builds first) or `npx next build`');
  const port = await freePort();
  const child = spawn(process.execPath, [DASHBOARD_SERVER], {
    cwd: ROOT,
    env: { ...process.env, PARALLAX_DB_POOL_MAX: '4', NODE_ENV: 'production', HOSTNAME: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the dashboard server exited with ${child.exitCode}:\n${output}`);
    try {
      await (await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(5000) })).arrayBuffer();
      return { url, logs: () => output, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the dashboard server did not answer within 60 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
