/**
 * `parallax worker [--concurrency N]`: take batches of distributed runs from the queue and score them, on any
 * machine that reaches the database, until stopped (SIGINT/SIGTERM finish the batches in hand first). Each batch
 * is analysed in this process's worker pool and written in one transaction with its done mark
 * (lib/db/operations/score-batch.ts), so a batch retried after a crash is never written twice.
 */
import type PgBoss from 'pg-boss';
import { scoreBatch } from '@/lib/db/operations/score-batch';
import { userAliases } from '@/lib/db/operations/seed-actors';
import { inWriteTransaction, type Database } from '@/lib/db/write/transaction';
import { ScoringPool } from '@/lib/worker-pool/pool';
import { openQueue, requireServer, SCORE_QUEUE, type BatchJob } from './queue';

export interface WorkerOptions {
  /** Batches scored at once, each on its own analysis thread (default 1). */
  concurrency?: number;
  /** Seconds between looks at an empty queue (default 2). */
  pollSeconds?: number;
  onBatch?: (job: BatchJob, outcome: string, seconds: number) => void;
}

export interface RunningWorker {
  /** Stops taking batches, lets those in hand finish, and closes. */
  stop(): Promise<void>;
}

export async function startWorker(db: Database, options: WorkerOptions = {}): Promise<RunningWorker> {
  requireServer(db, 'worker');
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const boss: PgBoss = await openQueue(db);
  // One pool per run: the analysis takes the user aliases stored when the run started (every worker reads the same).
  let pool: { runId: number; pool: ScoringPool } | null = null;
  let opening: Promise<ScoringPool> | null = null;
  const poolFor = async (runId: number): Promise<ScoringPool> => {
    if (pool?.runId === runId && !pool.pool.broken) return pool.pool;
    if (opening) return opening;
    opening = (async () => {
      const aliases = await inWriteTransaction(db, ({ exec }) => userAliases(exec), { lock: false });
      const old = pool;
      pool = { runId, pool: new ScoringPool({ workers: concurrency, aliases }) };
      await old?.pool.close();
      return pool.pool;
    })();
    try {
      return await opening;
    } finally {
      opening = null;
    }
  };
  const work = async ([job]: PgBoss.Job<BatchJob>[]) => {
    const started = Date.now();
    const outcome = await scoreBatch(db, job.data.runId, job.data.batch, await poolFor(job.data.runId));
    options.onBatch?.(job.data, outcome, (Date.now() - started) / 1000);
  };
  for (let i = 0; i < concurrency; i++) await boss.work<BatchJob>(SCORE_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, options.pollSeconds ?? 2) }, work);
  return {
    async stop() {
      await boss.stop({ graceful: true, wait: true });
      await (pool as { pool: ScoringPool } | null)?.pool.close();
    },
  };
}
