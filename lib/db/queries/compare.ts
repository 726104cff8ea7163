import 'server-only';
import type { RateMoments } from '@/lib/analysis/stats';
import { DEFAULT_VOICE, type VoiceView } from '@/lib/analysis/voice';
import { db, scopeWhere, sql, type Scope } from './db';
import { articleFigures } from './rates';
import type { MarkerSpan } from './evidence';

export interface EventScope {
  kind: 'event';
  id: number;
  title: string;
  startDate: Date | null;
  story: { id: number; title: string } | null;
}

export interface StoryScope {
  kind: 'story';
  id: number;
  title: string;
  events: Array<{ id: number; title: string; startDate: Date | null; articles: number }>;
}

export async function getEventScope(id: number): Promise<EventScope | null> {
  const prisma = await db();
  const e = await prisma.event.findUnique({
    where: { id },
    select: { id: true, title: true, startDate: true, story: { select: { id: true, title: true } } },
  });
  return e ? { kind: 'event', ...e } : null;
}

export async function getStoryScope(id: number): Promise<StoryScope | null> {
  const prisma = await db();
  const s = await prisma.story.findUnique({ where: { id }, select: { id: true, title: true } });
  if (!s) return null;
  const events = await prisma.$queryRaw<StoryScope['events']>`
    SELECT e.id, e.title, e."startDate", count(a.id)::int AS articles
    FROM "Event" e LEFT JOIN "Article" a ON a."eventId" = e.id
    WHERE e."storyId" = ${id} GROUP BY e.id ORDER BY e."startDate" NULLS LAST, e.id`;
  return { kind: 'story', ...s, events };
}

export interface ScopeArticle {
  id: number;
  outletId: number;
  title: string;
  publishedAt: Date | null;
  words: number;
  eventTitle: string | null;
  /** Articles of this outlet in the scope (the same on each of its rows). */
  outletTotal: number;
}

export interface FeaturedText {
  articleId: number;
  body: string;
  sentences: Array<{ index: number; start: number; end: number; sentiment: number | null }>;
  markers: MarkerSpan[];
}

export const ARTICLES_PER_OUTLET = 6;
/**
 * Side-by-side texts up to this many outlets: beyond, columns are too narrow to read a text in, and a dozen marked-up
 * texts made the page too heavy to serve quickly (650 kB at 12 outlets); each column links to its article instead.
 */
export const MAX_INLINE_TEXTS = 6;
/** A longer text is linked, never inlined: its page shows it a part at a time (lib/text/windows.ts). */
export const MAX_INLINE_WORDS = 3_000;
/** Characters of the lead shown per article (a text without full stops would otherwise be its own lead). */
const LEAD_CHARS = 600;

/**
 * The articles of a scope, a few per outlet (earliest first), with the leads of those and, when at most
 * MAX_INLINE_TEXTS outlets cover it, the full marked-up text of each outlet's first one. Fixed number of queries
 * whatever the number of outlets.
 */
export async function getScopeArticles(scope: Scope): Promise<{ articles: ScopeArticle[]; leads: Map<number, string>; featured: FeaturedText[] }> {
  const prisma = await db();
  const articles = await prisma.$queryRaw<ScopeArticle[]>`
    SELECT id, "outletId", title, "publishedAt", words, "eventTitle", "outletTotal" FROM (
      SELECT a.id, a."outletId", a.title, a."publishedAt", a.words, e.title AS "eventTitle",
             row_number() OVER w AS rank, (count(*) OVER (PARTITION BY a."outletId"))::int AS "outletTotal"
      FROM "Article" a LEFT JOIN "Event" e ON e.id = a."eventId"
      WHERE ${scopeWhere(scope)}
      WINDOW w AS (PARTITION BY a."outletId" ORDER BY a."publishedAt" NULLS LAST, a.id)
    ) t WHERE rank <= ${ARTICLES_PER_OUTLET} ORDER BY "outletId", rank`;
  const ids = articles.map((a) => a.id);
  const firstOf = new Map<number, number>();
  for (const a of articles) if (!firstOf.has(a.outletId)) firstOf.set(a.outletId, a.id);
  const short = new Set(articles.filter((a) => a.words <= MAX_INLINE_WORDS).map((a) => a.id));
  const featured = firstOf.size <= MAX_INLINE_TEXTS ? [...firstOf.values()].filter((id) => short.has(id)) : [];
  if (!ids.length) return { articles, leads: new Map(), featured: [] };
  const [leadRows, bodies, sentences, markers] = await Promise.all([
    prisma.$queryRaw<Array<{ articleId: number; text: string }>>`
      SELECT "articleId", left(string_agg(left(text, ${LEAD_CHARS}), ' ' ORDER BY index), ${LEAD_CHARS}) AS text
      FROM "Sentence" WHERE "articleId" = ANY(${ids}::int[]) AND index < 2 GROUP BY "articleId"`,
    prisma.$queryRaw<Array<{ id: number; body: string }>>`SELECT id, body FROM "Article" WHERE id = ANY(${featured}::int[])`,
    prisma.$queryRaw<Array<{ articleId: number; index: number; start: number; end: number; sentiment: number | null }>>`
      SELECT s."articleId", s.index, s.start, s."end", ss.sentiment
      FROM "Sentence" s LEFT JOIN "SentenceScore" ss ON ss."articleId" = s."articleId" AND ss."sentenceIndex" = s.index
      WHERE s."articleId" = ANY(${featured}::int[]) ORDER BY s."articleId", s.index`,
    prisma.$queryRaw<MarkerSpan[]>`
      SELECT "articleId", "sentenceIndex", family, label, start, "end", text, rule, weight, attrs, voice, speaker
      FROM "Marker" WHERE "articleId" = ANY(${featured}::int[]) ORDER BY "articleId", start, "end" DESC`,
  ]);
  return {
    articles,
    leads: new Map(leadRows.map((r) => [r.articleId, r.text])),
    featured: bodies.map((b) => ({
      articleId: b.id,
      body: b.body,
      sentences: sentences.filter((s) => s.articleId === b.id),
      markers: markers.filter((m) => m.articleId === b.id),
    })),
  };
}

