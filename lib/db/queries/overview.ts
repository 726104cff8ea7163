import 'server-only';
import { db } from './db';
import type { OutletMeta } from '@/lib/outlets/leans';
import { readOutletSets } from '@/lib/outlets/config-sets';
import { setMembership } from '@/lib/outlets/sets';

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
 * The corpus headline figures in one round trip, from the summary tables (lib/db/write/summaries.ts: rewritten by each
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

export interface OutletSummary extends OutletMeta {
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
  const setsOf = setMembership(readOutletSets());
  const rows = await prisma.$queryRaw<OutletSummary[]>`
    SELECT o.id, o.slug, o.name, o.lean, o.country, o.owner, o.type, o.tags,
           coalesce(s.articles, 0)::int AS articles, coalesce(s.words, 0)::float8 AS words,
           s."firstDate", s."lastDate"
    FROM "Outlet" o LEFT JOIN "OutletSummary" s ON s."outletId" = o.id
    ORDER BY o.name, o.id`;
  // Named sets live in parallax.config.json, not the database (lib/outlets/config-sets.ts).
  return rows.map((o) => ({ ...o, sets: setsOf(o) }));
}
