/**
 * Outlet statistics: per outlet and rate metric, the rate per 100 words with a 95% bootstrap interval
 * (OutletScore rows), computed at the end of a scoring run inside its write transaction: from the units a full run
 * gathered as its batches arrived, or read back from the stored article scores (an incremental run, a distributed
 * run, refreshOutletScores). The bootstraps run in the worker pool.
 */
import { analyzeArticle, outletRate, type RateUnit } from '@/lib/analysis';
import { sentenceCounts } from '@/lib/analysis/sentence-figures';
import { MIN_ARTICLES } from '@/lib/analysis/stats';
import { QUOTED_SUFFIX } from '@/lib/analysis/voice';
import { countWords } from '@/lib/ingest/sentences';
import { UNIT_METRICS, type ScoredBatch } from '@/lib/worker-pool/analyse';
import { ScoringPool } from '@/lib/worker-pool/pool';
import { insertRows, type Schema } from '../write/bulk';
import { refreshSummaries } from '../write/summaries';
import { inWriteTransaction, type Database, type Executor, type WriteTransaction } from '../write/transaction';
import { loadArticles } from './load-articles';

/** Sentiment per 100 words is a rate too: the AFINN sum over the words (stored as a measure, not a count). */
const SENTIMENT = 'sentiment.score';
/** The same in the quoted voice (lib/analysis/voice.ts). */
const SENTIMENT_QUOTED = SENTIMENT + QUOTED_SUFFIX;

export const OUTLET_SCORE_COLUMNS = {
  runId: 'int',
  outletId: 'int',
  metric: 'text',
  value: 'float8',
  low: 'float8',
  high: 'float8',
  n: 'int',
  unit: 'text',
  count: 'float8',
  words: 'int',
} as const satisfies Schema;

/** One outlet's articles as a full run's batches arrive: ids ascending, words, and UNIT_METRICS counts per article. */
export interface GatheredUnits {
  ids: number[];
  words: number[];
  counts: number[];
}

export function gather(into: Map<number, GatheredUnits>, outlets: number[], units: ScoredBatch['units']) {
  const M = UNIT_METRICS.length;
  units.articleId.forEach((id, k) => {
    let g = into.get(outlets[k]);
    if (!g) into.set(outlets[k], (g = { ids: [], words: [], counts: [] }));
    g.ids.push(id);
    g.words.push(units.words[k]);
    for (let m = 0; m < M; m++) g.counts.push(units.counts[k * M + m]);
  });
}

type OutletUnits = { ids: number[]; words: Float64Array; counts: Float64Array };
export type OutletScoreRow = Record<keyof typeof OUTLET_SCORE_COLUMNS, unknown>;

/**
 * Per outlet and rate metric: the rate per 100 words over all its articles with a 95% bootstrap interval,
 * resampling articles, or sentences when the outlet has fewer than five articles (see lib/analysis/stats.ts).
 * One outlet at a time: its units come from `source` (gathered during a full run, or read from the stored scores),
 * and the bootstraps run in the worker pool. Returns the OutletScore rows.
 */
export async function outletFigures(db: WriteTransaction, runId: number, pool: ScoringPool, source: Map<number, GatheredUnits> | ((outletId: number) => Promise<OutletUnits | null>), outletIds?: number[]): Promise<OutletScoreRow[]> {
  const metrics = UNIT_METRICS;
  const unitsOf =
    typeof source === 'function'
      ? source
      : async (outletId: number): Promise<OutletUnits | null> => {
          const g = source.get(outletId);
          return g ? { ids: g.ids, words: Float64Array.from(g.words), counts: Float64Array.from(g.counts) } : null;
        };
  const outlets = outletIds ?? (typeof source === 'function' ? (await db.exec.rows<{ id: number }>(`SELECT id FROM "Outlet" ORDER BY id`)).map((o) => o.id) : [...source.keys()].sort((a, b) => a - b));
  const rows: OutletScoreRow[] = [];
  const pending: Promise<void>[] = [];
  for (const outletId of outlets) {
    const units = await unitsOf(outletId);
    if (!units) continue;
    const words = units.words.reduce((t, w) => t + w, 0);
    const totals = metrics.map((_, m) => units.ids.reduce((t, _id, k) => t + units.counts[k * metrics.length + m], 0));
    const push = (m: number, r: { low: number; high: number; n: number; unit: string }) => {
      // The point estimate is always the article-level rate; sentences only shape the interval.
      const value = words ? (100 * totals[m]) / words : 0;
      rows.push({ runId, outletId, metric: metrics[m], value, low: Math.min(r.low, value), high: Math.max(r.high, value), n: r.n, unit: r.unit, count: totals[m], words });
    };
    if (units.ids.length < MIN_ARTICLES) {
      const sentenceUnits = await sentenceUnitsFor(db.reader, units.ids);
      metrics.forEach((metric, m) => {
        const articleUnits: RateUnit[] = units.ids.map((_, k) => ({ count: units.counts[k * metrics.length + m], words: units.words[k] }));
        push(m, outletRate(articleUnits, sentenceUnits.get(metric) ?? []));
      });
      continue;
    }
    const n = units.ids.length;
    const task = pool.bootstrap({ metrics: metrics.length, words: units.words, counts: units.counts }).then((intervals) => {
      intervals.forEach((r, m) => push(m, { ...r, n, unit: 'articles' }));
    });
    task.catch(() => {});
    pending.push(task);
    // Bounded: at most two outlets per worker wait here; the rest are read when one finishes.
    if (pending.length >= Math.max(2, 2 * pool.size)) await pending.shift();
  }
  for (const task of pending) await task;
  return rows.sort((a, b) => (a.outletId as number) - (b.outletId as number) || metrics.indexOf(a.metric as string) - metrics.indexOf(b.metric as string));
}

