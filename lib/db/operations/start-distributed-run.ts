/**
 * Start a distributed scoring run (docs/SCALING.md): plan it as a run on this machine would be planned, add its
 * ScoringRun row (status 'running': readers show complete runs only) and its empty tables, seed the gazetteer's
 * actors, and cut its articles into batches (RunBatch rows) for workers to take. Committed at once, under the
 * write lock, so workers on other machines see the run; the previous complete run stays visible until it finishes.
 */
import { inWriteTransaction, type Database } from '../write/transaction';
import { seedActors } from './seed-actors';
import { planRun, startRun, type PlanOptions } from './start-run';

export interface PendingRun {
  runId: number;
  full: boolean;
  articles: number;
  batches: number;
}

/** The distributed run not finished yet, if any (there is at most one: starting another is refused). */
export async function pendingRun(db: Database): Promise<PendingRun | null> {
  return inWriteTransaction(
    db,
    async ({ exec }) => {
      const [run] = await exec.rows<{ id: number; full: boolean }>(
        `SELECT id, (config->>'full')::bool AS full FROM "ScoringRun" WHERE status = 'running' AND config ? 'distributed' ORDER BY id DESC LIMIT 1`,
      );
      if (!run) return null;
      const [b] = await exec.rows<{ batches: number; articles: number }>(
        `SELECT count(*)::int AS batches, coalesce(sum(cardinality("articleIds")), 0)::int AS articles FROM "RunBatch" WHERE "runId" = $1`,
        [run.id],
      );
      return { runId: run.id, full: run.full, articles: b.articles, batches: b.batches };
    },
    { lock: false },
  );
}

/** Returns the new run, or null when there is nothing to score. */
export async function startDistributedRun(db: Database, options: PlanOptions & { batchSize: number }): Promise<PendingRun | null> {
  return inWriteTransaction(db, async (tx) => {
    const plan = await planRun(tx, options);
    if (plan.ids.length === 0) return null;
    const runId = await startRun(tx, plan, { distributed: true, full: plan.full });
    await seedActors(tx.exec);
    const batches: number[][] = [];
    for (let i = 0; i < plan.ids.length; i += options.batchSize) batches.push(plan.ids.slice(i, i + options.batchSize));
    await tx.exec.execute(`INSERT INTO "RunBatch" ("runId", batch, "articleIds") SELECT $1, b - 1, ARRAY(SELECT jsonb_array_elements_text(x)::int) FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, b)`, [
      runId,
      JSON.stringify(batches),
    ]);
    return { runId, full: plan.full, articles: plan.ids.length, batches: batches.length };
  });
}
