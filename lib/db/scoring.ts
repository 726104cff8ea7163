/**
 * A scoring run: analyse articles and store every figure with its evidence, the actors they mention and the
 * per-outlet aggregates, in ONE transaction. A failed or killed run leaves the previous complete run visible;
 * only committed runs exist, so readers never filter by run.
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { analyzeArticle, ANALYSIS_VERSION, FAMILIES, outletRate, type RateUnit } from '@/lib/analysis';
import { sentenceCounts } from '@/lib/analysis/sentence-figures';
import { MIN_ARTICLES } from '@/lib/analysis/stats';
import type { SentenceSpan } from '@/lib/analysis/types';
import { canonicalActors, slugify } from '@/lib/actors';
import type { ExtraAlias } from '@/lib/actors/types';
import { countWords } from '@/lib/ingest/sentences';
import type { ArticleToScore, ScoredBatch } from '@/lib/scoring/analyse';
import { ScoringPool } from '@/lib/scoring/pool';
import { insertColumns, insertRows, type Schema } from './bulk';
import { LONG_TX, WRITE_LOCK, type Tx } from './store';
import { execOn, refreshSummaries } from './summaries';

/** Rate metrics: counts whose outlet figure is a rate per 100 words with a bootstrap interval. */
export const RATE_METRICS = [...new Set(FAMILIES.flatMap((f) => f.metrics))];
/** Sentiment per 100 words is a rate too: the AFINN sum over the words. */
const SENTIMENT = 'sentiment.score';
/** Articles per worker task: big enough to amortise messaging, small enough to keep every worker busy. */
const BATCH = 100;

export interface ScoreResult {
  runId: number | null;
  scored: number;
  /** True when the analysis changed (or nothing was scored yet) and every article was scored anew. */
  full: boolean;
  /** Older runs whose scores this run replaced. */
  replaced: number;
  markers: number;
  mentions: number;
}

export interface ScoreOptions {
  /** Extra actor aliases (config file); stored, then used with those stored from manifests. */
  aliases?: ExtraAlias[];
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that run the analysis (default: every core, os.availableParallelism()); 0 = this thread only. */
  workers?: number;
  /** Articles per worker task (default 100). */
  batchSize?: number;
}

const SCORE_COLUMNS = { runId: 'int', articleId: 'int', metric: 'text', count: 'float8', value: 'float8' } as const satisfies Schema;
const SENTENCE_SCORE_COLUMNS = {
  runId: 'int',
  articleId: 'int',
  sentenceIndex: 'int',
  sentiment: 'float8',
  comparative: 'float8',
  loaded: 'float8',
  frames: 'text[]',
} as const satisfies Schema;
const MARKER_COLUMNS = {
  runId: 'int',
  articleId: 'int',
  sentenceIndex: 'int',
  family: 'text',
  label: 'text',
  start: 'int',
  end: 'int',
  text: 'text',
  rule: 'text',
  weight: 'float8',
  attrs: 'json',
} as const satisfies Schema;
const MENTION_COLUMNS = {
  runId: 'int',
  articleId: 'int',
  actorId: 'int',
  sentenceIndex: 'int',
  start: 'int',
  end: 'int',
  text: 'text',
  form: 'text',
  quoted: 'bool',
  sentiment: 'float8',
  polarity: 'text',
  labels: 'json',
  evidence: 'json',
} as const satisfies Schema;

/**
 * Scores every article that the current analysis has not scored yet. When the analysis or the actor aliases
 * changed, every article is rescored and the older runs are removed in the same transaction.
 *
 * Worker threads analyse batches of articles while this thread reads the next batches and writes the finished
 * ones, all on the run's one transaction. At most two batches per worker are in flight, and articles are read
 * batch by batch, so memory does not grow with the corpus.
 */