/** Outlet figures from the stored scores of `runs` (all outlets, or those given), replacing theirs. */
export async function writeOutletScores(db: WriteTransaction, runId: number, runs: number[], pool: ScoringPool, outletIds?: number[]) {
  if (outletIds) await db.client.query(`DELETE FROM "OutletScore" WHERE "outletId" = ANY($1::int[])`, [outletIds]);
  const rows = await outletFigures(db, runId, pool, (outletId) => outletUnits(db, outletId, runs, UNIT_METRICS), outletIds);
  await insertRows(db.exec, 'OutletScore', OUTLET_SCORE_COLUMNS, rows);
}

/**
 * One outlet's scored articles (by id) with their words and, per metric, the count (the value for sentiment,
 * stored as a measure), from the given runs; null when it has none.
 */
async function outletUnits(db: WriteTransaction, outletId: number, runs: number[], metrics: string[]): Promise<OutletUnits | null> {
  const byMetric = await db.exec.rows<{ metric: string; ids: number[]; xs: number[] }>(
    `SELECT s.metric,
            array_agg(s."articleId" ORDER BY s."articleId") AS ids,
            array_agg(CASE WHEN s.metric = ANY($2::text[]) THEN s.value ELSE s.count END ORDER BY s."articleId") AS xs
     FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
     WHERE a."outletId" = $1 AND s.metric = ANY($3::text[]) AND s."runId" = ANY($4::int[])
     GROUP BY s.metric`,
    [outletId, [SENTIMENT, SENTIMENT_QUOTED, 'words'], [...metrics, 'words'], runs],
  );
  if (byMetric.length === 0) return null;
  const idSet = new Set<number>();
  for (const r of byMetric) for (const id of r.ids) idSet.add(id);
  const ids = [...idSet].sort((a, b) => a - b);
  const row = new Map(ids.map((id, k) => [id, k]));
  const M = metrics.length;
  const words = new Float64Array(ids.length);
  const counts = new Float64Array(ids.length * M);
  const column = new Map(metrics.map((m, i) => [m, i]));
  for (const r of byMetric) {
    const m = column.get(r.metric);
    r.ids.forEach((id, j) => {
      const k = row.get(id)!;
      // Several runs may hold the same article only if they are the same figures: the last one read stands.
      if (r.metric === 'words') words[k] = Number(r.xs[j]);
      else if (m !== undefined) counts[k * M + m] = Number(r.xs[j]);
    });
  }
  return { ids, words, counts };
}

/** Per metric, one unit per sentence of these articles: re-analysed, as only outlets with few articles need this. */
async function sentenceUnitsFor(exec: Executor, articleIds: number[]): Promise<Map<string, RateUnit[]>> {
  const out = new Map<string, RateUnit[]>();
  for (const a of await loadArticles(exec, articleIds)) {
    const analysis = analyzeArticle(a.body, a.sentences);
    const counts = sentenceCounts(analysis);
    const words = a.sentences.map((s) => countWords(a.body.slice(s.start, s.end)));
    // The sentiment score per sentence and voice: the sum of its sentiment markers' weights.
    const sentiment = new Map<string, Map<number, number>>([[SENTIMENT, new Map()], [SENTIMENT_QUOTED, new Map()]]);
    for (const m of analysis.markers) {
      if (m.family !== 'sentiment') continue;
      const bySentence = sentiment.get(m.voice === 'quoted' ? SENTIMENT_QUOTED : SENTIMENT)!;
      bySentence.set(m.sentenceIndex, (bySentence.get(m.sentenceIndex) ?? 0) + m.weight);
    }
    for (const metric of UNIT_METRICS) {
      const list = out.get(metric) ?? [];
      out.set(metric, list);
      const bySentence = sentiment.get(metric) ?? counts.get(metric);
      a.sentences.forEach((s, k) => list.push({ count: bySentence?.get(s.index) ?? 0, words: words[k] }));
    }
  }
  return out;
}

/**
 * Recomputes every outlet's figures from the stored article scores, in one transaction, under the latest complete
 * run: for article scores written by other means (a distributed run, docs/SCALING.md), and to check
 * that a full run's figures, computed from its batches, equal these (tests/db/scale-scoring.test.ts).
 */
export async function refreshOutletScores(database: Database, options: { workers?: number } = {}): Promise<void> {
  await inWriteTransaction(database, async (db) => {
    const [run] = await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete' ORDER BY id DESC LIMIT 1`);
    if (!run) return;
    const runs = (await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete'`)).map((r) => r.id);
    await db.client.query(`DELETE FROM "OutletScore"`);
    const pool = new ScoringPool({ workers: options.workers });
    try {
      await writeOutletScores(db, run.id, runs, pool);
    } finally {
      await pool.close();
    }
    await refreshSummaries(db.exec, run.id);
  });
}
