/**
 * The job queue of distributed scoring: pg-boss (https://github.com/timgit/pg-boss), kept in its own schema
 * ("pgboss") of the same Postgres database as the data, so workers on any machine need nothing but DATABASE_URL.
 *
 * Why pg-boss rather than graphile-worker: both are maintained Postgres queues, but the graphile-worker releases
 * that exist need Node 22.18 and this project runs on Node 20, and pg-boss gives exactly what a batch needs out of
 * the box: an expiry after which a job whose worker died goes back to the queue, a retry limit, and queue sizes per
 * state to show progress. pg-boss 10.4 is its newest release for Node 20 (11 and later need Node 22).
 */
import PgBoss from 'pg-boss';
import type { Database } from '@/lib/db/write/transaction';

/** One queue for every run: a job is { runId, batch } (the batch's articles are in the RunBatch row). */
export const SCORE_QUEUE = 'parallax-score';

export interface BatchJob {
  runId: number;
  batch: number;
}

export interface QueueTimings {
  /**
   * Seconds a worker may hold a batch before the queue gives it to another (a worker killed mid-batch never says
   * it is done). Default 900: far above a batch's time (100 articles score in a few seconds).
   */
  batchTimeout?: number;
}

export const DEFAULT_BATCH_TIMEOUT = 900;
/** Attempts per batch after the first before the run is reported stuck. */
export const RETRY_LIMIT = 5;

/** The queue needs a Postgres server that every worker reaches: the embedded database serves this machine only. */
export function requireServer(db: Database, command: string): void {
  if (db.kind !== 'server') {
    throw new Error(
      `${command} needs a Postgres server (set DATABASE_URL, the same on every machine): the job queue lives in the database, and the embedded database serves this machine only. ` +
        'On one machine, `npx parallax score` already uses every core.',
    );
  }
}

/** pg-boss started on the database (its schema created on first use), maintaining expired jobs every few seconds. */
export async function openQueue(db: Database, timings: QueueTimings = {}): Promise<PgBoss> {
  const batchTimeout = timings.batchTimeout ?? DEFAULT_BATCH_TIMEOUT;
  // Expired jobs go back to the queue when pg-boss's maintenance runs: often enough that a dead worker's batch waits
  // about its timeout, not minutes more.
  const boss = new PgBoss({ connectionString: db.url, max: 4, maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(batchTimeout / 3))) });
  boss.on('error', (err) => console.error(`queue: ${(err as Error).message}`));
  await boss.start();
  // Another process may create it at the same moment: then it exists, which is all that is needed.
  if (!(await boss.getQueue(SCORE_QUEUE))) await boss.createQueue(SCORE_QUEUE, { name: SCORE_QUEUE, retryLimit: RETRY_LIMIT }).catch(async (err) => {
    if (!(await boss.getQueue(SCORE_QUEUE))) throw err;
  });
  return boss;
}
