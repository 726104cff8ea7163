/**
 * A scoring run: analyse articles and store every figure with its evidence, the actors they mention and the
 * per-outlet aggregates, in ONE transaction. A failed or killed run leaves the previous complete run visible;
 * only committed runs exist, so readers never filter by run.
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { analyzeArticle, ANALYSIS_VERSION, FAMILIES, outletRate, type RateUnit } from '@/lib/analysis';
import { sentenceCounts } from '@/lib/analysis/sentence-figures';
import type { ArticleAnalysis } from '@/lib/analysis/types';
import { canonicalActors, findActors, slugify } from '@/lib/actors';
import type { ActorMention, ExtraAlias } from '@/lib/actors/types';
import { countWords } from '@/lib/ingest/sentences';
import { LONG_TX, WRITE_LOCK, type Tx } from './store';

/** Rate metrics: counts whose outlet figure is a rate per 100 words with a bootstrap interval. */
export const RATE_METRICS = [...new Set(FAMILIES.flatMap((f) => f.metrics))];
/** Sentiment per 100 words is a rate too: the AFINN sum over the words. */
const SENTIMENT = 'sentiment.score';
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
}

/**
 * Scores every article that the current analysis has not scored yet. When the analysis or the actor aliases
 * changed, every article is rescored and the older runs are removed in the same transaction.
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
      await tx.article.findMany({ where: full ? {} : { scores: { none: {} } }, select: { id: true }, orderBy: { id: 'asc' } })
    ).map((a) => a.id);
    if (!full && ids.length === 0) return { runId: null, scored: 0, full, replaced: 0, markers: 0, mentions: 0 };

    const replaced = full ? (await tx.scoringRun.deleteMany({})).count : 0;
    const run = await tx.scoringRun.create({ data: { version: ANALYSIS_VERSION, config: { ...config, hash }, status: 'running' } });
    const actorIds = await seedActors(tx);
    let markers = 0;
    let mentions = 0;
    for (let i = 0; i < ids.length; i += BATCH) {
      const articles = await loadArticles(tx, ids.slice(i, i + BATCH));
      const analysed = articles.map((a) => ({ ...a, analysis: analyzeArticle(a.body, a.sentences), mentions: findActors(a.body, a.sentences, { aliases }) }));
      await ensureActors(tx, actorIds, analysed.flatMap((a) => a.mentions));
      const written = await writeScores(tx, run.id, analysed, actorIds);
      markers += written.markers;
      mentions += written.mentions;
      options.onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
    }
    const outlets = full
      ? undefined
      : [...new Set((await tx.article.findMany({ where: { id: { in: ids } }, select: { outletId: true } })).map((a) => a.outletId))];
    await writeOutletScores(tx, run.id, outlets);
    // Marked complete inside the same transaction: a run is visible complete or not at all.
    await tx.scoringRun.update({ where: { id: run.id }, data: { status: 'complete', articles: ids.length, finishedAt: new Date() } });
    return { runId: run.id, scored: ids.length, full, replaced, markers, mentions };
  }, LONG_TX);
}

async function loadArticles(tx: Tx, ids: number[]) {
  return tx.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, outletId: true, body: true, sentences: { select: { index: true, start: true, end: true }, orderBy: { index: 'asc' } } },
    orderBy: { id: 'asc' },
  });
}

type Analysed = Awaited<ReturnType<typeof loadArticles>>[number] & { analysis: ArticleAnalysis; mentions: ActorMention[] };

async function writeScores(tx: Tx, runId: number, articles: Analysed[], actorIds: Map<string, number>) {
  const scores = [];
  const sentences = [];
  const markers = [];
  const mentions = [];
  for (const { id: articleId, analysis, mentions: found } of articles) {
    scores.push(
      { runId, articleId, metric: 'words', count: analysis.words, value: analysis.words },
      ...Object.entries(analysis.figures).map(([metric, f]) => ({ runId, articleId, metric, count: f.count, value: f.per100 })),
      // Measures are not counts: count holds 0 and value the measure.
      ...Object.entries(analysis.measures).map(([metric, value]) => ({ runId, articleId, metric, count: 0, value })),
    );
    for (const s of analysis.sentences) {
      sentences.push({ runId, articleId, sentenceIndex: s.index, sentiment: s.sentiment, comparative: s.comparative, loaded: s.loaded ?? null, frames: s.frames ?? [] });
    }
    for (const m of analysis.markers) {
      markers.push({ runId, articleId, sentenceIndex: m.sentenceIndex, family: m.family, label: m.label, start: m.start, end: m.end, text: m.text, rule: m.rule, weight: m.weight, attrs: m.attrs });
    }
    for (const m of found) {
      mentions.push({
        runId,
        articleId,
        actorId: actorIds.get(m.actor)!,
        sentenceIndex: m.sentenceIndex,
        start: m.start,
        end: m.end,
        text: m.text,
        form: m.form,
        quoted: m.quoted,
        sentiment: m.sentiment.score,
        polarity: m.sentiment.polarity,
        labels: m.labels.map(({ text, start, end, kind }) => ({ text, start, end, kind })),
        evidence: m.sentiment.evidence.map(({ text, start, end, weight }) => ({ text, start, end, weight })),
      });
    }
  }
  await tx.articleScore.createMany({ data: scores });
  await tx.sentenceScore.createMany({ data: sentences });
  await tx.marker.createMany({ data: markers });
  await tx.actorMention.createMany({ data: mentions });
  return { markers: markers.length, mentions: mentions.length };
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
async function ensureActors(tx: Tx, ids: Map<string, number>, mentions: ActorMention[]) {
  const missing = new Map<string, ActorMention>();
  for (const m of mentions) if (!ids.has(m.actor) && !missing.has(m.actor)) missing.set(m.actor, m);
  if (missing.size === 0) return;
  await tx.actor.createMany({ data: [...missing.values()].map((m) => ({ key: m.actor, name: m.name, kind: m.kind })), skipDuplicates: true });
  for (const a of await tx.actor.findMany({ where: { key: { in: [...missing.keys()] } }, select: { id: true, key: true } })) ids.set(a.key, a.id);
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
 */
