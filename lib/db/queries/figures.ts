import 'server-only';
import { DEFAULT_VOICE, foldVoice, keysForVoice, QUOTED_SUFFIX, type VoiceView } from '@/lib/analysis/voice';
import { hasVoice } from '@/lib/analysis/voice-metrics';
import { pooledRate } from '@/lib/analysis/stats';
import { db, scopeWhere, sql, type Scope } from './db';
import { getRatePriors } from './rates';

/** Where the metric list and outlet figures came from: precomputed outlet scores, or article scores summed here. */
export type FigureSource = 'outlet-scores' | 'article-scores' | 'none';

/**
 * The metric keys in the data (a figure's quoted voice, '<metric>@quoted', is read through its metric's key with a
 * voice, not listed). A recursive skip-scan over the metric index reads one index entry per distinct
 * key, so it stays fast with millions of score rows.
 */
export async function getMetricKeys(): Promise<{ keys: string[]; source: FigureSource }> {
  const prisma = await db();
  const skip = (table: 'OutletScore' | 'ArticleScore') =>
    prisma.$queryRawUnsafe<Array<{ m: string }>>(
      `WITH RECURSIVE t(m) AS (
         SELECT min(metric) FROM "${table}"
         UNION ALL
         SELECT (SELECT min(metric) FROM "${table}" WHERE metric > t.m) FROM t WHERE t.m IS NOT NULL)
       SELECT m FROM t WHERE m IS NOT NULL`,
    );
  const listed = (rows: Array<{ m: string }>) => rows.map((r) => r.m).filter((m) => !m.endsWith(QUOTED_SUFFIX));
  const outlet = await skip('OutletScore');
  if (outlet.length) return { keys: listed(outlet), source: 'outlet-scores' };
  const article = await skip('ArticleScore');
  return { keys: listed(article), source: article.length ? 'article-scores' : 'none' };
}

export interface OutletFigure {
  outletId: number;
  metric: string;
  value: number;
  /** 95% interval; null when the figure was summed here without one. */
  low: number | null;
  high: number | null;
  n: number;
  unit: string;
  count: number;
  words: number;
}

/**
 * Every outlet's figure for the given metrics (all when omitted), in a voice (lib/analysis/voice.ts). Reads
 * OutletScore, computed with their intervals at scoring time (lib/analysis/stats.ts); while a database has none
 * (older scoring runs) the rates are summed from ArticleScore here in one grouped query and carry no interval. Both
 * voices together add the two rates (same words), with an interval by the same method over the summed articles.
 */
export async function getOutletFigures(
  isMeasure: (metric: string) => boolean,
  metrics?: string[],
  voice: VoiceView = DEFAULT_VOICE,
): Promise<{ rows: OutletFigure[]; source: FigureSource }> {
  const prisma = await db();
  const only = metrics ? sql`AND metric = ANY(${keysForVoice(metrics, voice)}::text[])` : sql``;
  const stored = await prisma.$queryRaw<OutletFigure[]>`
    SELECT "outletId", metric, value, low, high, n, unit, count, words
    FROM "OutletScore" WHERE TRUE ${only}`;
  // Outlet scores hold both voices of every figure; the two together get theirs below.
  const rows = foldVoice(stored, voice, (r) => r.outletId, hasVoice, (w, q, v) => {
    if (v === 'quoted') return q ?? { ...w, value: 0, low: 0, high: 0, count: 0 };
    return { ...w, value: w.value + (q?.value ?? 0), count: w.count + (q?.count ?? 0), low: null, high: null };
  });
  const unbounded = rows.filter((r) => r.low === null);
  if (unbounded.length) {
    const { priors, outlets } = await getRatePriors([...new Set(unbounded.map((r) => r.metric))], voice);
    for (const r of unbounded) {
      const m = outlets.get(r.outletId)?.get(r.metric);
      if (!m) continue;
      const p = pooledRate(m, priors.get(r.metric)!);
      r.low = p.low;
      r.high = p.high;
    }
  }
  if (rows.length) return { rows, source: 'outlet-scores' };
  const summed = await sumArticleScores({ kind: 'all' }, metrics, voice);
  const fallback = summed.map((r) => ({
    outletId: r.outletId,
    metric: r.metric,
    value: isMeasure(r.metric) ? r.mean : r.rate,
    low: null,
    high: null,
    n: r.n,
    unit: 'articles',
    count: r.count,
    words: r.words,
  }));
  return { rows: fallback, source: fallback.length ? 'article-scores' : 'none' };
}

export interface ScopedFigure {
  outletId: number;
  metric: string;
  /** Sum of hits (for a measure: of the per-article values). */
  count: number;
  /** Pooled rate per 100 words: 100 · hits / words. */
  rate: number;
  /** Mean of the per-article values: the outlet figure of a measure. */
  mean: number;
  words: number;
  n: number;
}

/** Per-outlet figures within a scope, in a voice, summed from article scores in one grouped query. */
export async function sumArticleScores(scope: Scope, metrics?: string[], voice: VoiceView = DEFAULT_VOICE): Promise<ScopedFigure[]> {
  const prisma = await db();
  const only = metrics ? sql`AND s.metric = ANY(${keysForVoice(metrics, voice)}::text[])` : sql``;
  const rows = await prisma.$queryRaw<Array<Omit<ScopedFigure, 'rate'>>>`
    SELECT a."outletId", s.metric, sum(s.count)::float8 AS count, avg(s.value)::float8 AS mean,
           sum(a.words)::float8 AS words, count(*)::int AS n
    FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
    WHERE ${scopeWhere(scope)} ${only}
    GROUP BY a."outletId", s.metric`;
  // Zero quoted figures are not stored: a quoted row covers only some articles, so its mean is over the writer's
  // articles (every scored article has a writer's row) and its words are theirs.
  const folded = foldVoice(rows, voice, (r) => r.outletId, hasVoice, (w, q, v) => {
    const qCount = q?.count ?? 0;
    const qMean = q ? (q.mean * q.n) / w.n : 0;
    return v === 'quoted' ? { ...w, count: qCount, mean: qMean } : { ...w, count: w.count + qCount, mean: w.mean + qMean };
  });
  return folded.map((r) => ({ ...r, rate: r.words > 0 ? (100 * r.count) / r.words : 0 }));
}

export interface TimePoint {
  outletId: number;
  month: string;
  count: number;
  words: number;
  articles: number;
}

/** A rate metric per outlet per calendar month, over dated articles only. */
export async function getMetricByMonth(metric: string): Promise<TimePoint[]> {
  const prisma = await db();
  return prisma.$queryRaw<TimePoint[]>`
    SELECT a."outletId", to_char(date_trunc('month', a."publishedAt"), 'YYYY-MM') AS month,
           sum(s.count)::float8 AS count, sum(a.words)::float8 AS words, count(*)::int AS articles
    FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s.metric = ${metric} AND a."publishedAt" IS NOT NULL
    GROUP BY 1, 2 ORDER BY 2, 1`;
}
