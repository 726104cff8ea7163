import 'server-only';
import { fileName } from '@/lib/text/file-name';
import { textWindows, windowOf, type TextWindow } from '@/lib/text/windows';
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
  /** What the actor is part of, one level up (White House → United States), or null. */
  actorParent: string | null;
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
  words: number;
  /** Characters in the whole text. */
  length: number;
  /** Where the analysis stopped (a text over the ingest's word limit), or null: all of it. */
  analysedTo: number | null;
  /** The source file's name (never the folder it was read from: that is the server's business). */
  sourceFile: string;
  removedLines: RemovedLine[];
  /** All lines the cleaner removed (removedLines holds the first REMOVED_SHOWN). */
  removedTotal: number;
  outlet: { id: number; slug: string; name: string };
  event: { id: number; title: string } | null;
  story: { id: number; title: string } | null;
  /** The window of the text this page shows (1-based part of `parts`), [from, to) in characters. */
  part: number;
  parts: number;
  window: TextWindow;
  /** Sentences in the window, their text cut to it. */
  sentences: ArticleSentence[];
  totalSentences: number;
  /** Markers and mentions in the window. */
  markers: MarkerSpan[];
  totalMarkers: number;
  scores: Array<{ metric: string; count: number; value: number }>;
  mentions: ActorMentionRow[];
}

/** Removed lines listed on the page; the rest are counted. */
export const REMOVED_SHOWN = 200;

function removedLines(v: unknown): RemovedLine[] {
  if (!Array.isArray(v)) return [];
  return v
    .slice(0, REMOVED_SHOWN)
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    .map((x) => ({ line: Number(x.line) || 0, text: String(x.text ?? '').slice(0, 500), reason: String(x.reason ?? '') }));
}

/**
 * One article with everything the reader shows, one window of its text at a time (lib/text/windows.ts), so the page
 * stays small whatever the article's length. `at`: the 1-based part, or the part holding a sentence index.
 */
export async function getArticle(id: number, at: { part?: number; sentence?: number } = {}): Promise<ArticleDetail | null> {
  const prisma = await db();
  const [article] = await prisma.$queryRaw<
    Array<{
      id: number;
      title: string;
      url: string | null;
      publishedAt: Date | null;
      words: number;
      length: number;
      analysedTo: number | null;
      sourceFile: string;
      removedLines: unknown;
      removedTotal: number;
      outletId: number;
      outletSlug: string;
      outletName: string;
      eventId: number | null;
      eventTitle: string | null;
      storyId: number | null;
      storyTitle: string | null;
    }>
  >`
    SELECT a.id, a.title, a.url, a."publishedAt", a.words, length(a.body) AS length, a."analysedTo", a."sourceFile",
           jsonb_path_query_array(a."removedLines", ${`$[0 to ${REMOVED_SHOWN - 1}]`}::jsonpath) AS "removedLines",
           jsonb_array_length(a."removedLines") AS "removedTotal",
           o.id AS "outletId", o.slug AS "outletSlug", o.name AS "outletName",
           e.id AS "eventId", e.title AS "eventTitle", st.id AS "storyId", st.title AS "storyTitle"
    FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId"
    LEFT JOIN "Event" e ON e.id = a."eventId" LEFT JOIN "Story" st ON st.id = e."storyId"
    WHERE a.id = ${id}`;
  if (!article) return null;
  const spans = await prisma.$queryRaw<Array<{ index: number; start: number; end: number }>>`
    SELECT index, start, "end" FROM "Sentence" WHERE "articleId" = ${id} ORDER BY index`;
  // Offsets are JavaScript (UTF-16) offsets; Postgres's length counts code points, so the last window ends at the
  // last sentence when that is further.
  const length = Math.max(article.length, spans.at(-1)?.end ?? 0);
  const windows = textWindows(spans, length);
  const wanted =
    at.sentence !== undefined ? windowOf(windows, spans[Math.min(at.sentence, spans.length - 1)]?.start ?? 0) : Math.min((at.part ?? 1) - 1, windows.length - 1);
  const window = windows[Math.max(0, wanted)];
  const inWindow = spans.filter((s) => s.end > window.from && s.start < window.to);
  const first = inWindow[0]?.index ?? 0;
  const last = inWindow.at(-1)?.index ?? -1;
  const [sentences, markers, totals, scores, mentions] = await Promise.all([
    prisma.$queryRaw<ArticleSentence[]>`
      SELECT s.index, s.start, s."end", s.text, ss.sentiment, ss.comparative, ss.loaded, coalesce(ss.frames, '{}') AS frames
      FROM "Sentence" s LEFT JOIN "SentenceScore" ss ON ss."articleId" = s."articleId" AND ss."sentenceIndex" = s.index
      WHERE s."articleId" = ${id} AND s.index BETWEEN ${first} AND ${last} ORDER BY s.index`,
    prisma.$queryRaw<MarkerSpan[]>`
      SELECT "articleId", "sentenceIndex", family, label, start, "end", text, rule, weight, attrs, voice, speaker
      FROM "Marker" WHERE "articleId" = ${id} AND "sentenceIndex" BETWEEN ${first} AND ${last} ORDER BY start, "end" DESC`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Marker" WHERE "articleId" = ${id}`,
    prisma.$queryRaw<Array<{ metric: string; count: number; value: number }>>`
      SELECT metric, count, value FROM "ArticleScore" WHERE "articleId" = ${id} ORDER BY metric`,
    prisma.$queryRaw<ActorMentionRow[]>`
      SELECT m."actorId", ac.key AS "actorKey", ac.name AS "actorName", ac.kind AS "actorKind", parent.name AS "actorParent",
             m."sentenceIndex", m.start, m."end", m.text, m.form, m.quoted, m.sentiment, m.polarity, m.labels, m.evidence
      FROM "ActorMention" m JOIN "Actor" ac ON ac.id = m."actorId" LEFT JOIN "Actor" parent ON parent.key = ac."parentKey"
      WHERE m."articleId" = ${id} AND m."sentenceIndex" BETWEEN ${first} AND ${last} ORDER BY m.start`,
  ]);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt,
    words: article.words,
    length,
    analysedTo: article.analysedTo,
    sourceFile: fileName(article.sourceFile),
    removedLines: removedLines(article.removedLines),
    removedTotal: article.removedTotal,
    outlet: { id: article.outletId, slug: article.outletSlug, name: article.outletName },
    event: article.eventId !== null ? { id: article.eventId, title: article.eventTitle! } : null,
    story: article.storyId !== null ? { id: article.storyId, title: article.storyTitle! } : null,
    part: windows.indexOf(window) + 1,
    parts: windows.length,
    window,
    // A sentence longer than the window shows the window's piece of it.
    sentences: sentences.map((s) =>
      s.start >= window.from && s.end <= window.to
        ? s
        : { ...s, text: s.text.slice(Math.max(0, window.from - s.start), Math.min(s.text.length, window.to - s.start)), start: Math.max(s.start, window.from), end: Math.min(s.end, window.to) },
    ),
    totalSentences: spans.length,
    markers: markers.filter((m) => m.end > window.from && m.start < window.to),
    totalMarkers: totals[0]?.n ?? 0,
    scores,
    mentions: mentions.filter((m) => m.end > window.from && m.start < window.to),
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
