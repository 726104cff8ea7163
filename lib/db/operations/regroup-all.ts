/**
 * Regroup the whole corpus from scratch, in one write transaction: for a database grouped by an older grouping
 * method (an ingest only ever adds to the events it finds, so an upgrade alone never rebuilds them). Pins hold.
 */
import { refreshIngestSummaries } from '../write/summaries';
import { inWriteTransaction, type Database } from '../write/transaction';
import { regroup, type RegroupResult } from './regroup';

export async function regroupAll(db: Database): Promise<RegroupResult> {
  return inWriteTransaction(db, async ({ exec: tx }) => {
    const grouping = await regroup(tx, { fresh: true });
    await refreshIngestSummaries(tx);
    return grouping;
  });
}
