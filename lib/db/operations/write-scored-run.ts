/**
 * Write already analysed batches as one complete run, as a scoring run does (actors created as needed, tables
 * attached at the end), in one write transaction. For the store benchmark, which times the writes apart from the
 * analysis.
 */
import type { ScoredBatch } from '@/lib/worker-pool/analyse';
import { attachRunTables, createRunTables } from '../write/partitions';
import { inWriteTransaction, type Database } from '../write/transaction';
import { ensureActors, seedActors } from './seed-actors';
import { writeRunRows } from './write-run-rows';

export async function writeScoredRun(db: Database, batches: ScoredBatch[]): Promise<{ runId: number; markers: number; mentions: number }> {
  return inWriteTransaction(db, async (tx) => {
    const [run] = await tx.exec.rows<{ id: number }>(`INSERT INTO "ScoringRun" (version, config, status) VALUES ('bench', '{}', 'running') RETURNING id`);
    await createRunTables(tx.client, run.id);
    const actorIds = await seedActors(tx.exec);
    let markers = 0;
    let mentions = 0;
    for (const batch of batches) {
      await ensureActors(tx.exec, actorIds, batch.actors);
      const written = await writeRunRows(tx, run.id, batch, actorIds);
      markers += written.markers;
      mentions += written.mentions;
    }
    await attachRunTables(tx.client, run.id);
    await tx.exec.execute(`UPDATE "ScoringRun" SET status = 'complete', "finishedAt" = now() WHERE id = $1`, [run.id]);
    return { runId: run.id, markers, mentions };
  });
}
