/**
 * Benchmark `analysis`: words per second of analyzeArticle (all families, one tokenisation) against a bare
 * `new Sentiment().analyze(text)` over the same demo-derived articles, measured in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Sentiment from 'sentiment';
import type { BenchMetric, BenchTask } from './_types';
import { analyzeArticle } from '@/lib/analysis';
import { countWords, splitSentences } from '@/lib/ingest/sentences';

const DEMO = path.resolve(import.meta.dirname, '../../data/demo');

function time(run: () => void, minMs: number): { reps: number; ms: number } {
  let reps = 0;
  const start = performance.now();
  let ms = 0;
  do {
    run();
    reps++;
    ms = performance.now() - start;
  } while (ms < minMs);
  return { reps, ms };
}

const task: BenchTask = {
  name: 'analysis',
  async run({ size, quick }) {
    const texts = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(DEMO, f), 'utf8'));
    // Sentence splitting belongs to ingest; it is done once, outside the timed loop.
    const articles = Array.from({ length: Math.min(size, quick ? 50 : 500) }, (_, i) => texts[i % texts.length]).map((body) => ({ body, sentences: splitSentences(body) }));
    const words = articles.reduce((sum, a) => sum + countWords(a.body), 0);
    const sentiment = new Sentiment();
    const minMs = quick ? 1500 : 8000;
    // Warm both paths so module-load compilation and JIT are not timed.
    for (const a of articles.slice(0, 5)) {
      analyzeArticle(a.body, a.sentences);
      sentiment.analyze(a.body);
    }
    const ours = time(() => {
      for (const a of articles) analyzeArticle(a.body, a.sentences);
    }, minMs);
    const bare = time(() => {
      for (const a of articles) sentiment.analyze(a.body);
    }, minMs);
    const oursWps = (words * ours.reps) / (ours.ms / 1000);
    const bareWps = (words * bare.reps) / (bare.ms / 1000);
    const metrics: BenchMetric[] = [
      { metric: 'analysis.words_per_second', value: oursWps, unit: 'words/s' },
      { metric: 'analysis.sentiment_words_per_second', value: bareWps, unit: 'words/s' },
      { metric: 'analysis.ratio_vs_sentiment', value: oursWps / bareWps, unit: 'ratio' },
    ];
    return metrics;
  },
};

export default task;
