/**
 * The bottom of the write side: how every write operation (lib/db/operations/) runs its SQL. One executor type,
 * one transaction opener for the Postgres server and the embedded database alike, one write lock.
 *
 * A write transaction is one node-postgres connection, not a Prisma transaction: scoring runs load their rows with
 * COPY, which Prisma cannot speak, and one driver for every writer spares adapters between them. Every statement is
 * constant SQL with bound values (docs/SECURITY.md).
 */
import pg from 'pg';
import type { DatabaseHandle } from '../connection';
import { CONNECT_TIMEOUT_MS } from '../migrate';

/** Which database, and where: a DatabaseHandle (lib/db/connection.ts) is one; so is a test's server database. */
export type Database = Pick<DatabaseHandle, 'url' | 'kind'>;

/**
 * One connection's parameterised statements: writes that say how many rows they touched, and reads. The SQL is
 * always code constants; values are always bound parameters.
 */
export interface Executor {
  execute(sql: string, params?: unknown[]): Promise<number>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Advisory lock id: one ingest or scoring run at a time per database. */
export const WRITE_LOCK = 72_771_002;

/** A node-postgres client as an Executor. */
export function pgExecutor(client: pg.ClientBase): Executor {
  return {
    execute: async (sql, params = []) => (await client.query(sql, params)).rowCount ?? 0,
    rows: async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  };
}

/** The open write transaction handed to an operation. */
export interface WriteTransaction {
  /** Statements inside the transaction. */
  exec: Executor;
  /** The transaction's connection itself, for COPY and the run partitions' DDL. */
  client: pg.ClientBase;
  kind: Database['kind'];
  /** The server speaks COPY; the embedded PGlite server does not (batched INSERTs there). */
  copy: boolean;
  /**
   * Reads of committed rows, so the next batches load while the transaction's connection is busy writing: a second
   * connection on a server; on the embedded database the transaction's own (its one session would make a second wait).
   * The same as `exec` unless the transaction was opened with `{ reader: true }`.
   */
  reader: Executor;
}

export interface WriteOptions {
  /** Open a second connection for committed reads on a server (see WriteTransaction.reader). */
  reader?: boolean;
  /** Take the write lock (default true); false for writes that must not wait for a scoring run (a distributed batch). */
  lock?: boolean;
}

/**
 * `timestamp without time zone` columns hold UTC (as Prisma writes them): read them as UTC, whatever the process's
 * time zone, as Prisma does.
 */
const UTC_TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === UTC_TIMESTAMP && format !== 'binary' ? (v: string) => new Date(`${v.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A connection to the database, for writers (UTC timestamps, the project's connect timeout). */
export async function connectWriter(db: Database): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types });
  await client.connect();
  return client;
}

/**
 * Opens the database, runs `work` in one transaction under the write lock (one ingest or scoring run at a time),
 * commits and closes; on any error it rolls back, so nothing of the operation remains.
 */
export async function inWriteTransaction<T>(db: Database, work: (tx: WriteTransaction) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const client = await connectWriter(db);
  let reader: pg.Client | null = null;
  try {
    const server = db.kind === 'server';
    if (server && options.reader) reader = await connectWriter(db);
    const exec = pgExecutor(client);
    const tx: WriteTransaction = { exec, client, kind: db.kind, copy: server, reader: reader ? pgExecutor(reader) : exec };
    await client.query('BEGIN');
    try {
      // Two writers at once queue here, so neither can store the other's article twice.
      if (options.lock !== false) await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  } finally {
    await reader?.end().catch(() => {});
    await client.end().catch(() => {});
  }
}