async function writeOutletScores(tx: Tx, runId: number, outletIds?: number[]) {
  if (outletIds) await tx.outletScore.deleteMany({ where: { outletId: { in: outletIds } } });
  const metrics = [...RATE_METRICS, SENTIMENT];
  const rows = await tx.articleScore.findMany({
    where: { metric: { in: [...metrics, 'words'] }, ...(outletIds && { article: { outletId: { in: outletIds } } }) },
    select: { articleId: true, metric: true, count: true, value: true, article: { select: { outletId: true } } },
  });
  const byOutlet = new Map<number, Map<number, Map<string, number>>>();
  for (const r of rows) {
    const articles = byOutlet.get(r.article.outletId) ?? new Map<number, Map<string, number>>();
    byOutlet.set(r.article.outletId, articles);
    const m = articles.get(r.articleId) ?? new Map<string, number>();
    articles.set(r.articleId, m);
    // sentiment.score is stored as a measure (value = AFINN sum); rate metrics as hits in count.
    m.set(r.metric, r.metric === SENTIMENT || r.metric === 'words' ? r.value : r.count);
  }
  const data = [];
  for (const [outletId, articles] of byOutlet) {
    const units = [...articles.values()];
    const sentenceUnits = units.length < 5 ? await sentenceUnitsFor(tx, [...articles.keys()]) : null;
    const words = units.reduce((t, u) => t + (u.get('words') ?? 0), 0);
    for (const metric of metrics) {
      const articleUnits: RateUnit[] = units.map((u) => ({ count: u.get(metric) ?? 0, words: u.get('words') ?? 0 }));
      const count = articleUnits.reduce((t, u) => t + u.count, 0);
      const r = outletRate(articleUnits, sentenceUnits?.get(metric) ?? []);
      // The point estimate is always the article-level rate; sentences only shape the interval.
      const value = words ? (100 * count) / words : 0;
      data.push({ runId, outletId, metric, value, low: Math.min(r.low, value), high: Math.max(r.high, value), n: r.n, unit: r.unit, count, words });
    }
  }
  await tx.outletScore.createMany({ data });
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
