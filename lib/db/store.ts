/**
 * Writes: ingest and scoring. Each call is one transaction, so a failed or killed run leaves what was stored before
 * exactly as it was. Scores are keyed by scoring run; only committed runs are ever visible.
 */
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ArticleInput } from '@/lib/ingest/types';
import { contentHash } from '@/lib/ingest/read';
import { countWords, splitSentences } from '@/lib/ingest/sentences';
import { analyzeArticle, ANALYSIS_VERSION } from '@/lib/analysis';

type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** Long corpora take a while: the default 5 s interactive-transaction timeout is for web requests. */
const LONG_TX = { maxWait: 60_000, timeout: 30 * 60_000 };
/** Advisory lock ids: one ingest or scoring run at a time per database. */
const WRITE_LOCK = 72_771_002;

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  );
}

export interface IngestResult {
  inserted: number;
  duplicates: { sourceFile: string; existing: string }[];
  sentences: number;
}

export async function ingestArticles(db: PrismaClient, articles: ArticleInput[]): Promise<IngestResult> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;
    const result: IngestResult = { inserted: 0, duplicates: [], sentences: 0 };
    const hashes = articles.map((a) => contentHash(a.body));
    const existing = new Map(
      (await tx.article.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true, sourceFile: true } })).map(
        (a) => [a.contentHash, a.sourceFile],
      ),
    );
    for (const [i, article] of articles.entries()) {
      const hash = hashes[i];
      const seen = existing.get(hash);
      if (seen !== undefined) {
        result.duplicates.push({ sourceFile: article.sourceFile, existing: seen });
        continue;
      }
      existing.set(hash, article.sourceFile);
      const outlet = await tx.outlet.upsert({
        where: { slug: slugify(article.outlet) },
        create: { slug: slugify(article.outlet), name: article.outlet },
        update: {},
      });
      const eventId = article.event ? await upsertEvent(tx, article) : null;
      const sentences = splitSentences(article.body);
      await tx.article.create({
        data: {
          outletId: outlet.id,
          eventId,
          url: article.url,
          title: article.title,
          publishedAt: article.publishedAt,
          body: article.body,
          words: countWords(article.body),
          contentHash: hash,
          sourceFile: article.sourceFile,
          sentences: {
            createMany: {
              data: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: article.body.slice(s.start, s.end) })),
            },
          },
        },
      });
      result.inserted++;
      result.sentences += sentences.length;
    }
    return result;
  }, LONG_TX);
}

async function upsertEvent(tx: Tx, article: ArticleInput): Promise<number> {
  const story = article.story
    ? await tx.story.upsert({ where: { key: slugify(article.story) }, create: { key: slugify(article.story), title: article.story }, update: {} })
    : null;
  const key = slugify(article.event!);
  const event = await tx.event.upsert({
    where: { key },
    create: { key, title: article.event!, storyId: story?.id, startDate: article.publishedAt },
    update: {},
  });
  return event.id;
}

export interface ScoreResult {
  runId: number | null;
  scored: number;
  /** True when the analysis changed (or nothing was scored yet) and every article was scored anew. */
  full: boolean;
  /** Older runs whose scores this run replaced. */
  replaced: number;
  markers: number;
}

/** The analysis configuration stored on each run; its hash decides whether old scores are still valid. */
export function analysisConfig() {
  return { version: ANALYSIS_VERSION };
}

/**
 * Scores every article that the current analysis version has not scored yet, in one transaction. When the
 * analysis changed, every article is rescored and the older runs are removed in that same transaction.
 */
export async function scoreArticles(db: PrismaClient): Promise<ScoreResult> {
  const config = analysisConfig();
  const configHash = createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`;
    const current = await tx.scoringRun.findMany({
      where: { status: 'complete', version: ANALYSIS_VERSION, config: { path: ['hash'], equals: configHash } },
      select: { id: true },
    });
    const full = current.length === 0;
    const articles = await tx.article.findMany({
      where: full ? {} : { scores: { none: {} } },
      select: { id: true, body: true, sentences: { select: { index: true, start: true, end: true }, orderBy: { index: 'asc' } } },
      orderBy: { id: 'asc' },
    });
    if (!full && articles.length === 0) return { runId: null, scored: 0, full, replaced: 0, markers: 0 };
    const replaced = full ? (await tx.scoringRun.deleteMany({})).count : 0;
    const run = await tx.scoringRun.create({
      data: { version: ANALYSIS_VERSION, config: { ...config, hash: configHash }, status: 'running' },
    });
    let markers = 0;
    for (const article of articles) {
      const analysis = analyzeArticle(article.body, article.sentences);
      await tx.articleScore.createMany({
        data: [
          { runId: run.id, articleId: article.id, metric: 'words', count: analysis.words, value: analysis.words },
          { runId: run.id, articleId: article.id, metric: 'sentiment.score', count: analysis.markers.length, value: analysis.sentiment.score },
          { runId: run.id, articleId: article.id, metric: 'sentiment.comparative', count: analysis.markers.length, value: analysis.sentiment.comparative },
          ...Object.entries(analysis.figures).map(([metric, f]) => ({ runId: run.id, articleId: article.id, metric, count: f.count, value: f.per100 })),
        ],
      });
      await tx.sentenceScore.createMany({
        data: analysis.sentences.map((s) => ({ runId: run.id, articleId: article.id, sentenceIndex: s.index, sentiment: s.sentiment, comparative: s.comparative })),
      });
      await tx.marker.createMany({
        data: analysis.markers.map((m) => ({
          runId: run.id,
          articleId: article.id,
          sentenceIndex: m.sentenceIndex,
          family: m.family,
          label: m.label,
          start: m.start,
          end: m.end,
          text: m.text,
          rule: m.rule,
          weight: m.weight,
        })),
      });
      markers += analysis.markers.length;
    }
    // Marked complete inside the same transaction: a run is visible complete or not at all.
    await tx.scoringRun.update({ where: { id: run.id }, data: { status: 'complete', articles: articles.length, finishedAt: new Date() } });
    return { runId: run.id, scored: articles.length, full, replaced, markers };
  }, LONG_TX);
}
