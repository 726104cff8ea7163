/**
 * Write a run's rows: one analysed batch into the run's own, not yet attached tables (lib/db/write/partitions.ts),
 * by COPY where the server speaks it, batched INSERTs otherwise. Inside the caller's write transaction.
 */
import { ACTOR_KEY, RUN_SCHEMAS, type ScoredBatch } from '@/lib/worker-pool/analyse';
import { copyColumns, copyInto, insertColumns, type Columns, type Schema } from '../write/bulk';
import { RUN_TABLES, runTable } from '../write/partitions';
import type { WriteTransaction } from '../write/transaction';

/** Appends rows to one of the run's tables: COPY where the server speaks it, batched INSERTs otherwise. */
async function append<S extends Schema>(tx: WriteTransaction, table: string, schema: S, columns: Columns<S>): Promise<number> {
  return tx.copy ? copyColumns(tx.client, table, schema, columns) : insertColumns(tx.exec, table, schema, columns);
}

/** Writes one batch; `actorIds` must hold every actor the batch names (seed-actors.ts ensureActors). */
export async function writeRunRows(tx: WriteTransaction, runId: number, batch: ScoredBatch, actorIds: Map<string, number>): Promise<{ markers: number; mentions: number }> {
  const written = { markers: batch.counts.Marker, mentions: batch.counts.ActorMention };
  if (batch.copy) {
    for (const table of RUN_TABLES) {
      let text = batch.copy[table];
      if (table === 'ActorMention') text = text.replace(ACTOR_KEY, (_, key: string) => String(actorIds.get(key)));
      if (text) await copyInto(tx.client, runTable(table, runId), RUN_SCHEMAS[table], text);
    }
    return written;
  }
  const runIds = (n: number) => new Array<number>(n).fill(runId);
  await append(tx, runTable('ArticleScore', runId), RUN_SCHEMAS.ArticleScore, { runId: runIds(batch.counts.ArticleScore), ...batch.scores });
  await append(tx, runTable('SentenceScore', runId), RUN_SCHEMAS.SentenceScore, { runId: runIds(batch.counts.SentenceScore), ...batch.sentences });
  await append(tx, runTable('Marker', runId), RUN_SCHEMAS.Marker, { runId: runIds(batch.counts.Marker), ...batch.markers });
  const { actor, ...mentions } = batch.mentions;
  await append(tx, runTable('ActorMention', runId), RUN_SCHEMAS.ActorMention, { runId: runIds(actor.length), actorId: actor.map((key) => actorIds.get(key)!), ...mentions });
  return written;
}
