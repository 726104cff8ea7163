/**
 * A scoring run on this machine: analyse articles and store every figure with its evidence, the actors they mention
 * and the per-outlet aggregates, in ONE write transaction. A failed or killed run leaves the previous complete run
 * visible; only committed runs exist, so readers never filter by run.
 *
 * The steps are operations of their own (start-run, seed-actors, write-run-rows, outlet-statistics, finish-run);
 * this file runs them in order and keeps the worker pool busy. Its rows go into fresh per-run partitions
 * (lib/db/write/partitions.ts) by COPY where the server speaks it.
 */
import type { ExtraAlias } from '@/lib/actors/types';
import type { ScoredBatch } from '@/lib/worker-pool/analyse';
import { ScoringPool } from '@/lib/worker-pool/pool';
import { insertRows } from '../write/bulk';
import { attachRunTables } from '../write/partitions';
import { inWriteTransaction, type Database } from '../write/transaction';
import { completeRuns, finishRun } from './finish-run';
import { loadArticles } from './load-articles';
import { gather, OUTLET_SCORE_COLUMNS, outletFigures, writeOutletScores, type GatheredUnits } from './outlet-statistics';
import { ensureActors, seedActors } from './seed-actors';
import { planRun, startRun } from './start-run';
import { writeRunRows } from './write-run-rows';

/** Articles per worker task: big enough to amortise messaging, small enough to keep every worker busy. */
export const BATCH = 100;

export interface ScoreResult {
  runId: number | null;
  scored: number;
  /** True when the analysis changed (or nothing was scored yet) and every article was scored anew. */
  full: boolean;
  /** Older runs whose scores this run replaced. */
  replaced: number;
  markers: number;
  mentions: number;
}

export interface ScoreOptions {
  /** Extra actor aliases (config file); stored, then used with those stored from manifests. */
  aliases?: ExtraAlias[];
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that run the analysis (default: every core, os.availableParallelism()); 0 = this thread only. */
  workers?: number;
  /** Articles per worker task (default 100). */
  batchSize?: number;
  /** Rescore every article even when the analysis has not changed (merges earlier runs into one). */
  full?: boolean;
}

/**
 * Scores every article that the current analysis has not scored yet (or every article, with `full`). When the
 * analysis or the actor aliases changed, every article is rescored and the older runs are removed in the same
 * transaction.
 *
 * Worker threads analyse batches of articles while this thread reads the next batches and writes the finished
 * ones into the run's own tables, attached as partitions at the end. At most two batches per worker are in
 * flight, and articles are read batch by batch, so memory does not grow with the corpus.
 */
export async function scoreArticles(database: Database, options: ScoreOptions = {}): Promise<ScoreResult> {
  return inWriteTransaction(
    database,
    async (tx) => {
      const plan = await planRun(tx, options);
      const { full, ids } = plan;
      // Nothing to score (nothing new, or an empty corpus): no run, so an empty one never replaces a real one.
      if (ids.length === 0) return { runId: null, scored: 0, full, replaced: 0, markers: 0, mentions: 0 };

      const older = await completeRuns(tx);
      const runId = await startRun(tx, plan);
      const actorIds = await seedActors(tx.exec);
      const pool = new ScoringPool({ workers: options.workers, aliases: plan.aliases });
      let markers = 0;
      let mentions = 0;
      // A full run's outlet figures come from its own articles only: gathered here as the batches arrive.
      const gathered = full ? new Map<number, GatheredUnits>() : null;
      try {
        const batch = Math.max(1, options.batchSize ?? BATCH);
        const depth = Math.max(2, 2 * pool.size);
        const inFlight: Array<{ outlets: number[]; task: Promise<ScoredBatch> }> = [];
        let next = 0;
        let done = 0;
        while (next < ids.length || inFlight.length) {
          // Keep every worker fed while this thread writes: read ahead up to `depth` batches, no more.
          while (next < ids.length && inFlight.length < depth) {
            const articles = await loadArticles(tx.reader, ids.slice(next, next + batch));
            next += batch;
            // Against a server the workers lay the rows out as COPY text themselves (see lib/worker-pool/analyse.ts).
            const task = pool.analyse(articles, tx.copy ? { copyRunId: runId } : {});
            task.catch(() => {}); // awaited below in order; a failure must not go unhandled meanwhile
            inFlight.push({ outlets: articles.map((a) => a.outletId), task });
          }
          const { outlets, task } = inFlight.shift()!;
          const scored = await task;
          if (gathered) gather(gathered, outlets, scored.units);
          await ensureActors(tx.exec, actorIds, scored.actors);
          const written = await writeRunRows(tx, runId, scored, actorIds);
          markers += written.markers;
          mentions += written.mentions;
          done += scored.articles;
          options.onProgress?.(done, ids.length);
        }
        if (gathered) {
          // The outlets' intervals are computed while the server builds the new partitions' indexes.
          const figures = outletFigures(tx, runId, gathered);
          figures.catch(() => {});
          await attachRunTables(tx.client, runId);
          await insertRows(tx.exec, 'OutletScore', OUTLET_SCORE_COLUMNS, await figures);
        } else {
          await attachRunTables(tx.client, runId);
          // An incremental run's figures cover every run it adds to, read back from the stored scores.
          const outlets = (await tx.exec.rows<{ outletId: number }>(`SELECT DISTINCT "outletId" FROM "Article" WHERE id = ANY($1::int[])`, [ids])).map((a) => a.outletId);
          await writeOutletScores(tx, runId, [...older, runId], outlets);
        }
      } finally {
        await pool.close();
      }
      const replaced = await finishRun(tx, { runId, articles: ids.length, markers, replaces: full ? older : [] });
      return { runId, scored: ids.length, full, replaced, markers, mentions };
    },
    { reader: true },
  );
}
