import 'server-only';
import { db } from './db';
import type { MarkerSpan } from './evidence';

export interface ArticleSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  sentiment: number | null;
  comparative: number | null;
  loaded: number | null;
  frames: string[];
}

export interface RemovedLine {
  line: number;
  text: string;
  reason: string;
}

export interface ActorMentionRow {
  actorId: number;
  actorKey: string;
  actorName: string;
  actorKind: string;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  form: string;
  quoted: boolean;
  sentiment: number;
  polarity: string;
  labels: unknown;
  evidence: unknown;
}

export interface ArticleDetail {
  id: number;
  title: string;
  url: string | null;
  publishedAt: Date | null;
  body: string;
  words: number;
  sourceFile: string;
  removedLines: RemovedLine[];
  outlet: { id: number; slug: string; name: string };
  event: { id: number; title: string } | null;
  story: { id: number; title: string } | null;
  sentences: ArticleSentence[];
  markers: MarkerSpan[];
  scores: Array<{ metric: string; count: number; value: number }>;
  mentions: ActorMentionRow[];
}

function removedLines(v: unknown): RemovedLine[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    .map((x) => ({ line: Number(x.line) || 0, text: String(x.text ?? ''), reason: String(x.reason ?? '') }));
}

/** One article with everything the reader shows, in a fixed number of queries. */
export async function getArticle(id: number): Promise<ArticleDetail | null> {
  const prisma = await db();
  const article = await prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      body: true,
      words: true,
      sourceFile: true,
      removedLines: true,
      outlet: { select: { id: true, slug: true, name: true } },
      event: { select: { id: true, title: true, story: { select: { id: true, title: true } } } },
    },
  });
  if (!article) return null;
  const [sentences, markers, scores, mentions] = await Promise.all([
    prisma.$queryRaw<ArticleSentence[]>`
      SELECT s.index, s.start, s."end", s.text, ss.sentiment, ss.comparative, ss.loaded, coalesce(ss.frames, '{}') AS frames
      FROM "Sentence" s LEFT JOIN "SentenceScore" ss ON ss."articleId" = s."articleId" AND ss."sentenceIndex" = s.index
      WHERE s."articleId" = ${id} ORDER BY s.index`,
    prisma.$queryRaw<MarkerSpan[]>`
      SELECT "articleId", "sentenceIndex", family, label, start, "end", text, rule, weight, attrs
      FROM "Marker" WHERE "articleId" = ${id} ORDER BY start, "end" DESC`,
    prisma.$queryRaw<Array<{ metric: string; count: number; value: number }>>`
      SELECT metric, count, value FROM "ArticleScore" WHERE "articleId" = ${id} ORDER BY metric`,
    prisma.$queryRaw<ActorMentionRow[]>`
      SELECT m."actorId", ac.key AS "actorKey", ac.name AS "actorName", ac.kind AS "actorKind", m."sentenceIndex",
             m.start, m."end", m.text, m.form, m.quoted, m.sentiment, m.polarity, m.labels, m.evidence
      FROM "ActorMention" m JOIN "Actor" ac ON ac.id = m."actorId"
      WHERE m."articleId" = ${id} ORDER BY m.start`,
  ]);
  const { event, removedLines: removed, ...rest } = article;
  return {
    ...rest,
    removedLines: removedLines(removed),
    event: event ? { id: event.id, title: event.title } : null,
    story: event?.story ?? null,
    sentences,
    markers,
    scores,
    mentions,
  };
}

export interface OutletArticle {
  id: number;
  title: string;
  publishedAt: Date | null;
  words: number;
  eventId: number | null;
  eventTitle: string | null;
  sentiment: number | null;
  markers: Record<string, number>;
}

export const OUTLET_ARTICLES_PAGE = 50;

export async function getOutletBySlug(slug: string) {
  const prisma = await db();
  return prisma.outlet.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, homepage: true } });
}

/** A page of an outlet's articles with their marker counts per family (one grouped query for the page). */
export async function getOutletArticles(outletId: number, page: number): Promise<{ articles: OutletArticle[]; total: number }> {
  const prisma = await db();
  const [rows, totals] = await Promise.all([
    prisma.$queryRaw<Array<Omit<OutletArticle, 'markers'>>>`
      SELECT a.id, a.title, a."publishedAt", a.words, a."eventId", e.title AS "eventTitle", s.value AS sentiment
      FROM "Article" a
      LEFT JOIN "Event" e ON e.id = a."eventId"
      LEFT JOIN "ArticleScore" s ON s."articleId" = a.id AND s.metric = 'sentiment.comparative'
      WHERE a."outletId" = ${outletId}
      ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC
      LIMIT ${OUTLET_ARTICLES_PAGE} OFFSET ${(page - 1) * OUTLET_ARTICLES_PAGE}`,
    // From the ingest's summary: counting a large outlet's articles per request would read its whole index range.
    prisma.$queryRaw<Array<{ articles: number }>>`SELECT articles FROM "OutletSummary" WHERE "outletId" = ${outletId}`,
  ]);
  const total = totals[0]?.articles ?? 0;
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await prisma.$queryRaw<Array<{ articleId: number; family: string; n: number }>>`
        SELECT "articleId", family, count(*)::int AS n FROM "Marker" WHERE "articleId" = ANY(${ids}::int[]) GROUP BY 1, 2`
    : [];
  const byArticle = new Map<number, Record<string, number>>();
  for (const c of counts) byArticle.set(c.articleId, { ...byArticle.get(c.articleId), [c.family]: c.n });
  return { articles: rows.map((r) => ({ ...r, markers: byArticle.get(r.id) ?? {} })), total };
}
