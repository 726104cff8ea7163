/**
 * Outlet statistics: per outlet and rate metric, the rate per 100 words with its 95% interval by the one method of
 * lib/analysis/stats.ts (empirical Bayes, pooled toward the corpus) (OutletScore rows), computed at the end of a
 * scoring run inside its write transaction: from the units a full run gathered as its batches arrived, or read back
 * from the stored article scores (an incremental run, a distributed run, refreshOutletScores).
 */
import { QUOTED_SUFFIX } from '@/lib/analysis/voice';
import { outletMoments, outletRateFigures, UNIT_METRICS, type ScoredBatch } from '@/lib/worker-pool/analyse';
import { insertRows, type Schema } from '../write/bulk';
import { refreshSummaries } from '../write/summaries';
import { inWriteTransaction, type Database, type WriteTransaction } from '../write/transaction';

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
 * Per outlet and rate metric: the rate per 100 words over all its articles with its 95% interval, by the one
 * method of lib/analysis/stats.ts (empirical Bayes, pooled toward the corpus; fitted on every outlet's articles).
 * Units come from `source` (gathered during a full run, or read from the stored scores, one outlet at a time,
 * reduced to sums as they are read). Rows for `outletIds` (all when omitted).
 */
export async function outletFigures(db: WriteTransaction, runId: number, source: Map<number, GatheredUnits> | ((outletId: number) => Promise<OutletUnits | null>), outletIds?: number[]): Promise<OutletScoreRow[]> {
  const metrics = UNIT_METRICS;
  const unitsOf =
    typeof source === 'function'
      ? source
      : async (outletId: number): Promise<OutletUnits | null> => {
          const g = source.get(outletId);
          return g ? { ids: g.ids, words: Float64Array.from(g.words), counts: Float64Array.from(g.counts) } : null;
        };
  // The prior is fitted on every outlet, even when only some outlets' rows are rewritten.
  const all = typeof source === 'function' ? (await db.exec.rows<{ id: number }>(`SELECT id FROM "Outlet" ORDER BY id`)).map((o) => o.id) : [...source.keys()].sort((a, b) => a - b);
  const moments = new Map<number, ReturnType<typeof outletMoments>>();
  for (const outletId of all) {
    const units = await unitsOf(outletId);
    if (units) moments.set(outletId, outletMoments({ metrics: metrics.length, words: units.words, counts: units.counts }));
  }
  const wanted = new Set(outletIds ?? all);
  return outletRateFigures(metrics, moments)
    .filter((r) => wanted.has(r.outletId))
    .map((r) => ({ runId, outletId: r.outletId, metric: r.metric, value: r.value, low: r.low, high: r.high, n: r.n, unit: r.unit, count: r.count, words: r.words }));
}

/** Outlet figures from the stored scores of `runs` (all outlets, or those given), replacing theirs. */
export async function writeOutletScores(db: WriteTransaction, runId: number, runs: number[], outletIds?: number[]) {
  if (outletIds) await db.client.query(`DELETE FROM "OutletScore" WHERE "outletId" = ANY($1::int[])`, [outletIds]);
  const rows = await outletFigures(db, runId, (outletId) => outletUnits(db, outletId, runs, UNIT_METRICS), outletIds);
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

/**
 * Recomputes every outlet's figures from the stored article scores, in one transaction, under the latest complete
 * run: for article scores written by other means (a distributed run, docs/SCALING.md), and to check
 * that a full run's figures, computed from its batches, equal these (tests/db/scale-scoring.test.ts).
 */
export async function refreshOutletScores(database: Database): Promise<void> {
  await inWriteTransaction(database, async (db) => {
    const [run] = await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete' ORDER BY id DESC LIMIT 1`);
    if (!run) return;
    const runs = (await db.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete'`)).map((r) => r.id);
    await db.client.query(`DELETE FROM "OutletScore"`);
    await writeOutletScores(db, run.id, runs);
    await refreshSummaries(db.exec, run.id);
  });
}
