import 'server-only';
import { addMoments, EMPTY_MOMENTS, fitPrior, pooledRate, type RateInterval, type RateKind, type RateMoments, type RatePrior } from '@/lib/analysis/stats';
import { DEFAULT_VOICE, keysForVoice, QUOTED_SUFFIX, type VoiceView } from '@/lib/analysis/voice';
import { VOICED_METRICS } from '@/lib/analysis/voice-metrics';
import { db, scopeWhere, sql, type Scope, type Sql } from './db';

/**
 * Rates with intervals for any set of articles (an outlet, a group of outlets, an event, a story, a comparison side),
 * all by the one method of lib/analysis/stats.ts: the sums per outlet are read in one grouped query, and the prior
 * of each metric is fitted on every outlet's articles over the whole corpus (cached per scoring run).
 */

/** Signed measures among the metrics with intervals: the sentiment score (a sum of per-word values). */
const MEASURES = ['sentiment.score'];

export function rateKindOf(metric: string): RateKind {
  return MEASURES.includes(metric) ? 'measure' : 'count';
}

export type OutletMoments = Map<number, Map<string, RateMoments>>;

/**
 * Per outlet and metric, the sums over the scope's articles, in a voice. Each article's figure is folded over its
 * voices first (the quoted voice's zero rows are not stored, so every scored article counts, with 0 when absent).
 */
export async function getRateMoments(scope: Scope, metrics: readonly string[], voice: VoiceView = DEFAULT_VOICE): Promise<OutletMoments> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<Array<RateMoments & { outletId: number; metric: string }>>`${articleFigures(scopeWhere(scope), metrics, voice, { by: 'outlet' })}`;
  const out: OutletMoments = new Map();
  for (const { outletId, metric, ...m } of rows) {
    let byMetric = out.get(outletId);
    if (!byMetric) out.set(outletId, (byMetric = new Map()));
    byMetric.set(metric, m);
  }
  return out;
}

/** Sums per group over the `per` rows below: the RateMoments columns. */
const SUMS = sql`count(*)::int AS articles, sum(y)::float8 AS count, sum(w)::float8 AS words, sum(w * w)::float8 AS words2,
  sum(w * w * w)::float8 AS words3, sum(y * y)::float8 AS count2, sum(y * w)::float8 AS "countWords"`;

/**
 * The SQL of the sums (RateMoments columns, `metric` and the grouping's columns) over the articles `where` selects:
 * per outlet, or per event and side (a: the outlets in `aIds`, b: the rest). Each article's figure is folded over its
 * voices first (the quoted voice's zero rows are not stored, so every scored article counts, with 0 when absent).
 */
export function articleFigures(where: Sql, metrics: readonly string[], voice: VoiceView, grouping: { by: 'outlet' } | { by: 'event-outlet' } | { by: 'event-side'; aIds: number[] }): Sql {
  const keys = keysForVoice(metrics, voice);
  const measures = MEASURES.flatMap((m) => [m, m + QUOTED_SUFFIX]);
  const voiced = [...VOICED_METRICS];
  // Which stored rows count towards the voice: all of them, the writer's, or the quoted ones (for voiced metrics).
  const counts =
    voice === 'writer'
      ? sql`NOT s.metric LIKE ${'%' + QUOTED_SUFFIX}`
      : voice === 'quoted'
        ? sql`(s.metric LIKE ${'%' + QUOTED_SUFFIX} OR NOT s.metric = ANY(${voiced}::text[]))`
        : sql`TRUE`;
  const per = (columns: Sql) => sql`
      SELECT ${columns}, a.id, a.words::float8 AS w, replace(s.metric, ${QUOTED_SUFFIX}, '') AS metric,
             sum(CASE WHEN ${counts} THEN (CASE WHEN s.metric = ANY(${measures}::text[]) THEN s.value ELSE s.count END) ELSE 0 END)::float8 AS y
      FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
      WHERE ${where} AND s.metric = ANY(${keys}::text[]) AND a.words > 0`;
  // Grouped by position: the same expression written twice gets two parameter numbers, which Postgres does not equate.
  if (grouping.by === 'outlet') return sql`SELECT "outletId", metric, ${SUMS} FROM (${per(sql`a."outletId"`)} GROUP BY 1, 2, 3, 4) per GROUP BY "outletId", metric`;
  if (grouping.by === 'event-outlet') return sql`SELECT "eventId", "outletId", metric, ${SUMS} FROM (${per(sql`a."eventId", a."outletId"`)} GROUP BY 1, 2, 3, 4, 5) per GROUP BY "eventId", "outletId", metric`;
  const side = sql`a."eventId", CASE WHEN a."outletId" = ANY(${grouping.aIds}::int[]) THEN 'a' ELSE 'b' END AS side`;
  return sql`SELECT "eventId", side, metric, ${SUMS} FROM (${per(side)} GROUP BY 1, 2, 3, 4, 5) per GROUP BY "eventId", side, metric`;
}

