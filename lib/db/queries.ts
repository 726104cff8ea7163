/**
 * The dashboard's only door to the data: server-only reads. Pages compose these; nothing here writes.
 */
import 'server-only';
import { openDatabase } from './connection';
import { createClient, type Db } from './client';

let client: Promise<Db> | null = null;

/** One client per server process, created on first use. */
function db(): Promise<Db> {
  client ??= openDatabase().then((h) => createClient(h.url, h.poolMax));
  return client;
}

export interface WordEvidence {
  word: string;
  label: string;
  occurrences: number;
  total: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  publishedAt: Date | null;
  event: string | null;
  words: number;
  sentences: number;
  sentiment: number | null;
  comparative: number | null;
  positive: WordEvidence[];
  negative: WordEvidence[];
}

export interface OutletColumn {
  id: number;
  slug: string;
  name: string;
  articles: ArticleSummary[];
}

export interface Overview {
  outlets: OutletColumn[];
  story: string | null;
  run: { id: number; version: string; finishedAt: Date | null; articles: number } | null;
}

/** Outlets side by side, each with its articles' size, sentiment and the words that drove it. */
export async function getOverview(): Promise<Overview> {
  const prisma = await db();
  const [outlets, words, run, story] = await Promise.all([
    prisma.outlet.findMany({
      orderBy: { name: 'asc' },
      select: {
        id: true,
        slug: true,
        name: true,
        articles: {
          orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            title: true,
            publishedAt: true,
            words: true,
            event: { select: { title: true } },
            _count: { select: { sentences: true } },
            scores: { where: { metric: { in: ['sentiment.score', 'sentiment.comparative'] } }, select: { metric: true, value: true } },
          },
        },
      },
    }),
    // One grouped query for every article's evidence words, not one per article.
    prisma.$queryRaw<Array<{ articleId: number; label: string; word: string; occurrences: number; total: number }>>`
      SELECT "articleId", label, lower(text) AS word, count(*)::int AS occurrences, sum(weight)::float8 AS total
      FROM "Marker" WHERE family = 'sentiment'
      GROUP BY "articleId", label, lower(text)
      ORDER BY abs(sum(weight)) DESC, lower(text)`,
    prisma.scoringRun.findFirst({ where: { status: 'complete' }, orderBy: { id: 'desc' } }),
    prisma.story.findFirst({ orderBy: { id: 'asc' }, select: { title: true } }),
  ]);
  const byArticle = new Map<number, WordEvidence[]>();
  for (const w of words) {
    const list = byArticle.get(w.articleId) ?? [];
    list.push({ word: w.word, label: w.label, occurrences: w.occurrences, total: w.total });
    byArticle.set(w.articleId, list);
  }
  return {
    story: story?.title ?? null,
    run: run && { id: run.id, version: run.version, finishedAt: run.finishedAt, articles: run.articles },
    outlets: outlets.map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      articles: o.articles.map((a) => {
        const score = (m: string) => a.scores.find((s) => s.metric === m)?.value ?? null;
        const evidence = byArticle.get(a.id) ?? [];
        return {
          id: a.id,
          title: a.title,
          publishedAt: a.publishedAt,
          event: a.event?.title ?? null,
          words: a.words,
          sentences: a._count.sentences,
          sentiment: score('sentiment.score'),
          comparative: score('sentiment.comparative'),
          positive: evidence.filter((e) => e.label === 'positive'),
          negative: evidence.filter((e) => e.label === 'negative'),
        };
      }),
    })),
  };
}
