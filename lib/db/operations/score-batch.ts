/**
 * Score one batch of a distributed run (a worker's job, lib/queue/worker.ts): analyse its articles in the worker
 * pool, then write its rows into the run's tables and mark the batch done in ONE transaction. A batch already done
 * (a retry after a worker died between the commit and telling the queue) is skipped, so nothing is written twice;
 * a batch of a run abandoned meanwhile is skipped too.
 *
 * No write lock: batches of one run are written side by side by many workers; the run's first and last
 * transactions (start-distributed-run.ts, finish-distributed-run.ts) take it.
 */
import type { ScoringPool } from '@/lib/worker-pool/pool';
import { inWriteTransaction, type Database } from '../write/transaction';
import { loadArticles } from './load-articles';
import { ensureActors } from './seed-actors';
import { writeRunRows } from './write-run-rows';

export type BatchOutcome = 'written' | 'already-done' | 'run-gone';

export async function scoreBatch(db: Database, runId: number, batch: number, pool: ScoringPool): Promise<BatchOutcome> {
  return inWriteTransaction(
    db,
    async (tx) => {
      const [row] = await tx.exec.rows<{ articleIds: number[]; doneAt: Date | null }>(`SELECT "articleIds", "doneAt" FROM "RunBatch" WHERE "runId" = $1 AND batch = $2`, [runId, batch]);
      if (!row) return 'run-gone';
      if (row.doneAt) return 'already-done';
      const articles = await loadArticles(tx.exec, row.articleIds);
      const scored = await pool.analyse(articles, tx.copy ? { copyRunId: runId } : {});
      // Taken only now, after the analysis: a second worker on the same batch waits here, then finds it done.
      const [locked] = await tx.exec.rows<{ doneAt: Date | null }>(`SELECT "doneAt" FROM "RunBatch" WHERE "runId" = $1 AND batch = $2 FOR UPDATE`, [runId, batch]);
      if (!locked) return 'run-gone';
      if (locked.doneAt) return 'already-done';
      const actorIds = new Map((await tx.exec.rows<{ id: number; key: string }>(`SELECT id, key FROM "Actor"`)).map((a) => [a.key, a.id]));
      // Workers add new actors side by side: in key order, so two of them never wait on each other's rows crosswise.
      await ensureActors(tx.exec, actorIds, [...scored.actors].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
      const written = await writeRunRows(tx, runId, scored, actorIds);
      await tx.exec.execute(`UPDATE "RunBatch" SET "doneAt" = now(), markers = $3, mentions = $4 WHERE "runId" = $1 AND batch = $2`, [runId, batch, written.markers, written.mentions]);
      return 'written';
    },
    { lock: false },
  );
}