export interface SharedEvent {
  id: number;
  title: string;
  startDate: Date | null;
  /** Per metric, each side's sums over its articles on this event. */
  a: Map<string, RateMoments>;
  b: Map<string, RateMoments>;
}

/**
 * The events two sides (sets of outlet ids, disjoint) both covered, with each side's sums per metric there (one
 * grouped query; each article's figure folded over its voices as getRateMoments does). Newest first.
 */
export async function getSharedEvents(aIds: number[], bIds: number[], metrics: readonly string[], voice: VoiceView = DEFAULT_VOICE): Promise<SharedEvent[]> {
  if (!aIds.length || !bIds.length || !metrics.length) return [];
  const prisma = await db();
  const rows = await prisma.$queryRaw<Array<RateMoments & { eventId: number; side: 'a' | 'b'; metric: string }>>`
    WITH covered AS (
      SELECT a."eventId" FROM "Article" a
      WHERE a."eventId" IS NOT NULL AND (a."outletId" = ANY(${aIds}::int[]) OR a."outletId" = ANY(${bIds}::int[]))
      GROUP BY 1
      HAVING bool_or(a."outletId" = ANY(${aIds}::int[])) AND bool_or(a."outletId" = ANY(${bIds}::int[])))
    ${articleFigures(sql`a."eventId" IN (SELECT "eventId" FROM covered) AND (a."outletId" = ANY(${aIds}::int[]) OR a."outletId" = ANY(${bIds}::int[]))`, metrics, voice, { by: 'event-side', aIds })}`;
  if (!rows.length) return [];
  const ids = [...new Set(rows.map((r) => r.eventId))];
  const events = await prisma.event.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, startDate: true } });
  const byId = new Map(events.map((e) => [e.id, { ...e, a: new Map<string, RateMoments>(), b: new Map<string, RateMoments>() }]));
  for (const { eventId, side, metric, ...m } of rows) byId.get(eventId)?.[side].set(metric, m);
  return [...byId.values()].sort((x, y) => (y.startDate?.getTime() ?? 0) - (x.startDate?.getTime() ?? 0) || y.id - x.id);
}

export interface ScopeSentence {
  articleId: number;
  outletId: number;
  index: number;
  text: string;
}

/** Sentences read for distinctive words at most: beyond, the words come from the first ones (the pages say so). */
export const MAX_WORD_SENTENCES = 30_000;

/** The sentences of a scope's articles (or of given outlets on given events), earliest articles first, capped. */
export async function getScopeSentences(where: Scope | { kind: 'events'; eventIds: number[]; outletIds: number[] }): Promise<{ sentences: ScopeSentence[]; capped: boolean }> {
  const prisma = await db();
  const filter = where.kind === 'events' ? sql`a."eventId" = ANY(${where.eventIds}::int[]) AND a."outletId" = ANY(${where.outletIds}::int[])` : scopeWhere(where);
  const sentences = await prisma.$queryRaw<ScopeSentence[]>`
    SELECT s."articleId", a."outletId", s.index, s.text
    FROM "Sentence" s JOIN "Article" a ON a.id = s."articleId"
    WHERE ${filter}
    ORDER BY a."publishedAt" NULLS LAST, a.id, s.index LIMIT ${MAX_WORD_SENTENCES + 1}`;
  const capped = sentences.length > MAX_WORD_SENTENCES;
  return { sentences: capped ? sentences.slice(0, MAX_WORD_SENTENCES) : sentences, capped };
}
