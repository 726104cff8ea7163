/**
 * `ingest`: how fast the pure part of ingest (read, decode, clean, resolve metadata, validate) gets
 * through a folder of .txt articles made from the demo seeds, and how fast their bodies split into sentences
 * (what the store does next, before writing). No database.
 * Uses min(--size, 10 000) files: the figure is a rate per article, and more files only cost disk.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../lib/ingest/corpus';
import { splitSentences } from '../../lib/ingest/sentences';
import type { BenchMetric, BenchTask } from './_types';

const SEEDS = path.resolve(import.meta.dirname, '../../data/demo');
const MAX_FILES = 10_000;

/** n articles: seed texts with a per-copy sentence, so no two files are identical. */
function generate(dir: string, n: number): number {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  const manifest: Record<string, { outlet: string }> = {};
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const name = `article-${String(i).padStart(5, '0')}.txt`;
    const text = `${seeds[i % seeds.length]}\n\nThis copy, number ${i}, was generated for the ingest benchmark and is otherwise the same as its seed.\n`;
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
    manifest[name] = { outlet: `Outlet ${i % 7}` };
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ files: manifest }));
  return bytes;
}

const task: BenchTask = {
  name: 'ingest',
  async run({ size, quick }) {
    const n = Math.min(quick ? Math.min(size, 1_000) : size, MAX_FILES);
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-ingest-'));
    try {
      const bytes = generate(dir, n);
      // Warm-up on the seeds: module loading and JIT are not part of the rate.
      await readCorpus([SEEDS]);
      const started = performance.now();
      const result = await readCorpus([dir]);
      const seconds = (performance.now() - started) / 1000;
      if (result.articles.length !== n) throw new Error(`ingest bench: expected ${n} articles, got ${result.articles.length}: ${result.issues[0]?.message}`);
      // Splitting is timed on up to 3 000 of them: a rate, and the full set would add half a minute to the run.
      const toSplit = result.articles.slice(0, 3_000);
      for (const a of toSplit.slice(0, 20)) splitSentences(a.body);
      const splitStart = performance.now();
      let sentences = 0;
      for (const a of toSplit) sentences += splitSentences(a.body).length;
      const splitSeconds = (performance.now() - splitStart) / 1000;
      const metrics: BenchMetric[] = [
        { metric: 'ingest.articles_per_second', value: n / seconds, unit: 'articles/s' },
        { metric: 'ingest.split_articles_per_second', value: toSplit.length / splitSeconds, unit: 'articles/s' },
        { metric: 'ingest.split_sentences', value: sentences, unit: 'sentences' },
        { metric: 'ingest.mb_per_second', value: bytes / 1024 / 1024 / seconds, unit: 'MB/s' },
        { metric: 'ingest.articles', value: n, unit: 'articles' },
      ];
      return metrics;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default task;
