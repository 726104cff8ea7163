/**
 * Pin stored articles to an event and/or story by name and regroup, in one write transaction.
 */
import { refreshIngestSummaries } from '../write/summaries';
import { inWriteTransaction, type Database } from '../write/transaction';
import { regroup, type RegroupResult } from './regroup';

export async function pinArticles(db: Database, ids: number[], pin: { event?: string; story?: string }): Promise<RegroupResult> {
  return inWriteTransaction(db, async ({ exec: tx }) => {
    const found = new Set((await tx.rows<{ id: number }>(`SELECT id FROM "Article" WHERE id = ANY($1::int[])`, [ids])).map((a) => a.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new Error(`no article with id ${missing.join(', ')}; see the ids on the dashboard's article pages`);
    // A field not given keeps its value (coalesce with NULL would clear nothing: the CASE says so plainly).
    await tx.execute(
      `UPDATE "Article" SET "pinnedEvent" = CASE WHEN $2::bool THEN $3::text ELSE "pinnedEvent" END,
                            "pinnedStory" = CASE WHEN $4::bool THEN $5::text ELSE "pinnedStory" END
       WHERE id = ANY($1::int[])`,
      [ids, pin.event !== undefined, pin.event ?? null, pin.story !== undefined, pin.story ?? null],
    );
    const grouping = await regroup(tx, { articleIds: ids });
    await refreshIngestSummaries(tx);
    return grouping;
  });
}
