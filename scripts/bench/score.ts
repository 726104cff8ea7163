/**
 * `score`: a scoring run (`parallax score`, the CLI as users run it) over a synthetic corpus in a fresh database:
 * seconds, articles, peak memory of the scoring process, and the speed-up of two analysis workers over one.
 *
 * The run is timed in its own process so its peak RSS is its own (the generator's corpus is not counted), read
 * from /proc while it runs. Articles scored: min(--size, 3000) (300 with --quick), because a run costs about
 * 20 ms of analysis CPU per article plus its writes (compromise's parse in actor detection dominates): a 100k run
 * takes 20–30 minutes on two cores. PARALLAX_BENCH_SCORE_MAX raises the cap; the figure
 * score.projected_seconds_at_size extrapolates the measured rate to --size.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestArticles } from '@/lib/db/store';
import { syntheticCorpus, syntheticSpans } from './_synthetic';
import { benchDatabase } from './_db';
import type { BenchMetric, BenchTask } from './_types';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface CliRun {
  seconds: number;
  scored: number;
  peakRssMb: number;
}

/** `parallax score --workers N` against a database; the run's own seconds (from its output) and peak RSS. */
export async function cliScore(url: string, workers: number): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/parallax.ts'), 'score', '--workers', String(workers)], {
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
    const cap = Number(process.env.PARALLAX_BENCH_SCORE_MAX) || (quick ? 300 : 3_000);
    const n = Math.min(size, cap);
    const sample = Math.min(n, quick ? 100 : 1_000);
    const metrics: BenchMetric[] = [];

    // Speed-up: the same sample scored with one worker, then (runs removed) with two.
    const small = await benchDatabase('score_sample');
    try {
      await ingestArticles(small.db, syntheticCorpus({ size: sample, seed: 7 }), { sentences: syntheticSpans });
      const one = await cliScore(small.url, 1);
      await small.db.$executeRawUnsafe(`DELETE FROM "ScoringRun"`);
      const two = await cliScore(small.url, 2);
      console.error(`score: ${sample} articles, 1 worker ${one.seconds} s, 2 workers ${two.seconds} s`);
      metrics.push(
        { metric: 'score.seconds_1_worker', value: one.seconds, unit: 's' },
        { metric: 'score.seconds_2_workers', value: two.seconds, unit: 's' },
        { metric: 'score.speedup_2_workers', value: one.seconds / two.seconds, unit: 'ratio' },
      );
    } finally {
      await small.drop();
    }

    const big = await benchDatabase('score');
    try {
      await ingestArticles(big.db, syntheticCorpus({ size: n }), { sentences: syntheticSpans });
      const run = await cliScore(big.url, availableParallelism());
      if (run.scored !== n) throw new Error(`score bench: scored ${run.scored} of ${n}`);
      console.error(`score: ${n} articles in ${run.seconds} s, peak RSS ${run.peakRssMb.toFixed(0)} MiB`);
      metrics.push(
        { metric: 'score.seconds', value: run.seconds, unit: 's' },
        { metric: 'score.articles', value: n, unit: 'articles' },
        { metric: 'score.articles_per_second', value: n / run.seconds, unit: 'articles/s' },
        { metric: 'score.projected_seconds_at_size', value: (size * run.seconds) / n, unit: 's' },
        { metric: 'score.peak_rss_mb', value: run.peakRssMb, unit: 'MiB' },
      );
    } finally {
      await big.drop();
    }
    return metrics;
  },
};

export default task;
