import 'server-only';
import { db } from './db';

export interface RunInfo {
  id: number;
  /** The analysis version the run computed with ('parallax-analysis/N'). */
  version: string;
  articles: number;
  startedAt: Date;
  finishedAt: Date | null;
}

/** The newest complete scoring run: the one whose figures the pages show. */
export async function getCurrentRun(): Promise<RunInfo | null> {
  const prisma = await db();
  return prisma.scoringRun.findFirst({
    where: { status: 'complete' },
    orderBy: { id: 'desc' },
    select: { id: true, version: true, articles: true, startedAt: true, finishedAt: true },
  });
}

/** A run by id, also after a rescore removed it (RunHistory, migration 0010): what a share link was made on. */
export async function getRunRecord(id: number): Promise<RunInfo | null> {
  const prisma = await db();
  const kept = await prisma.runHistory.findUnique({ where: { runId: id } });
  if (kept) return { id: kept.runId, version: kept.version, articles: kept.articles, startedAt: kept.startedAt, finishedAt: kept.finishedAt };
  const live = await prisma.scoringRun.findFirst({
    where: { id, status: 'complete' },
    select: { id: true, version: true, articles: true, startedAt: true, finishedAt: true },
  });
  return live;
}

/** Completed runs remembered, newest first (at most the 20 the history keeps). */
export async function listRuns(): Promise<RunInfo[]> {
  const prisma = await db();
  const rows = await prisma.runHistory.findMany({ orderBy: { runId: 'desc' } });
  return rows.map((r) => ({ id: r.runId, version: r.version, articles: r.articles, startedAt: r.startedAt, finishedAt: r.finishedAt }));
}

/** One metric's outlet figures as they stood when a run completed (for "what changed since this link was made"). */
export async function getRunFigures(runId: number, metric: string): Promise<Array<{ outletId: number; value: number; low: number; high: number; n: number }>> {
  const prisma = await db();
  return prisma.runHistoryFigure.findMany({ where: { runId, metric }, select: { outletId: true, value: true, low: true, high: true, n: true }, orderBy: { outletId: 'asc' } });
}
