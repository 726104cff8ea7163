/**
 * Distributed scoring's speed on this machine: a full rescore of --size synthetic articles (default 20,000) by
 * `parallax score --distributed` with 1, 2 and 3 `parallax worker` processes (--concurrency 1 each), next to
 * `parallax score --workers 1` and `--workers 2` on one machine. Prints seconds per run (from the CLI's own output)
 * and the speed-up over one worker process. On a two-core machine expect little: the workers share the same cores.
 *
 *   npm run bench:distributed [-- --size 20000]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { cliNodeArgs } from './cli-node.mjs';
import { benchDatabase } from './bench/_db';
import { cliScore } from './bench/score';
import { syntheticCorpus, syntheticSpans } from './bench/_synthetic';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: '20000' } } });
const size = Number(values.size);

function cli(args: string[], url: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, cliNodeArgs(args), { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d));
  child.stderr!.on('data', (d: Buffer) => (text += d));
  return { child, output: () => text, exited: new Promise((resolve) => child.on('exit', resolve)) };
}

async function distributed(url: string, workers: number): Promise<number> {
  const started = Array.from({ length: workers }, () => cli(['worker', '--concurrency', '1'], url));
  try {
    const run = cli(['score', '--distributed', '--full'], url);
    const code = await run.exited;
    const m = /scored (\d+) articles .* in ([\d.]+) s/.exec(run.output());
    if (code !== 0 || !m) throw new Error(`score --distributed failed (exit ${code}):\n${run.output().slice(-2000)}`);
    return Number(m[2]);
  } finally {
    for (const w of started) w.child.kill('SIGTERM');
    await Promise.all(started.map((w) => w.exited));
  }
}

const db = await benchDatabase('distributed');
try {
  const t = performance.now();
  await ingestArticles(db, syntheticCorpus({ size }), { sentences: syntheticSpans });
  console.log(`ingested ${size} synthetic articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // A first run warms the database's caches and leaves a complete run that every timed run replaces (--full).
  await cliScore(db.url, 2);
  const rows: Array<[string, number]> = [];
  rows.push(['score --workers 1 (one machine)', (await cliScore(db.url, 1, true)).seconds]);
  rows.push(['score --workers 2 (one machine)', (await cliScore(db.url, 2, true)).seconds]);
  for (const n of [1, 2, 3]) rows.push([`score --distributed, ${n} worker process${n > 1 ? 'es' : ''}`, await distributed(db.url, n)]);
  const base = rows[2][1];
  console.log(`\n${size} articles, full rescore, seconds (speed-up over 1 worker process):`);
  for (const [what, s] of rows) console.log(`  ${what.padEnd(40)} ${s.toFixed(1).padStart(7)} s  ×${(base / s).toFixed(2)}`);
} finally {
  await db.drop();
}
