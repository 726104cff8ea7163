/**
 * `parallax score --distributed`: start a run (or take up the pending one), put its batches on the queue, show
 * progress while workers on any number of machines (`parallax worker`) score them, and when every batch is done
 * attach the run in one transaction, as a run on one machine ends. Nothing here analyses anything.
 *
 * A worker killed mid-batch leaves its job active until the batch timeout; pg-boss then hands it to another worker.
 * If no batch gets done for `waitTimeout` seconds (no worker running, or all of them dead), this stops with a clear
 * message and the run stays pending: `--resume` takes it up again, `--abandon` drops it. Either way the previous
 * complete run is what readers see until the new one is attached.
 */
import { abandonRun, finishDistributedRun, type FinishedDistributedRun } from '@/lib/db/operations/finish-distributed-run';
import { pendingRun, startDistributedRun, type PendingRun } from '@/lib/db/operations/start-distributed-run';
import { inWriteTransaction, type Database } from '@/lib/db/write/transaction';
import type { PlanOptions } from '@/lib/db/operations/start-run';
import { BATCH } from '@/lib/db/operations/score';
import { DEFAULT_BATCH_TIMEOUT, openQueue, requireServer, RETRY_LIMIT, SCORE_QUEUE, type BatchJob, type QueueTimings } from './queue';

export const DEFAULT_WAIT_TIMEOUT = 1800;

export interface DistributedOptions extends PlanOptions, QueueTimings {
  /** Take up the pending run instead of starting one. */
  resume?: boolean;
  /** Articles per batch (default 100). */
  batchSize?: number;
  /** Seconds without a finished batch after which the wait gives up (default 1800); the run stays pending. */
  waitTimeout?: number;
  /** Threads for the outlet statistics at the end (default: every core). */
  workers?: number;
  onProgress?: (done: number, total: number, run: PendingRun) => void;
  /** Told once the run's batches are queued (the CLI prints how to start workers). */
  onQueued?: (run: PendingRun, resumed: boolean) => void;
}

/** Returns the finished run, or null when there was nothing to score. */
export async function scoreDistributed(db: Database, options: DistributedOptions = {}): Promise<FinishedDistributedRun | null> {
  requireServer(db, 'score --distributed');
  const waitTimeout = options.waitTimeout ?? DEFAULT_WAIT_TIMEOUT;
  const batchTimeout = options.batchTimeout ?? DEFAULT_BATCH_TIMEOUT;
  const pending = await pendingRun(db);
  if (pending && !options.resume) {
    throw new Error(
      `run ${pending.runId} is still pending (${pending.batches} batches, started by an earlier score --distributed): ` +
        'take it up with `npx parallax score --distributed --resume`, or drop it with `npx parallax score --distributed --abandon`',
    );
  }
  if (!pending && options.resume) throw new Error('no pending distributed run to resume: start one with `npx parallax score --distributed`');
  const run = pending ?? (await startDistributedRun(db, { aliases: options.aliases, full: options.full, batchSize: Math.max(1, options.batchSize ?? BATCH) }));
  if (!run) return null;

  const boss = await openQueue(db, { batchTimeout });
  try {
    // Every batch not done yet goes on the queue; a job queued before (a resume) that is still there only finds its batch done.
    const open = await openBatches(db, run.runId);
    const jobs = open.map((batch) => ({ name: SCORE_QUEUE, data: { runId: run.runId, batch } satisfies BatchJob, retryLimit: RETRY_LIMIT, expireInSeconds: batchTimeout }));
    for (let i = 0; i < jobs.length; i += 1000) await boss.insert(jobs.slice(i, i + 1000));
    options.onQueued?.(run, !!pending);

    let last = -1;
    let lastChange = Date.now();
    for (;;) {
      const { done, failed } = await progress(db, run.runId);
      if (done !== last) {
        last = done;
        lastChange = Date.now();
        options.onProgress?.(done, run.batches, run);
      }
      if (done === run.batches) break;
      if (failed) {
        throw new Error(
          `run ${run.runId}: ${failed} batch(es) failed ${RETRY_LIMIT + 1} times (see the workers' output); the run stays pending: ` +
            'fix the cause, then `npx parallax score --distributed --resume`, or `--abandon` it',
        );
      }
      if (Date.now() - lastChange > waitTimeout * 1000) {
        throw new Error(
          `run ${run.runId}: no batch finished in ${waitTimeout} s (${done} of ${run.batches} done): is a worker running? ` +
            'Start workers with `npx parallax worker` (same DATABASE_URL), then `npx parallax score --distributed --resume`; ' +
            'or drop the run with `npx parallax score --distributed --abandon`. The previous complete run stays as it was.',
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
  }
  return finishDistributedRun(db, run.runId);
}

/** Drops the pending run; returns its id, or null when there was none. */
export async function abandonDistributed(db: Database): Promise<number | null> {
  requireServer(db, 'score --distributed --abandon');
  const pending = await pendingRun(db);
  if (!pending) return null;
  await abandonRun(db, pending.runId);
  return pending.runId;
}

async function openBatches(db: Database, runId: number): Promise<number[]> {
  return inWriteTransaction(db, async ({ exec }) => (await exec.rows<{ batch: number }>(`SELECT batch FROM "RunBatch" WHERE "runId" = $1 AND "doneAt" IS NULL ORDER BY batch`, [runId])).map((r) => r.batch), {
    lock: false,
  });
}

/** Batches done (from the data itself) and jobs of this run that failed for good (from the queue). */
async function progress(db: Database, runId: number): Promise<{ done: number; failed: number }> {
  return inWriteTransaction(
    db,
    async ({ exec }) => {
      const [{ done }] = await exec.rows<{ done: number }>(`SELECT count(*)::int AS done FROM "RunBatch" WHERE "runId" = $1 AND "doneAt" IS NOT NULL`, [runId]);
      const [{ failed }] = await exec.rows<{ failed: number }>(
        `SELECT count(DISTINCT (j.data->>'batch'))::int AS failed FROM pgboss.job j
         JOIN "RunBatch" b ON b."runId" = $1 AND b.batch = (j.data->>'batch')::int AND b."doneAt" IS NULL
         WHERE j.name = $2 AND j.state = 'failed' AND (j.data->>'runId')::int = $1`,
        [runId, SCORE_QUEUE],
      );
      return { done, failed };
    },
    { lock: false },
  );
}
