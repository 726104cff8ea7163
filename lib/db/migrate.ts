/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording each in Prisma's own `_prisma_migrations`
 * table with Prisma's checksum (sha256 of the file), so `prisma migrate deploy` on an online machine sees the
 * same history. Offline here, Prisma's CLI cannot migrate (no schema engine binary), hence this runner.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

/** How long to wait for the server to accept a connection and answer the handshake. */
export const CONNECT_TIMEOUT_MS = 10_000;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

function migrationNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

/**
 * The migrations not yet applied, found by reading alone: `serve` checks the schema through the dashboard's read-only
 * role, which may not even create the bookkeeping table that `migrate` starts with.
 */
export async function pendingMigrations(url: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
    const done = exists.rows[0].t
      ? new Set((await client.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')).rows.map((r) => r.migration_name))
      : new Set<string>();
    return migrationNames(dir).filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

export async function migrate(url: string, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const migrations = migrationNames(dir);
  // Every command migrates first, so this is where an unreachable server shows: fail in seconds, not hang.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    // One transaction for the whole set, under a transaction-level lock: two processes starting together must not both
    // apply 0001. (A session-level lock would not do on the embedded database, where every process shares one session
    // and its locks; a transaction there has the session to itself until it ends.) A failing migration rolls back
    // the whole set, so a database is never left between two migrations.
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(72771001)');
      await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id" VARCHAR(36) PRIMARY KEY NOT NULL,
        "checksum" VARCHAR(64) NOT NULL,
        "finished_at" TIMESTAMPTZ,
        "migration_name" VARCHAR(255) NOT NULL,
        "logs" TEXT,
        "rolled_back_at" TIMESTAMPTZ,
        "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
        "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
      const done = await client.query<{ migration_name: string; checksum: string }>(
        'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      const applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
      const result: MigrationResult = { applied: [], alreadyApplied: 0 };
      for (const name of migrations) {
        const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
        const checksum = createHash('sha256').update(sql).digest('hex');
        if (applied.has(name)) {
          if (applied.get(name) !== checksum) {
            throw new Error(`migration ${name} was changed after it was applied; add a new migration instead of editing it`);
          }
          result.alreadyApplied++;
          continue;
        }
        try {
          await client.query(sql);
        } catch (err) {
          throw new Error(`migration ${name} failed: ${(err as Error).message}`);
        }
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        result.applied.push(name);
      }
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  } finally {
    await client.end();
  }
}
