/**
 * Benchmark `analysis`: words per second of the analysis against a bare `new Sentiment().analyze(text)` over the
 * same demo-derived articles, measured in the same run: all warmed up, then alternating rounds; figures are medians
 * over the rounds (ratios are median per-round ratios). Two figures: the framing-marker engine (analyzeArticle: all
 * marker families, one tokenisation), and everything a scoring run computes per article (that plus findActors:
 * actors, their labels, quotation and target-dependent sentiment per mention). `analysis.ratio_vs_parse` compares
 * the analysis (its parse included) with a bare pass of the tagger it uses (wink-nlp readDoc with the same pipe,
 * reading every token's POS) over the same text: the cost of the families on top of the parse. Speeds are words per
 * second of CPU time (see time()).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Sentiment from 'sentiment';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { BenchMetric, BenchTask } from './_types';
import { analyzeArticle } from '@/lib/analysis';
import { findActors } from '@/lib/actors';
import { parseText } from '@/lib/nlp';
import { countWords, splitSentences } from '@/lib/ingest/sentences';

const DEMO = path.resolve(import.meta.dirname, '../../data/demo');

/**
 * Runs `run` for at least `minMs` of wall time; `ms` is the process's CPU time over those runs, not wall time: every
 * side is single-threaded and CPU-bound, and on a shared machine wall time also counts the time other jobs held the
 * core (the same code's ratio swung 0.29–0.44 by wall time, within a few hundredths by CPU time).
 */
function time(run: () => void, minMs: number): { reps: number; ms: number } {
  let reps = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  do {
    run();
    reps++;
  } while (performance.now() - start < minMs);
  const used = process.cpuUsage(cpu);
  return { reps, ms: (used.user + used.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const task: BenchTask = {
  name: 'analysis',
  async run({ size, quick }) {
    const texts = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(DEMO, f), 'utf8'));
    // Sentence splitting belongs to ingest; it is done once, outside the timed loop.
    const articles = Array.from({ length: Math.min(size, quick ? 50 : 500) }, (_, i) => texts[i % texts.length]).map((body) => ({ body, sentences: splitSentences(body) }));
    const words = articles.reduce((sum, a) => sum + countWords(a.body), 0);
    const sentiment = new Sentiment();
    const ours = (): void => {
      for (const a of articles) analyzeArticle(a.body, a.sentences);
    };
    const full = (): void => {
      for (const a of articles) {
        // One parse shared by markers and actors, as a scoring run does (lib/worker-pool/analyse.ts).
        const parse = parseText(a.body);
        analyzeArticle(a.body, a.sentences, parse);
        findActors(a.body, a.sentences, { parse });
      }
    };
    const bare = (): void => {
      for (const a of articles) sentiment.analyze(a.body);
    };
    const wink = winkNLP(model, ['sbd', 'pos', 'negation']);
    const parseOnly = (): void => {
      for (const a of articles) wink.readDoc(a.body).tokens().out(wink.its.pos);
    };
    // Warm every path (module-load compilation, JIT tiers) before anything is timed.
    time(ours, quick ? 500 : 2000);
    time(full, quick ? 500 : 2000);
    time(bare, quick ? 500 : 2000);
    time(parseOnly, quick ? 500 : 2000);
    // Alternate short rounds, swapping which side goes first, so load from other jobs on a shared machine
    // hits both sides alike; report medians (one slow round cannot move them).
    const rounds = quick ? 7 : 11;
    const roundMs = quick ? 250 : 600;
    const oursWps: number[] = [];
    const fullWps: number[] = [];
    const bareWps: number[] = [];
    const ratios: number[] = [];
    const fullRatios: number[] = [];
    const parseWps: number[] = [];
    const parseRatios: number[] = [];
    const wps = (t: { reps: number; ms: number }) => (words * t.reps) / (t.ms / 1000);
    for (let r = 0; r < rounds; r++) {
      let o: { reps: number; ms: number };
      let f: { reps: number; ms: number };
      let b: { reps: number; ms: number };
      let p: { reps: number; ms: number };
      if (r % 2) {
        p = time(parseOnly, roundMs);
        b = time(bare, roundMs);
        f = time(full, roundMs);
        o = time(ours, roundMs);
      } else {
        o = time(ours, roundMs);
        f = time(full, roundMs);
        b = time(bare, roundMs);
        p = time(parseOnly, roundMs);
      }
      parseWps.push(wps(p));
      parseRatios.push(wps(o) / wps(p));
      oursWps.push(wps(o));
      fullWps.push(wps(f));
      bareWps.push(wps(b));
      ratios.push(wps(o) / wps(b));
      fullRatios.push(wps(f) / wps(b));
    }
    const metrics: BenchMetric[] = [
      { metric: 'analysis.words_per_second', value: median(oursWps), unit: 'words/s' },
      { metric: 'analysis.sentiment_words_per_second', value: median(bareWps), unit: 'words/s' },
      { metric: 'analysis.ratio_vs_sentiment', value: median(ratios), unit: 'ratio' },
      { metric: 'analysis.parse_words_per_second', value: median(parseWps), unit: 'words/s' },
      { metric: 'analysis.ratio_vs_parse', value: median(parseRatios), unit: 'ratio' },
      { metric: 'analysis.with_actors_words_per_second', value: median(fullWps), unit: 'words/s' },
      { metric: 'analysis.with_actors_ratio_vs_sentiment', value: median(fullRatios), unit: 'ratio' },
    ];
    return metrics;
  },
};

export default task;
