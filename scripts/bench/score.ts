/**
 * `score`: a scoring run (`parallax score`, the CLI as users run it) over the shared synthetic corpus of --size
 * articles (scripts/bench/_corpus.ts): seconds, articles, peak memory of the scoring process; and the speed-up of
 * two analysis workers over one, on a 10k-article sample (300 with --quick) rescored in its own database: smaller
 * samples mostly time the workers starting up and the run's fixed steps, not the analysis spread over them.
 *
 * The run is timed in its own process so its peak RSS is its own (the generator's corpus is not counted), read
 * from /proc while it runs. The corpus's ingest time (events regrouped as they arrive) is reported too.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestArticles } from '@/lib/db/operations/ingest';
import { syntheticCorpus, syntheticSpans } from './_synthetic';
import { benchDatabase } from './_db';
import { corpusDatabase } from './_corpus';
import { cliNodeArgs } from '../cli-node.mjs';
import type { BenchMetric, BenchTask } from './_types';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface CliRun {
  seconds: number;
  scored: number;
  peakRssMb: number;
}

/** `parallax score --workers N` against a database; the run's own seconds (from its output) and peak RSS. */
export async function cliScore(url: string, workers: number, full = false): Promise<CliRun> {
  const args = cliNodeArgs(['score', '--workers', String(workers), ...(full ? ['--full'] : [])]);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  let peakKb = 0;
  // VmHWM is the peak resident set of the process (worker threads included): the last reading is the peak.
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {}
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const m = /scored (\d+) articles .* in ([\d.]+) s/.exec(out);
  if (code !== 0 || !m) throw new Error(`parallax score failed (exit ${code}):\n${out}\n${err.slice(-2000)}`);
  return { seconds: Number(m[2]), scored: Number(m[1]), peakRssMb: peakKb / 1024 };
}

const task: BenchTask = {
  name: 'score',
  async run({ size, quick }): Promise<BenchMetric[]> {
    const sample = Math.min(size, quick ? 300 : 10_000);
    const metrics: BenchMetric[] = [];

    // Speed-up: the same sample rescored (--full) with one worker, then with two, after a first run that warms the
    // database's caches. Both timed runs then do the same work: score everything, replace the run before.
    const small = await benchDatabase('score_sample');
    try {
      await ingestArticles(small, syntheticCorpus({ size: sample, seed: 7 }), { sentences: syntheticSpans });
      await cliScore(small.url, 2);
      const one = await cliScore(small.url, 1, true);
      const two = await cliScore(small.url, 2, true);
      console.error(`score: ${sample} articles, 1 worker ${one.seconds} s, 2 workers ${two.seconds} s`);
      metrics.push(
        { metric: 'score.sample_articles', value: sample, unit: 'articles' },
        { metric: 'score.seconds_1_worker', value: one.seconds, unit: 's' },
        { metric: 'score.seconds_2_workers', value: two.seconds, unit: 's' },
        { metric: 'score.speedup_2_workers', value: one.seconds / two.seconds, unit: 'ratio' },
      );
    } finally {
      await small.drop();
    }

    const corpus = await corpusDatabase(size);
    metrics.push(
      { metric: 'corpus.articles', value: corpus.articles, unit: 'articles' },
      { metric: 'corpus.events', value: corpus.events, unit: 'events' },
      { metric: 'corpus.ingest_seconds', value: corpus.ingestSeconds, unit: 's' },
    );
    const run = await cliScore(corpus.url, availableParallelism());
    if (run.scored !== corpus.articles) throw new Error(`score bench: scored ${run.scored} of ${corpus.articles}`);
    corpus.scored = true;
    console.error(`score: ${run.scored} articles in ${run.seconds} s, peak RSS ${run.peakRssMb.toFixed(0)} MiB`);
    metrics.push(
      { metric: 'score.seconds', value: run.seconds, unit: 's' },
      { metric: 'score.articles', value: run.scored, unit: 'articles' },
      { metric: 'score.articles_per_second', value: run.scored / run.seconds, unit: 'articles/s' },
      { metric: 'score.peak_rss_mb', value: run.peakRssMb, unit: 'MiB' },
    );
    return metrics;
  },
};

export default task;
