/**
 * Finish a scoring run, last in its write transaction: the summaries, the older runs a full run replaces, orphan
 * partitions, and the mark 'complete'. Committed with the rest, so a run is visible complete or not at all.
 * (Attaching the run's tables and its outlet statistics come just before: see ./score.ts.)
 */
import { dropRunTables, partitionedRuns } from '../write/partitions';
import { refreshSummaries } from '../write/summaries';
import type { WriteTransaction } from '../write/transaction';

export interface FinishedRun {
  runId: number;
  /** Articles the run scored. */
  articles: number;
  /** Evidence markers written (spares counting them again for the summaries). */
  markers: number;
  /** Runs this one replaces (a full run's older runs); their tables and rows are dropped. */
  replaces: number[];
}

/** Returns how many older runs were replaced. */
export async function finishRun(tx: WriteTransaction, run: FinishedRun): Promise<number> {
  await refreshSummaries(tx.exec, run.runId, { markers: run.markers });
  // Last, as dropping partitions locks their tables against readers until the commit right after.
  let replaced = 0;
  if (run.replaces.length) {
    await dropRunTables(tx.client, run.replaces);
    replaced = await tx.exec.execute(`DELETE FROM "ScoringRun" WHERE id = ANY($1::int[])`, [run.replaces]);
  }
  await dropOrphanTables(tx);
  await tx.exec.execute(`UPDATE "ScoringRun" SET status = 'complete', articles = $2, "finishedAt" = now() WHERE id = $1`, [run.runId, run.articles]);
  return replaced;
}

/** Partitions whose run no longer exists (its row deleted by hand, say): empty weight on every query, dropped. */
async function dropOrphanTables(tx: WriteTransaction) {
  const runs = new Set((await tx.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun"`)).map((r) => r.id));
  const orphans = (await partitionedRuns(tx.client)).filter((id) => !runs.has(id));
  if (orphans.length) await dropRunTables(tx.client, orphans);
}

/** The complete runs other than `runId`, ascending: those a full run replaces, those an incremental one adds to. */
export async function completeRuns(tx: WriteTransaction, runId?: number): Promise<number[]> {
  return (await tx.exec.rows<{ id: number }>(`SELECT id FROM "ScoringRun" WHERE status = 'complete' ORDER BY id`)).map((r) => r.id).filter((id) => id !== runId);
}
