import 'server-only';
import { db } from './db';

export interface CorpusStats {
  articles: number;
  outlets: number;
  words: number;
  sentences: number;
  markers: number;
  events: number;
  stories: number;
  undated: number;
  run: { id: number; version: string; status: string; articles: number; finishedAt: Date | null } | null;
}

/**
 * The corpus headline figures in one round trip, from the summary tables (lib/db/summaries.ts: rewritten by each
 * ingest and scoring run) rather than by counting millions of sentence and marker rows per request.
 */
export async function getCorpusStats(): Promise<CorpusStats> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<Array<Omit<CorpusStats, 'run'>>>`
    SELECT (SELECT coalesce(sum(articles), 0) FROM "OutletSummary")::int AS articles,
           (SELECT count(*) FROM "Outlet")::int AS outlets,
           (SELECT coalesce(sum(words), 0) FROM "OutletSummary")::float8 AS words,
           coalesce((SELECT sentences FROM "CorpusSummary" WHERE id = 1), 0)::float8 AS sentences,
           (SELECT coalesce(sum(markers), 0) FROM "RunSummary")::float8 AS markers,
           coalesce((SELECT events FROM "CorpusSummary" WHERE id = 1), 0)::int AS events,
           coalesce((SELECT stories FROM "CorpusSummary" WHERE id = 1), 0)::int AS stories,
           (SELECT coalesce(sum(undated), 0) FROM "OutletSummary")::int AS undated`;
  const run = await prisma.scoringRun.findFirst({
    where: { status: 'complete' },
    orderBy: { id: 'desc' },
    select: { id: true, version: true, status: true, articles: true, finishedAt: true },
  });
  return { ...row, run };
}

export interface OutletSummary {
  id: number;
  slug: string;
  name: string;
  articles: number;
  words: number;
  firstDate: Date | null;
  lastDate: Date | null;
}

/** Every outlet with its size, in name order (outlets are few; their sizes come from the ingest's summary). */
export async function getOutlets(): Promise<OutletSummary[]> {
  const prisma = await db();
  return prisma.$queryRaw<OutletSummary[]>`
    SELECT o.id, o.slug, o.name,
           coalesce(s.articles, 0)::int AS articles, coalesce(s.words, 0)::float8 AS words,
           s."firstDate", s."lastDate"
    FROM "Outlet" o LEFT JOIN "OutletSummary" s ON s."outletId" = o.id
    ORDER BY o.name, o.id`;
}

export interface CoverageEvent {
  id: number;
  title: string;
  startDate: Date | null;
  storyId: number | null;
  storyTitle: string | null;
  articles: number;
}

export interface CoverageCell {
  eventId: number;
  outletId: number;
  articles: number;
  firstId: number;
  firstTitle: string;
}

export interface Coverage {
  events: CoverageEvent[];
  totalEvents: number;
  cells: CoverageCell[];
  /** Articles not grouped into any event, per outlet. */
  ungrouped: Array<{ outletId: number; articles: number }>;
}

export const COVERAGE_PAGE = 40;

/** One page of events (grouped by story) and, for those events only, who covered each. */
export async function getCoverage(page: number): Promise<Coverage> {
  const prisma = await db();
  // Story order: e."storyId" is the story's id (a foreign key), so the Event (storyId, startDate, id) index gives the order.
  const [events, totals, ungrouped] = await Promise.all([
    prisma.$queryRaw<CoverageEvent[]>`
      SELECT e.id, e.title, e."startDate", e."storyId", s.title AS "storyTitle",
             (SELECT count(*) FROM "Article" a WHERE a."eventId" = e.id)::int AS articles
      FROM "Event" e LEFT JOIN "Story" s ON s.id = e."storyId"
      ORDER BY e."storyId" NULLS LAST, e."startDate" NULLS LAST, e.id
      LIMIT ${COVERAGE_PAGE} OFFSET ${(page - 1) * COVERAGE_PAGE}`,
    prisma.$queryRaw<Array<{ events: number }>>`SELECT events FROM "CorpusSummary" WHERE id = 1`,
    prisma.$queryRaw<Array<{ outletId: number; articles: number }>>`
      SELECT "outletId", ungrouped AS articles FROM "OutletSummary" WHERE ungrouped > 0`,
  ]);
  const total = totals[0]?.events ?? 0;
  const ids = events.map((e) => e.id);
  const cells = ids.length
    ? await prisma.$queryRaw<CoverageCell[]>`
        SELECT DISTINCT ON ("eventId", "outletId") "eventId", "outletId",
               count(*) OVER (PARTITION BY "eventId", "outletId")::int AS articles,
               id AS "firstId", title AS "firstTitle"
        FROM "Article" WHERE "eventId" = ANY(${ids}::int[])
        ORDER BY "eventId", "outletId", "publishedAt" NULLS LAST, id`
    : [];
  return { events, totalEvents: total, cells, ungrouped };
}
