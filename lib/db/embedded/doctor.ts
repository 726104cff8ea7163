/**
 * `parallax doctor`: checks an embedded data folder for damage with Postgres's own checker (amcheck: every B-tree
 * index against its table, every table's pages), and with --repair rebuilds damaged indexes after a copy of the
 * folder is made. The check runs in a transaction that is rolled back, so it changes nothing; it needs the folder to
 * itself (the owner lock), so no other command is writing while it looks.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { breakStaleLock, ownerGone, readOwner, tryLock } from './lock';
import { checkDataDir } from './open';

export interface Damage {
  kind: 'index' | 'table';
  name: string;
  problem: string;
}

export interface DoctorReport {
  indexes: number;
  tables: number;
  damaged: Damage[];
  /** Indexes rebuilt by --repair. */
  repaired: string[];
  /** Where --repair copied the folder before changing anything. */
  backup: string | null;
  /** Damage left after the repair (tables cannot be rebuilt from themselves). */
  remaining: Damage[];
}

type Db = import('@electric-sql/pglite').PGlite;

/** SQLSTATE class XX: data_corrupted (XX001) and index_corrupted (XX002) are what a damaged folder reports. */
export function isCorruption(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return code === 'XX001' || code === 'XX002' || /\bXX00[12]\b/.test(message);
}

async function check(db: Db): Promise<Pick<DoctorReport, 'indexes' | 'tables' | 'damaged'>> {
  const damaged: Damage[] = [];
  let indexes = 0;
  let tables = 0;
  await db.exec('BEGIN');
  try {
    await db.exec('CREATE EXTENSION IF NOT EXISTS amcheck');
    const idx = await db.query<{ oid: number; name: string }>(
      `SELECT c.oid::int AS oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE am.amname = 'btree' AND c.relkind = 'i' AND n.nspname IN ('public', 'pg_catalog') AND c.relpersistence = 'p' ORDER BY 2`,
    );
    const rels = await db.query<{ oid: number; name: string }>(
      `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'm', 't') AND n.nspname IN ('public', 'pg_catalog', 'pg_toast') ORDER BY 2`,
    );
    for (const r of rels.rows) {
      tables++;
      await db.exec('SAVEPOINT t');
      try {
        const bad = await db.query<{ msg: string }>(`SELECT msg FROM verify_heapam($1::regclass) LIMIT 3`, [r.oid]);
        if (bad.rows.length) damaged.push({ kind: 'table', name: r.name, problem: bad.rows.map((b) => b.msg).join('; ') });
        await db.exec('RELEASE SAVEPOINT t');
      } catch (err) {
        await db.exec('ROLLBACK TO SAVEPOINT t');
        damaged.push({ kind: 'table', name: r.name, problem: (err as Error).message });
      }
    }
    for (const i of idx.rows) {
      indexes++;
      await db.exec('SAVEPOINT i');
      try {
        // heapallindexed: also every table row must be in the index.
        await db.query(`SELECT bt_index_check($1::regclass, true)`, [i.oid]);
        await db.exec('RELEASE SAVEPOINT i');
      } catch (err) {
        await db.exec('ROLLBACK TO SAVEPOINT i');
        damaged.push({ kind: 'index', name: i.name, problem: (err as Error).message });
      }
    }
  } finally {
    await db.exec('ROLLBACK');
  }
  return { indexes, tables, damaged };
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

export async function doctor(dir: string, options: { repair?: boolean } = {}): Promise<DoctorReport> {
  checkDataDir(dir);
  let lock = tryLock(dir, { command: 'doctor', role: 'command', state: 'starting' });
  if (!lock) {
    const { info } = readOwner(dir);
    if (info && !ownerGone(info)) {
      throw new Error(`another parallax command is using ${dir} (parallax ${info.command}, pid ${info.pid}): stop it, then run the doctor again`);
    }
    breakStaleLock(dir);
    lock = tryLock(dir, { command: 'doctor', role: 'command', state: 'starting' });
    if (!lock) throw new Error(`another parallax command started using ${dir}: stop it, then run the doctor again`);
  }
  const pgdata = path.join(dir, 'pgdata');
  let backup: string | null = null;
  let db: Db | null = null;
  try {
    if (options.repair) {
      backup = path.join(dir, `pgdata.backup-${stamp()}`);
      cpSync(pgdata, backup, { recursive: true });
    }
    const { PGlite } = await import('@electric-sql/pglite');
    const { amcheck } = await import('@electric-sql/pglite/contrib/amcheck');
    try {
      db = await PGlite.create(pgdata, { extensions: { amcheck } });
    } catch (err) {
      throw new Error(
        `the embedded database in ${pgdata} cannot be opened (${(err as Error).message}): move the folder away (keep it: it holds your data) and ingest again`,
      );
    }
    const found = await check(db);
    const repaired: string[] = [];
    let remaining = found.damaged;
    if (options.repair && found.damaged.length) {
      for (const d of found.damaged.filter((x) => x.kind === 'index')) {
        try {
          // The name comes from the catalog, quoted there by quote_ident (see check).
          await db.query(`REINDEX INDEX ${d.name}`);
          repaired.push(d.name);
        } catch {}
      }
      remaining = (await check(db)).damaged;
    }
    return { ...found, repaired, backup, remaining };
  } finally {
    await db?.close().catch(() => {});
    lock.release();
  }
}