export async function scoreArticles(db: PrismaClient, options: ScoreOptions = {}): Promise<ScoreResult> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;
    if (options.aliases?.length) await storeAliases(tx, options.aliases, 'config');
    const aliases = await userAliases(tx);
    const config = { version: ANALYSIS_VERSION, aliases: aliases.map((a) => `${a.actor}=${a.alias}`).sort() };
    const hash = createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
    const current = await tx.scoringRun.count({ where: { status: 'complete', config: { path: ['hash'], equals: hash } } });
    const full = current === 0;
    const ids = (
      full
        ? await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Article" ORDER BY id`
        : await tx.$queryRaw<{ id: number }[]>`
            SELECT id FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleScore" s WHERE s."articleId" = a.id) ORDER BY id`
    ).map((a) => a.id);
    if (!full && ids.length === 0) return { runId: null, scored: 0, full, replaced: 0, markers: 0, mentions: 0 };

    const replaced = full ? (await tx.scoringRun.deleteMany({})).count : 0;
    const run = await tx.scoringRun.create({ data: { version: ANALYSIS_VERSION, config: { ...config, hash }, status: 'running' } });
    const actorIds = await seedActors(tx);
    const pool = new ScoringPool({ workers: options.workers, aliases });
    let markers = 0;
    let mentions = 0;
    try {
      const batch = Math.max(1, options.batchSize ?? BATCH);
      const depth = Math.max(2, 2 * pool.size);
      const inFlight: Promise<ScoredBatch>[] = [];
      let next = 0;
      let done = 0;
      while (next < ids.length || inFlight.length) {
        // Keep every worker fed while this thread writes: read ahead up to `depth` batches, no more.
        while (next < ids.length && inFlight.length < depth) {
          const articles = await loadArticles(tx, ids.slice(next, next + batch));
          next += batch;
          const task = pool.analyse(articles);
          task.catch(() => {}); // awaited below in order; a failure must not go unhandled meanwhile
          inFlight.push(task);
        }
        const scored = await inFlight.shift()!;
        await ensureActors(tx, actorIds, scored.actors);
        const written = await writeScores(tx, run.id, scored, actorIds);
        markers += written.markers;
        mentions += written.mentions;
        done += scored.articles;
        options.onProgress?.(done, ids.length);
      }
      const outlets = full
        ? undefined
        : (await tx.$queryRaw<{ outletId: number }[]>`SELECT DISTINCT "outletId" FROM "Article" WHERE id = ANY(${ids}::int[])`).map((a) => a.outletId);
      await writeOutletScores(tx, run.id, pool, outlets);
    } finally {
      await pool.close();
    }
    await refreshSummaries(execOn(tx), run.id);
    // Marked complete inside the same transaction: a run is visible complete or not at all.
    await tx.scoringRun.update({ where: { id: run.id }, data: { status: 'complete', articles: ids.length, finishedAt: new Date() } });
    return { runId: run.id, scored: ids.length, full, replaced, markers, mentions };
  }, LONG_TX);
}

/**
 * Recomputes every outlet's figures from the stored article scores, in one transaction, under the latest complete
 * run. For loads that write article scores by other means (the page benchmark's copies; scoring shards merged by
 * a distributed run, see docs/SCALING.md).
 */
export async function refreshOutletScores(db: PrismaClient, options: Pick<ScoreOptions, 'workers'> = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;
    const run = await tx.scoringRun.findFirst({ where: { status: 'complete' }, orderBy: { id: 'desc' }, select: { id: true } });
    if (!run) return;
    await tx.outletScore.deleteMany({});
    const pool = new ScoringPool({ workers: options.workers });
    try {
      await writeOutletScores(tx, run.id, pool);
    } finally {
      await pool.close();
    }
    await refreshSummaries(execOn(tx), run.id);
  }, LONG_TX);
}

/**
 * Writes already analysed batches under a run, as scoreArticles does (actors created as needed). Exposed for the
 * store benchmark, which times the writes apart from the analysis.
 */
export async function writeScoredBatches(tx: Tx, runId: number, batches: ScoredBatch[]): Promise<{ markers: number; mentions: number }> {
  const actorIds = await seedActors(tx);
  let markers = 0;
  let mentions = 0;
  for (const batch of batches) {
    await ensureActors(tx, actorIds, batch.actors);
    const written = await writeScores(tx, runId, batch, actorIds);
    markers += written.markers;
    mentions += written.mentions;
  }
  return { markers, mentions };
}

