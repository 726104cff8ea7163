/**
 * Finish a distributed run once every batch is done, in one write transaction as a run on this machine ends:
 * attach its tables, compute the outlet statistics from its stored scores, and finish it (summaries, the older
 * runs a full run replaces, status 'complete'). Its batches go with the same commit. Or abandon it: its tables
 * and row are dropped, and the previous complete run is all there ever was.
 */
import { attachRunTables, dropRunTables } from '../write/partitions';
import { inWriteTransaction, type Database } from '../write/transaction';
import { completeRuns, finishRun } from './finish-run';
import { writeOutletScores } from './outlet-statistics';

export interface FinishedDistributedRun {
  runId: number;
  scored: number;
  full: boolean;
  replaced: number;
  markers: number;
  mentions: number;
}

export async function finishDistributedRun(db: Database, runId: number): Promise<FinishedDistributedRun> {
  return inWriteTransaction(db, async (tx) => {
    const [run] = await tx.exec.rows<{ full: boolean }>(`SELECT (config->>'full')::bool AS full FROM "ScoringRun" WHERE id = $1 AND status = 'running' FOR UPDATE`, [runId]);
    if (!run) throw new Error(`run ${runId} is not pending any more (finished or abandoned meanwhile)`);
    const [b] = await tx.exec.rows<{ open: number; articles: number; markers: number; mentions: number }>(
      `SELECT count(*) FILTER (WHERE "doneAt" IS NULL)::int AS open, coalesce(sum(cardinality("articleIds")), 0)::int AS articles,
              coalesce(sum(markers), 0)::int AS markers, coalesce(sum(mentions), 0)::int AS mentions
       FROM "RunBatch" WHERE "runId" = $1`,
      [runId],
    );
    if (b.open) throw new Error(`run ${runId} still has ${b.open} batch(es) to score`);
    const older = await completeRuns(tx, runId);
    await attachRunTables(tx.client, runId);
    // The outlet figures are read back from the stored scores: of this run alone when it is full, else with the runs it adds to.
    // A full run's older figures go with the runs it replaces (finishRun).
    if (run.full) await writeOutletScores(tx, runId, [runId]);
    else {
      const outlets = (
        await tx.exec.rows<{ outletId: number }>(
          `SELECT DISTINCT a."outletId" FROM "Article" a JOIN "RunBatch" b ON a.id = ANY(b."articleIds") WHERE b."runId" = $1`,
          [runId],
        )
      ).map((a) => a.outletId);
      await writeOutletScores(tx, runId, [...older, runId], outlets);
    }
    await tx.exec.execute(`DELETE FROM "RunBatch" WHERE "runId" = $1`, [runId]);
    const replaced = await finishRun(tx, { runId, articles: b.articles, markers: b.markers, replaces: run.full ? older : [] });
    return { runId, scored: b.articles, full: run.full, replaced, markers: b.markers, mentions: b.mentions };
  });
}

/** Drops a pending run: its tables, its batches and its row. Returns false when there was no such pending run. */
export async function abandonRun(db: Database, runId: number): Promise<boolean> {
  return inWriteTransaction(db, async (tx) => {
    const gone = await tx.exec.execute(`DELETE FROM "ScoringRun" WHERE id = $1 AND status = 'running'`, [runId]);
    if (gone) await dropRunTables(tx.client, [runId]);
    return gone > 0;
  });
}
