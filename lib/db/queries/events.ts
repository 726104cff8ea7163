import 'server-only';
import { db, empty, join, sql, type Sql } from './db';
import type { EventSort } from '@/lib/events/filter';

/** What the overview and /blindspots filter events by; every field comes from the URL. */
export interface EventFilter {
  /** Words searched in event titles and article titles and text ('simple' text search, migration 0008). */
  q: string | null;
  from: Date | null;
  /** Inclusive: the whole day. */
  to: Date | null;
  /** Events at least one of these outlets covered; null: any. */
  outletIds: number[] | null;
  /** Events of this story; null: any. */
  storyId?: number | null;
  sort: EventSort;
}


export interface EventRow {
  id: number;
  title: string;
  startDate: Date | null;
  storyId: number | null;
  storyTitle: string | null;
  /** Events in its story: a story of one event is that event alone (lib/events titles it by the event). */
  storyEvents: number;
  outlets: number;
  articles: number;
  /** Covering outlets by lean (EventSummary). */
  leans: { left: number; 'lean-left': number; center: number; 'lean-right': number; right: number; unrated: number };
}

/** Conditions on an Event alias `e`; each is served by an index (text search: GIN; outlets: Article (eventId, outletId, …)). */
function eventConditions(f: EventFilter): Sql[] {
  const parts: Sql[] = [];
  if (f.storyId) parts.push(sql`e."storyId" = ${f.storyId}`);
  if (f.from) parts.push(sql`e."startDate" >= ${f.from}`);
  if (f.to) parts.push(sql`e."startDate" < ${new Date(f.to.getTime() + 86_400_000)}`);
  if (f.q) {
    const query = sql`websearch_to_tsquery('simple', ${f.q})`;
    // A union, not an OR: each side is one GIN index scan (with OR the planner scans every event).
    parts.push(sql`e.id IN (SELECT t.id FROM "Event" t WHERE to_tsvector('simple', t.title) @@ ${query}
      UNION SELECT a."eventId" FROM "Article" a WHERE to_tsvector('simple', a.title || ' ' || a.body) @@ ${query})`);
  }
  if (f.outletIds) parts.push(sql`EXISTS (SELECT 1 FROM "Article" a WHERE a."eventId" = e.id AND a."outletId" = ANY(${f.outletIds}::int[]))`);
  return parts;
}

function whereOf(parts: Sql[]): Sql {
  return parts.length ? sql`WHERE ${join(parts, ' AND ')}` : empty;
}

function eventWhere(f: EventFilter): Sql {
  return whereOf(eventConditions(f));
}


function orderBy(sort: EventSort): Sql {
  switch (sort) {
    case 'date':
      return sql`ORDER BY e."startDate" DESC NULLS LAST, e.id DESC`;
    case 'date-asc':
      return sql`ORDER BY e."startDate" NULLS LAST, e.id`;
    case 'coverage':
      return sql`ORDER BY coalesce(es.outlets, 0) DESC, e."startDate" DESC NULLS LAST, e.id DESC`;
  }
}

/** One page of events matching a filter, with the number that match. */
export async function listEvents(f: EventFilter, page: number, perPage: number): Promise<{ events: EventRow[]; total: number }> {
  const prisma = await db();
  const where = eventWhere(f);
  const [rows, [{ total }]] = await Promise.all([
    prisma.$queryRaw<Array<Omit<EventRow, 'leans'> & Record<'left' | 'leanLeft' | 'center' | 'leanRight' | 'right' | 'unrated', number>>>`
      SELECT e.id, e.title, e."startDate", e."storyId", s.title AS "storyTitle",
             (SELECT count(*)::int FROM "Event" x WHERE x."storyId" = e."storyId") AS "storyEvents",
             coalesce(es.outlets, 0) AS outlets, coalesce(es.articles, 0) AS articles,
             coalesce(es."left", 0) AS "left", coalesce(es."leanLeft", 0) AS "leanLeft", coalesce(es.center, 0) AS center,
             coalesce(es."leanRight", 0) AS "leanRight", coalesce(es."right", 0) AS "right", coalesce(es.unrated, 0) AS unrated
      FROM "Event" e LEFT JOIN "Story" s ON s.id = e."storyId" LEFT JOIN "EventSummary" es ON es."eventId" = e.id
      ${where} ${orderBy(f.sort)}
      LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
    prisma.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM "Event" e ${where}`,
  ]);
  const events = rows.map(({ left, leanLeft, center, leanRight, right, unrated, ...e }) => ({
    ...e,
    leans: { left, 'lean-left': leanLeft, center, 'lean-right': leanRight, right, unrated },
  }));
  return { events, total };
}