/** Bodies and sentence spans of these articles, in id order. */
async function loadArticles(tx: Tx, ids: number[]): Promise<ArticleToScore[]> {
  const articles = await tx.$queryRaw<{ id: number; body: string }[]>`SELECT id, body FROM "Article" WHERE id = ANY(${ids}::int[]) ORDER BY id`;
  const spans = await tx.$queryRaw<{ articleId: number; index: number; start: number; end: number }[]>`
    SELECT "articleId", "index", "start", "end" FROM "Sentence" WHERE "articleId" = ANY(${ids}::int[]) ORDER BY "articleId", "index"`;
  const byArticle = new Map<number, SentenceSpan[]>(articles.map((a) => [a.id, []]));
  for (const s of spans) byArticle.get(s.articleId)?.push({ index: s.index, start: s.start, end: s.end });
  return articles.map((a) => ({ id: a.id, body: a.body, sentences: byArticle.get(a.id)! }));
}

async function writeScores(tx: Tx, runId: number, batch: ScoredBatch, actorIds: Map<string, number>) {
  const runIds = (n: number) => new Array<number>(n).fill(runId);
  await insertColumns(tx, 'ArticleScore', SCORE_COLUMNS, { runId: runIds(batch.scores.articleId.length), ...batch.scores });
  await insertColumns(tx, 'SentenceScore', SENTENCE_SCORE_COLUMNS, { runId: runIds(batch.sentences.articleId.length), ...batch.sentences });
  await insertColumns(tx, 'Marker', MARKER_COLUMNS, { runId: runIds(batch.markers.articleId.length), ...batch.markers });
  const { actor, ...mentions } = batch.mentions;
  await insertColumns(tx, 'ActorMention', MENTION_COLUMNS, { runId: runIds(actor.length), actorId: actor.map((key) => actorIds.get(key)!), ...mentions });
  return { markers: batch.markers.articleId.length, mentions: actor.length };
}

