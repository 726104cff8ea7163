import 'server-only';
import { db, empty, join, sql, type Sql } from './db';
import type { MarkerSpan } from './evidence';

/**
 * Complete lists for the API and the exports, read a page at a time by key (never OFFSET), so the thousandth page
 * costs what the first does and a streamed export holds one page in memory.
 */

export interface ArticleListFilter {
  outletIds: number[] | null;
  from: Date | null;
  /** Inclusive: the whole day. */
  to: Date | null;
  eventId: number | null;
  storyId: number | null;
  /** Words searched in article titles and text ('simple' text search, migration 0008). */
  q: string | null;
}

export interface ArticleListRow {
  id: number;
  outletId: number;
  outletSlug: string;
  title: string;
  url: string | null;
  publishedAt: Date | null;
  words: number;
  eventId: number | null;
  storyId: number | null;
  /** The article's figures: metric → count and value, as the article page shows them. */
  scores: Record<string, { count: number; value: number }>;
  body?: string;
}

function articleWhere(f: ArticleListFilter, afterId: number): Sql {
  const parts: Sql[] = [sql`a.id > ${afterId}`];
  if (f.outletIds) parts.push(sql`a."outletId" = ANY(${f.outletIds}::int[])`);
  if (f.from) parts.push(sql`a."publishedAt" >= ${f.from}`);
  if (f.to) parts.push(sql`a."publishedAt" < ${new Date(f.to.getTime() + 86_400_000)}`);
  if (f.eventId) parts.push(sql`a."eventId" = ${f.eventId}`);
  if (f.storyId) parts.push(sql`a."eventId" IN (SELECT id FROM "Event" WHERE "storyId" = ${f.storyId})`);
  if (f.q) parts.push(sql`to_tsvector('simple', a.title || ' ' || a.body) @@ websearch_to_tsquery('simple', ${f.q})`);
  return join(parts, ' AND ');
}

/** Articles after `afterId` in id order, at most `limit`, with their scores (and bodies when asked). */
export async function listArticlesAfter(f: ArticleListFilter, afterId: number, limit: number, withBody = false): Promise<ArticleListRow[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<Array<Omit<ArticleListRow, 'scores'>>>`
    SELECT a.id, a."outletId", o.slug AS "outletSlug", a.title, a.url, a."publishedAt", a.words, a."eventId", e."storyId"
           ${withBody ? sql`, a.body` : empty}
    FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId" LEFT JOIN "Event" e ON e.id = a."eventId"
    WHERE ${articleWhere(f, afterId)}
    ORDER BY a.id LIMIT ${limit}`;
  const ids = rows.map((r) => r.id);
  const scores = ids.length
    ? await prisma.$queryRaw<Array<{ articleId: number; metric: string; count: number; value: number }>>`
        SELECT "articleId", metric, count, value FROM "ArticleScore" WHERE "articleId" = ANY(${ids}::int[]) ORDER BY "articleId", metric`
    : [];
  const by = new Map<number, ArticleListRow['scores']>();
  for (const s of scores) {
    const m = by.get(s.articleId) ?? {};
    m[s.metric] = { count: s.count, value: s.value };
    by.set(s.articleId, m);
  }
  return rows.map((r) => ({ ...r, scores: by.get(r.id) ?? {} }));
}

export interface MarkerListFilter {
  outletIds: number[] | null;
  articleId: number | null;
  family: string | null;
  label: string | null;
  /** null: both voices. */
  voice: 'writer' | 'quoted' | null;
}

export interface MarkerKey {
  articleId: number;
  n: number;
  runId: number;
}

export type MarkerListRow = MarkerSpan & MarkerKey & { outletId: number };

/** Markers after a key in (article, ordinal, run) order, the order of the table's primary key: one index range per page. */
export async function listMarkersAfter(f: MarkerListFilter, after: MarkerKey | null, limit: number): Promise<MarkerListRow[]> {
  const prisma = await db();
  const parts: Sql[] = [];
  if (after) parts.push(sql`("articleId", n, "runId") > (${after.articleId}, ${after.n}, ${after.runId})`);
  if (f.outletIds) parts.push(sql`"outletId" = ANY(${f.outletIds}::int[])`);
  if (f.articleId) parts.push(sql`"articleId" = ${f.articleId}`);
  if (f.family) parts.push(sql`family = ${f.family}`);
  if (f.label) parts.push(sql`label = ${f.label}`);
  if (f.voice) parts.push(sql`voice = ${f.voice}`);
  return prisma.$queryRaw<MarkerListRow[]>`
    SELECT "articleId", n, "runId", "outletId", "sentenceIndex", family, label, start, "end", text, rule, weight, attrs, voice, speaker
    FROM "Marker" ${parts.length ? sql`WHERE ${join(parts, ' AND ')}` : empty}
    ORDER BY "articleId", n, "runId" LIMIT ${limit}`;
}

export interface StoryRow {
  id: number;
  title: string;
  events: number;
  articles: number;
  outlets: number;
  firstDate: Date | null;
  lastDate: Date | null;
}

/** Stories with their sizes, newest first, a page at a time by (last date, id). */
export async function listStories(q: string | null, page: number, perPage: number): Promise<{ stories: StoryRow[]; total: number }> {
  const prisma = await db();
  const where = q ? sql`WHERE to_tsvector('simple', s.title) @@ websearch_to_tsquery('simple', ${q})` : empty;
  const rows = await prisma.$queryRaw<Array<StoryRow & { total: number }>>`
    SELECT s.id, s.title,
           (SELECT count(*)::int FROM "Event" e WHERE e."storyId" = s.id) AS events,
           (SELECT count(*)::int FROM "Article" a JOIN "Event" e ON e.id = a."eventId" WHERE e."storyId" = s.id) AS articles,
           (SELECT count(DISTINCT a."outletId")::int FROM "Article" a JOIN "Event" e ON e.id = a."eventId" WHERE e."storyId" = s.id) AS outlets,
           (SELECT min(e."startDate") FROM "Event" e WHERE e."storyId" = s.id) AS "firstDate",
           (SELECT max(e."startDate") FROM "Event" e WHERE e."storyId" = s.id) AS "lastDate",
           count(*) OVER ()::int AS total
    FROM "Story" s ${where}
    ORDER BY "lastDate" DESC NULLS LAST, s.id DESC
    LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;
  return { stories: rows.map(({ total: _, ...s }) => s), total: rows[0]?.total ?? 0 };
}

/** One article's whole text (the API's `body=true`; pages show it a window at a time). */
export async function getArticleBody(id: number): Promise<string | null> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<Array<{ body: string }>>`SELECT body FROM "Article" WHERE id = ${id}`;
  return row?.body ?? null;
}