export interface RatePriors {
  priors: Map<string, RatePrior>;
  /** Every outlet's sums over the corpus, from which the priors were fitted. */
  outlets: OutletMoments;
}

const cache = new Map<string, Promise<RatePriors>>();

/** The prior of each metric, fitted on every outlet over the whole corpus; cached until the next scoring run. */
export async function getRatePriors(metrics: readonly string[], voice: VoiceView = DEFAULT_VOICE): Promise<RatePriors> {
  const prisma = await db();
  const [run] = await prisma.$queryRaw<Array<{ id: number; n: number }>>`
    SELECT coalesce(max(id), 0)::int AS id, count(*)::int AS n FROM "ScoringRun" WHERE status = 'complete'`;
  const key = `${run?.id}:${run?.n}:${voice}:${[...metrics].sort().join(',')}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 50) cache.clear();
    hit = getRateMoments({ kind: 'all' }, metrics, voice).then((outlets) => {
      const priors = new Map(metrics.map((metric) => [metric, fitPrior([...outlets.values()].map((o) => o.get(metric) ?? EMPTY_MOMENTS), rateKindOf(metric))]));
      return { priors, outlets };
    });
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

/** A side of a comparison or a group: the sums of several outlets' articles for one metric. */
export function sumOutlets(moments: OutletMoments, outletIds: Iterable<number>, metric: string): RateMoments {
  let total = EMPTY_MOMENTS;
  for (const id of outletIds) total = addMoments(total, moments.get(id)?.get(metric) ?? EMPTY_MOMENTS);
  return total;
}

/** Per outlet and metric within a scope: the rate with its interval (key `${outletId}:${metric}`). */
export async function getScopedRates(scope: Scope, metrics: readonly string[], voice: VoiceView = DEFAULT_VOICE): Promise<Map<string, RateInterval>> {
  const [{ priors }, moments] = await Promise.all([getRatePriors(metrics, voice), getRateMoments(scope, metrics, voice)]);
  const out = new Map<string, RateInterval>();
  for (const [outletId, byMetric] of moments) for (const [metric, m] of byMetric) out.set(`${outletId}:${metric}`, pooledRate(m, priors.get(metric)!));
  return out;
}

/** Per event (null: articles without one), outlet and metric: the sums over the whole corpus. */
export type EventOutletMoments = Array<RateMoments & { eventId: number | null; outletId: number; metric: string }>;

const byEventCache = new Map<string, Promise<EventOutletMoments>>();

/** Every outlet's sums per event for the metrics (selection apart from framing); cached until the next scoring run. */
export async function getEventOutletMoments(metrics: readonly string[], voice: VoiceView = DEFAULT_VOICE): Promise<EventOutletMoments> {
  const prisma = await db();
  const [run] = await prisma.$queryRaw<Array<{ id: number; n: number }>>`
    SELECT coalesce(max(id), 0)::int AS id, count(*)::int AS n FROM "ScoringRun" WHERE status = 'complete'`;
  const key = `${run?.id}:${run?.n}:${voice}:${[...metrics].sort().join(',')}`;
  let hit = byEventCache.get(key);
  if (!hit) {
    if (byEventCache.size > 20) byEventCache.clear();
    hit = prisma.$queryRaw<EventOutletMoments>`${articleFigures(sql`TRUE`, metrics, voice, { by: 'event-outlet' })}`;
    hit.catch(() => byEventCache.delete(key));
    byEventCache.set(key, hit);
  }
  return hit;
}