/** The gazetteer's actors and aliases, upserted; returns key → id for every actor in the database. */
async function seedActors(tx: Tx): Promise<Map<string, number>> {
  const actors = canonicalActors();
  await tx.actor.createMany({ data: actors.map((a) => ({ key: a.id, name: a.name, kind: a.kind, metonymOf: a.metonymOf ?? null })), skipDuplicates: true });
  const ids = new Map((await tx.actor.findMany({ select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  await tx.actorAlias.createMany({
    data: actors.flatMap((a) => a.aliases.map((alias) => ({ actorId: ids.get(a.id)!, alias, source: 'gazetteer' }))),
    skipDuplicates: true,
  });
  return ids;
}

/** Actors found in the text but not in the gazetteer (people, roles such as china/top-diplomat) get a row too. */
async function ensureActors(tx: Tx, ids: Map<string, number>, actors: ScoredBatch['actors']) {
  const missing = actors.filter((a) => !ids.has(a.key));
  if (missing.length === 0) return;
  await tx.actor.createMany({ data: missing.map((a) => ({ key: a.key, name: a.name, kind: a.kind })), skipDuplicates: true });
  for (const a of await tx.actor.findMany({ where: { key: { in: missing.map((m) => m.key) } }, select: { id: true, key: true } })) ids.set(a.key, a.id);
}

/** Aliases users added (manifest, config file), as the actor finder takes them. */
async function userAliases(tx: Tx): Promise<ExtraAlias[]> {
  const rows = await tx.actorAlias.findMany({ where: { source: { not: 'gazetteer' } }, select: { alias: true, actor: { select: { key: true, kind: true } } }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({ actor: r.actor.key, alias: r.alias, kind: r.actor.kind as ExtraAlias['kind'] }));
}

/** Stores user aliases: the actor is a canonical key or a name; an unknown one is created. */
export async function storeAliases(tx: Tx, aliases: ExtraAlias[], source: 'manifest' | 'config') {
  for (const a of aliases) {
    const key = slugify(a.actor);
    const actor = await tx.actor.upsert({ where: { key }, create: { key, name: a.actor, kind: a.kind ?? 'group' }, update: {} });
    await tx.actorAlias.upsert({ where: { actorId_alias: { actorId: actor.id, alias: a.alias } }, create: { actorId: actor.id, alias: a.alias, source }, update: {} });
  }
}

/**
 * Per outlet and rate metric: the rate per 100 words over all its articles with a 95% bootstrap interval,
 * resampling articles, or sentences when the outlet has fewer than five articles (see lib/analysis/stats.ts).
 * One outlet at a time: its articles' figures come from SQL as one array per metric, and the bootstraps run in
 * the worker pool, so memory holds one outlet's matrix (articles × metrics), never the corpus's score rows.
 */
async function writeOutletScores(tx: Tx, runId: number, pool: ScoringPool, outletIds?: number[]) {
  if (outletIds) await tx.outletScore.deleteMany({ where: { outletId: { in: outletIds } } });
  const metrics = [...RATE_METRICS, SENTIMENT];
  const outlets = outletIds ?? (await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Outlet" ORDER BY id`).map((o) => o.id);
  const rows: Array<Record<keyof typeof OUTLET_SCORE_COLUMNS, unknown>> = [];
  const pending: Promise<void>[] = [];
  for (const outletId of outlets) {
    const units = await outletUnits(tx, outletId, metrics);
    if (!units) continue;
    const words = units.words.reduce((t, w) => t + w, 0);
    const totals = metrics.map((_, m) => units.ids.reduce((t, _id, k) => t + units.counts[k * metrics.length + m], 0));
    const push = (m: number, r: { low: number; high: number; n: number; unit: string }) => {
      // The point estimate is always the article-level rate; sentences only shape the interval.
      const value = words ? (100 * totals[m]) / words : 0;
      rows.push({ runId, outletId, metric: metrics[m], value, low: Math.min(r.low, value), high: Math.max(r.high, value), n: r.n, unit: r.unit, count: totals[m], words });
    };
    if (units.ids.length < MIN_ARTICLES) {
      const sentenceUnits = await sentenceUnitsFor(tx, units.ids);
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
  rows.sort((a, b) => (a.outletId as number) - (b.outletId as number) || metrics.indexOf(a.metric as string) - metrics.indexOf(b.metric as string));
  await insertRows(tx, 'OutletScore', OUTLET_SCORE_COLUMNS, rows);
}

const OUTLET_SCORE_COLUMNS = {
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

/**
 * One outlet's scored articles (by id) with their words and, per metric, the count (the value for sentiment,
 * stored as a measure), from every stored run; null when it has none.
 */
async function outletUnits(tx: Tx, outletId: number, metrics: string[]): Promise<{ ids: number[]; words: Float64Array; counts: Float64Array } | null> {
  const byMetric = await tx.$queryRaw<{ metric: string; ids: number[]; xs: number[] }[]>`
    SELECT s.metric,
           array_agg(s."articleId" ORDER BY s."articleId") AS ids,
           array_agg(CASE WHEN s.metric IN (${SENTIMENT}, 'words') THEN s.value ELSE s.count END ORDER BY s."articleId") AS xs
    FROM "ArticleScore" s JOIN "Article" a ON a.id = s."articleId"
    WHERE a."outletId" = ${outletId} AND s.metric = ANY(${[...metrics, 'words']}::text[])
    GROUP BY s.metric`;
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
async function sentenceUnitsFor(tx: Tx, articleIds: number[]): Promise<Map<string, RateUnit[]>> {
  const out = new Map<string, RateUnit[]>();
  for (const a of await loadArticles(tx, articleIds)) {
    const analysis = analyzeArticle(a.body, a.sentences);
    const counts = sentenceCounts(analysis);
    const words = a.sentences.map((s) => countWords(a.body.slice(s.start, s.end)));
    const sentiment = new Map(analysis.sentences.map((s) => [s.index, s.sentiment]));
    for (const metric of [...RATE_METRICS, SENTIMENT]) {
      const list = out.get(metric) ?? [];
      out.set(metric, list);
      const bySentence = counts.get(metric);
      a.sentences.forEach((s, k) => list.push({ count: metric === SENTIMENT ? sentiment.get(s.index) ?? 0 : bySentence?.get(s.index) ?? 0, words: words[k] }));
    }
  }
  return out;
}
