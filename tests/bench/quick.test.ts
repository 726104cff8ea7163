/**
 * `npm run bench -- --quick`, the benchmarks' smoke run: end to end on 400 synthetic articles against the Postgres
 * server, writing every figure docs/SCALING.md reports as a finite number and dropping the databases it made. Speed
 * is not asserted here (figures belong to the benchmark's output, not to a timed test): this catches a benchmark
 * that no longer runs or no longer reports what the README promises.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { requireServer, SERVER_URL } from '../helpers/database';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = ['overview', 'outlets', 'event', 'outlet', 'evidence', 'csv'];
const REQUIRED = [
  'analysis.ratio_vs_sentiment',
  'analysis.ratio_vs_parse',
  'store.ratio_vs_copy',
  'score.seconds',
  'score.articles',
  'score.peak_rss_mb',
  'score.speedup_2_workers',
  ...PAGES.flatMap((p) => [`pages.${p}.p50_ms`, `pages.${p}.p95_ms`]),
  'fetch.first_run.seconds',
  'fetch.first_run.max_requests_per_host_per_s',
  'fetch.second_run.seconds',
  'fetch.second_run.cache_hits',
  'hostile.worst_seconds_per_mb',
  'hostile.worst_ratio',
];

async function benchDatabases(): Promise<string[]> {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return (await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%'`)).rows.map((r) => r.datname);
  } finally {
    await c.end();
  }
}

const serverAvailable = await requireServer();

describe.runIf(serverAvailable)('npm run bench -- --quick', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports every figure as a finite number and drops its databases', { timeout: 600_000 }, async () => {
    const before = await benchDatabases();
    const out = path.join(dir, 'bench.json');
    let output = '';
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn('npm', ['run', 'bench', '--', '--quick', '--out', out], { cwd: ROOT, env: { ...process.env, DATABASE_URL: SERVER_URL }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', resolve);
    });
    expect(code, output.slice(-3000)).toBe(0);

    const metrics = JSON.parse(readFileSync(out, 'utf8')) as Array<{ metric: string; value: number; unit: string }>;
    const byName = new Map(metrics.map((m) => [m.metric, m]));
    for (const name of REQUIRED) {
      const m = byName.get(name);
      expect(m, `${name} missing from the bench output`).toBeDefined();
      expect(Number.isFinite(m!.value) && m!.value > 0, `${name} = ${m!.value}`).toBe(true);
      expect(m!.unit, name).not.toBe('');
    }
    expect(byName.get('score.articles')!.value).toBe(400);
    // The printed table carries the same figures.
    for (const name of REQUIRED) expect(output).toContain(name);
    expect((await benchDatabases()).filter((d) => !before.includes(d))).toEqual([]);
  });
});
