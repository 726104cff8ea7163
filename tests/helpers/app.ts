/** Starts the built dashboard (`next start`) against a given database, for tests in a real server and browser. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@/lib/db/connection';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

export async function startApp(databaseUrl: string): Promise<RunningApp> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    throw new Error('the dashboard is not built: run `npm test` (it builds first) or `npx next build`');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PARALLAX_DB_POOL_MAX: '4', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
