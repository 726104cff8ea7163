/**
 * The scoring run's tables are partitioned by run (prisma/migrations/0005_run_partitions): each run's rows live in
 * "<Table>_run_<id>". A run loads its rows into fresh tables that have no index, constraint or reader, and attaches
 * them when it is done, so Postgres builds each index once by sorting instead of updating large indexes row by row
 * and checks the foreign keys with one join instead of a trigger per row (about six times faster: docs/SCALING.md).
 * A run that is replaced is dropped partition by partition instead of deleted row by row.
 *
 * All of it runs inside the run's one transaction: until it commits, readers see the previous runs only; if it
 * fails or is killed, the new tables vanish with it. Table names are built from code constants and integer run ids.
 */
import type pg from 'pg';

export const RUN_TABLES = ['ArticleScore', 'SentenceScore', 'Marker', 'ActorMention'] as const;
export type RunTable = (typeof RUN_TABLES)[number];

/** The partition of one table for one run. */
export function runTable(table: RunTable, runId: number): string {
  if (!Number.isInteger(runId) || runId <= 0) throw new Error(`bad run id ${runId}`);
  return `${table}_run_${runId}`;
}

/** Empty, unindexed tables shaped like the partitioned tables, to load one run into. */
export async function createRunTables(client: pg.ClientBase, runId: number): Promise<void> {
  for (const t of RUN_TABLES) await client.query(`CREATE TABLE "${runTable(t, runId)}" (LIKE "${t}" INCLUDING DEFAULTS)`);
}

/**
 * Attaches a run's loaded tables as partitions. Postgres then builds the partitioned tables' indexes on them and
 * validates their foreign keys; a CHECK that states the partition bound first spares it a scan to prove the rows
 * belong there. The tables are analysed too: the dashboard's plans need statistics from the first request on.
 */
export async function attachRunTables(client: pg.ClientBase, runId: number): Promise<void> {
  for (const t of RUN_TABLES) {
    const name = runTable(t, runId);
    await client.query(`ALTER TABLE "${name}" ADD CONSTRAINT "${name}_bound" CHECK ("runId" IS NOT NULL AND "runId" = ${runId})`);
    await client.query(`ALTER TABLE "${t}" ATTACH PARTITION "${name}" FOR VALUES IN (${runId})`);
    await client.query(`ALTER TABLE "${name}" DROP CONSTRAINT "${name}_bound"`);
    await client.query(`ANALYZE "${name}"`);
  }
}

/** Run ids that have partitions attached to the scoring tables. */
export async function partitionedRuns(client: pg.ClientBase): Promise<number[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
     WHERE p.relname = ANY($1::text[]) AND p.relnamespace = c.relnamespace AND p.relnamespace = current_schema()::regnamespace`,
    [[...RUN_TABLES]],
  );
  const ids = new Set<number>();
  for (const r of rows) {
    const m = /_run_(\d+)$/.exec(r.name);
    if (m) ids.add(Number(m[1]));
  }
  return [...ids].sort((a, b) => a - b);
}

/**
 * Drops these runs' partitions. Dropping a partition locks its parent against readers until the transaction ends,
 * so callers do this last, just before they commit.
 */
export async function dropRunTables(client: pg.ClientBase, runIds: number[]): Promise<void> {
  for (const runId of runIds) for (const t of RUN_TABLES) await client.query(`DROP TABLE IF EXISTS "${runTable(t, runId)}"`);
}