/** Which outlets covered each of these events (one row per event and outlet), with the first article of each. */
export async function coverageOf(eventIds: number[], outletIds: number[] | null): Promise<Array<{ eventId: number; outletId: number; articles: number; firstId: number; firstTitle: string }>> {
  if (!eventIds.length) return [];
  const prisma = await db();
  return prisma.$queryRaw`
    SELECT DISTINCT ON ("eventId", "outletId") "eventId", "outletId",
           count(*) OVER (PARTITION BY "eventId", "outletId")::int AS articles, id AS "firstId", title AS "firstTitle"
    FROM "Article" WHERE "eventId" = ANY(${eventIds}::int[]) ${outletIds ? sql`AND "outletId" = ANY(${outletIds}::int[])` : empty}
    ORDER BY "eventId", "outletId", "publishedAt" NULLS LAST, id`;
}

/** The covering outlets of each event, without titles: for coverage bars by lean or group. */
export async function outletsOfEvents(eventIds: number[]): Promise<Array<{ eventId: number; outletId: number }>> {
  if (!eventIds.length) return [];
  const prisma = await db();
  return prisma.$queryRaw`SELECT DISTINCT "eventId", "outletId" FROM "Article" WHERE "eventId" = ANY(${eventIds}::int[])`;
}

export interface SideCounts {
  id: number;
  title: string;
  startDate: Date | null;
  left: number;
  center: number;
  right: number;
  unrated: number;
}

/**
 * Events matching the filter that one side covered mostly (lib/outlets/blindspots.ts, whose thresholds are passed in),
 * with their covering outlets counted by side. From EventSummary (one row per event); when `chosen` restricts the
 * outlets counted (a group or outlet filter), one grouped pass over those outlets' articles instead. At most `limit`
 * events, newest first, and how many there are.
 */
export async function blindspotEvents(
  f: EventFilter,
  chosen: number[] | null,
  t: { share: number; minRated: number; maxOther: number },
  limit: number,
): Promise<{ events: SideCounts[]; total: number }> {
  const prisma = await db();
  const counts = chosen
    ? sql`SELECT e.id, e.title, e."startDate",
             count(DISTINCT a."outletId") FILTER (WHERE o.lean IN ('left', 'lean-left'))::int AS "left",
             count(DISTINCT a."outletId") FILTER (WHERE o.lean = 'center')::int AS center,
             count(DISTINCT a."outletId") FILTER (WHERE o.lean IN ('right', 'lean-right'))::int AS "right",
             count(DISTINCT a."outletId") FILTER (WHERE o.lean IS NULL)::int AS unrated
      FROM "Event" e JOIN "Article" a ON a."eventId" = e.id JOIN "Outlet" o ON o.id = a."outletId"
      ${whereOf([...eventConditions({ ...f, outletIds: null }), sql`a."outletId" = ANY(${chosen}::int[])`])}
      GROUP BY e.id`
    : sql`SELECT e.id, e.title, e."startDate", es."left" + es."leanLeft" AS "left", es.center, es."right" + es."leanRight" AS "right", es.unrated
      FROM "Event" e JOIN "EventSummary" es ON es."eventId" = e.id
      ${whereOf(eventConditions({ ...f, outletIds: null }))}`;
  const rows = await prisma.$queryRaw<Array<SideCounts & { total: number }>>`
    SELECT *, count(*) OVER ()::int AS total FROM (${counts}) c
    WHERE "left" + center + "right" >= ${t.minRated}
      AND (("left" >= ${t.share}::float8 * ("left" + center + "right") AND "right" <= ${t.maxOther})
        OR ("right" >= ${t.share}::float8 * ("left" + center + "right") AND "left" <= ${t.maxOther}))
    ORDER BY "startDate" DESC NULLS LAST, id DESC
    LIMIT ${limit}`;
  return { events: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export interface OutletStory {
  id: number;
  title: string;
  /** Events of the story this outlet covered, and all of the story's events. */
  covered: number;
  events: number;
  articles: number;
}

/** The stories an outlet covered, most-covered first: what it wrote about (one pass over its articles' index range). */
export async function getOutletStories(outletId: number, limit: number): Promise<{ stories: OutletStory[]; total: number }> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<Array<OutletStory & { total: number }>>`
    WITH mine AS (
      SELECT e."storyId" AS id, count(DISTINCT a."eventId")::int AS covered, count(*)::int AS articles
      FROM "Article" a JOIN "Event" e ON e.id = a."eventId"
      WHERE a."outletId" = ${outletId} AND e."storyId" IS NOT NULL
      GROUP BY 1
    )
    SELECT m.id, s.title, m.covered, m.articles, (SELECT count(*)::int FROM "Event" x WHERE x."storyId" = m.id) AS events,
           count(*) OVER ()::int AS total
    FROM mine m JOIN "Story" s ON s.id = m.id
    ORDER BY m.covered DESC, m.articles DESC, m.id
    LIMIT ${limit}`;
  return { stories: rows.map(({ total: _total, ...s }) => s), total: rows[0]?.total ?? 0 };
}
